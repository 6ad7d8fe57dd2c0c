package vn.ansinh.eoffice.application;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Logger;
import vn.ansinh.casework.domain.Decision;
import vn.ansinh.casework.domain.ListDecision;
import vn.ansinh.eoffice.domain.CopyKind;
import vn.ansinh.eoffice.domain.CopyOf;
import vn.ansinh.eoffice.domain.DecisionCopy;
import vn.ansinh.eoffice.domain.DecisionMetadata;
import vn.ansinh.intake.application.DocumentStore;
import vn.ansinh.shared.command.Command;
import vn.ansinh.shared.kernel.AdminUnitCode;

/**
 * The issued copy of a signed decision, individual or list, made once: the stored bytes when the copy is filed, else
 * the decision printed, sealed with its unit's key when one is configured, stored and filed by the system. Two first
 * requests at once file one copy: the second finds the first's row (the database keeps one issued copy per decision
 * and per list) and returns its bytes. A plain class, so that the data-layer tests run the same steps as the app.
 */
public final class IssuedCopies {

    private static final Logger LOG = Logger.getLogger(IssuedCopies.class.getName());

    private final DocumentStore store;
    private final Function<Command<DecisionCopy>, DecisionCopy> asSystem;
    private final Clock clock;

    /**
     * What to issue: a decision or a list decision ({@code of}, {@code id}) of a commune (where its copy is audited),
     * its metadata (for the file name and the seal's fields), its filed copy in a role (issued, or the chairman's
     * signed copy) if any, and how to print it.
     */
    public record Subject(
            CopyOf of,
            Long id,
            AdminUnitCode commune,
            DecisionMetadata metadata,
            Function<CopyKind.CopyRole, Optional<DecisionCopy>> filed,
            Supplier<byte[]> printed) {

        public Subject {
            Objects.requireNonNull(of, "of");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(commune, "commune");
            Objects.requireNonNull(metadata, "metadata");
            Objects.requireNonNull(filed, "filed");
            Objects.requireNonNull(printed, "printed");
        }

        /** An individual decision, whose copy is audited on its case's commune. */
        public static Subject of(EntityManager em, Decision d, AdminUnitCode commune, Supplier<byte[]> printed) {
            return new Subject(
                    CopyOf.DECISION,
                    d.id(),
                    commune,
                    MetadataOf.decision(d),
                    role -> Copies.of(em, CopyOf.DECISION, d.id(), role),
                    printed);
        }

        /** A signed list decision, whose copy is audited on its commune. */
        public static Subject of(EntityManager em, ListDecision list, Supplier<byte[]> printed) {
            return new Subject(
                    CopyOf.LIST,
                    list.id(),
                    list.communeCode(),
                    MetadataOf.list(list),
                    role -> Copies.of(em, CopyOf.LIST, list.id(), role),
                    printed);
        }
    }

    /**
     * @param store    where the bytes are kept, under their SHA-256
     * @param asSystem runs a filing command as the system ({@code CommandEngine.runAsSystem})
     * @param clock    the seal's signing time
     */
    public IssuedCopies(DocumentStore store, Function<Command<DecisionCopy>, DecisionCopy> asSystem, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.asSystem = Objects.requireNonNull(asSystem, "asSystem");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The copy a download returns: the chairman's signed copy once filed, else the issued copy (made the first time).
     */
    public StoredCopy current(Subject subject, Optional<PadesSealer.SealKey> seal) {
        Optional<DecisionCopy> signed = subject.filed().apply(CopyKind.CopyRole.SIGNED);
        return signed.isPresent() ? read(signed.get()) : issued(subject, seal);
    }

    /** The subject's issued copy, made, sealed with the key if one is given, stored and filed the first time. */
    public StoredCopy issued(Subject subject, Optional<PadesSealer.SealKey> seal) {
        Optional<DecisionCopy> found = subject.filed().apply(CopyKind.CopyRole.ISSUED);
        if (found.isPresent()) {
            return read(found.get());
        }
        DecisionMetadata m = subject.metadata();
        byte[] printed = subject.printed().get();
        byte[] bytes = seal.map(key -> PadesSealer.seal(
                        printed,
                        key,
                        m.issuingBody(),
                        "Ban hành Quyết định " + m.numberAndSymbol(),
                        m.place() != null && !m.place().isBlank() ? m.place() : m.issuingBody(),
                        clock.instant()))
                .orElse(printed);
        CopyKind kind = seal.isPresent() ? CopyKind.SEALED : CopyKind.UNSIGNED;
        DocumentStore.Pending pending =
                store.store(m.fileStem() + ".pdf", new ByteArrayInputStream(bytes), Long.MAX_VALUE);
        boolean committed = false;
        try {
            DecisionCopy copy = asSystem.apply(new IssueDecisionCopyCommand(
                    subject.of(),
                    subject.id(),
                    subject.commune(),
                    kind,
                    pending.file().sha256(),
                    bytes.length,
                    seal.map(key -> key.certificate().getSubjectX500Principal().getName())
                            .orElse(null)));
            committed = true;
            return new StoredCopy(copy, bytes);
        } catch (RuntimeException e) {
            Optional<DecisionCopy> first = subject.filed().apply(CopyKind.CopyRole.ISSUED);
            if (first.isEmpty()) {
                throw e;
            }
            LOG.info(() -> m.numberAndSymbol() + " (#" + m.id() + "): another request filed the issued copy first");
            return read(first.get());
        } finally {
            store.release(pending, committed);
        }
    }

    /** The stored bytes of a filed copy. */
    public StoredCopy read(DecisionCopy copy) {
        try (InputStream in = store.open(copy.sha256())) {
            return new StoredCopy(copy, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("The stored copy " + copy.sha256() + " cannot be read", e);
        }
    }
}
