package vn.ansinh.eoffice.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import vn.ansinh.casework.application.CaseService;
import vn.ansinh.casework.application.DecisionSheetJson;
import vn.ansinh.casework.domain.Decision;
import vn.ansinh.casework.domain.DecisionSheet;
import vn.ansinh.eoffice.domain.CopyKind;
import vn.ansinh.eoffice.domain.DecisionCopy;
import vn.ansinh.eoffice.domain.DecisionMetadata;
import vn.ansinh.eoffice.domain.EOfficeException;
import vn.ansinh.intake.application.DocumentStore;
import vn.ansinh.registry.application.AdminUnitDirectory;
import vn.ansinh.shared.command.AccessDeniedException;
import vn.ansinh.shared.command.CommandEngine;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.security.Actor;
import vn.ansinh.shared.security.CurrentActor;
import vn.ansinh.shared.security.Role;

/**
 * Decisions for the e-office system (src/docs/e-office.md): the stored PDF copy of each decision, made once and
 * read back byte for byte ever after; its package of PDF and metadata, one by one or per unit and day; and the
 * chairman's signed copy uploaded back. Reads are bounded by the case's jurisdiction ({@link CaseService}).
 */
@ApplicationScoped
public class EOfficeService {

    private static final Logger LOG = Logger.getLogger(EOfficeService.class.getName());

    /** The largest signed PDF accepted back. */
    static final int MAX_SIGNED_BYTES = 20 * 1024 * 1024;

    /** The roles that may download a unit's day of decisions. */
    private static final List<Role> DAY_ROLES = List.of(Role.APPROVER, Role.ADMIN, Role.AUDITOR);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CommandEngine engine;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private AdminUnitDirectory units;

    @Inject
    private CaseService cases;

    @Inject
    private DocumentStore store;

    @Inject
    private SealKeys keys;

    @Inject
    private Clock clock;

    /** A stored copy and its bytes. */
    public record Stored(DecisionCopy copy, byte[] bytes) {}

    /** The decision, if the user may see its case. */
    public Decision decision(Long id) {
        return cases.decision(id);
    }

    public Optional<DecisionCopy> issuedCopy(Decision d) {
        return Copies.of(em, d.id(), CopyKind.CopyRole.ISSUED);
    }

    public Optional<DecisionCopy> signedCopy(Decision d) {
        return Copies.of(em, d.id(), CopyKind.CopyRole.SIGNED);
    }

    /** The copy a download returns: the chairman's signed copy once filed, else the issued copy. */
    public Stored current(Decision d) {
        Optional<DecisionCopy> signed = signedCopy(d);
        return signed.isPresent() ? read(signed.get()) : issued(d);
    }

    /**
     * The issued copy: the stored bytes, or, the first time, the decision printed, sealed with its unit's key when
     * one is configured, stored and filed by the system. Two first requests at once file one copy: the second
     * finds the first's row (the database keeps one issued copy per decision) and returns it.
     */
    public Stored issued(Decision d) {
        Optional<DecisionCopy> found = issuedCopy(d);
        if (found.isPresent()) {
            return read(found.get());
        }
        DecisionSheet sheet = DecisionSheetJson.read(d.sheetJson());
        byte[] printed = cases.decisionPdf(d);
        Optional<PadesSealer.SealKey> seal = keys.sealOf(d.issuingUnitCode());
        byte[] bytes = seal.map(key -> PadesSealer.seal(
                        printed,
                        key,
                        sheet.issuingBody(),
                        "Ban hành Quyết định " + d.number(),
                        sheet.hasPlace() ? sheet.place() : sheet.issuingBody(),
                        clock.instant()))
                .orElse(printed);
        CopyKind kind = seal.isPresent() ? CopyKind.SEALED : CopyKind.UNSIGNED;
        DocumentStore.Pending pending =
                store.store(metadata(d).fileStem() + ".pdf", new ByteArrayInputStream(bytes), Long.MAX_VALUE);
        boolean committed = false;
        try {
            DecisionCopy copy = engine.runAsSystem(new IssueDecisionCopyCommand(
                    d.id(),
                    commune(d),
                    kind,
                    pending.file().sha256(),
                    bytes.length,
                    seal.map(key -> key.certificate().getSubjectX500Principal().getName())
                            .orElse(null)));
            committed = true;
            return new Stored(copy, bytes);
        } catch (RuntimeException e) {
            Optional<DecisionCopy> first = issuedCopy(d);
            if (first.isEmpty()) {
                throw e;
            }
            LOG.info(() -> "Decision " + d.id() + ": another request filed the issued copy first");
            return read(first.get());
        } finally {
            store.release(pending, committed);
        }
    }

    /** The e-office package of one decision: its current copy and {@code metadata.xml}. */
    public byte[] decisionPackage(Decision d) {
        return EOfficePackages.decision(filed(d));
    }

    /** Whether the user may download the day packages of the decision's unit. */
    public boolean mayDownloadDay(Decision d) {
        return mayDownloadDay(currentActor.get(), d.issuingUnitCode());
    }

    private boolean mayDownloadDay(Actor actor, AdminUnitCode unit) {
        return DAY_ROLES.stream().anyMatch(actor::has) && units.covers(actor, unit);
    }

    /**
     * The package of the decisions a unit issued on a day, one folder per decision, for its approvers, its
     * administrators and its auditors (and those of the units above it).
     */
    public byte[] dayPackage(AdminUnitCode unit, LocalDate day) {
        Actor actor = currentActor.get();
        if (!DAY_ROLES.stream().anyMatch(actor::has)) {
            throw new AccessDeniedException("error.access.role", "day package: role " + actor.roleIds());
        }
        if (!units.covers(actor, unit)) {
            throw new AccessDeniedException("error.access.unit", "day package of unit " + unit.value()).about(unit);
        }
        List<EOfficePackages.Filed> filed = new ArrayList<>();
        for (Decision d : em.createQuery(
                        "select d from Decision d where d.issuingUnitCode = :u and d.signedOn = :day"
                                + " order by d.documentSymbol, d.sequence",
                        Decision.class)
                .setParameter("u", unit.value())
                .setParameter("day", day)
                .getResultList()) {
            filed.add(filed(d));
        }
        return EOfficePackages.day(filed);
    }

    /** Whether the user may upload the chairman's signed copy of the decision now. */
    public boolean mayUploadSigned(Decision d) {
        return signedCopy(d).isEmpty()
                && engine.permits(new AcceptSignedCopyCommand(d.id(), commune(d), null, null, List.of(), null));
    }

    /**
     * Checks the chairman's signed copy against the issued copy and files it; a refusal says why
     * ({@code eoffice.refusal.*}) and leaves nothing in the store.
     */
    public DecisionCopy acceptSigned(Decision d, String fileName, InputStream content) {
        byte[] bytes;
        try {
            bytes = content.readNBytes(MAX_SIGNED_BYTES + 1);
        } catch (IOException e) {
            throw new EOfficeException("document.error.read");
        }
        if (bytes.length > MAX_SIGNED_BYTES) {
            throw new EOfficeException("document.error.size", MAX_SIGNED_BYTES / (1024 * 1024));
        }
        Stored issued = issued(d);
        DocumentStore.Pending pending = store.store(fileName, new ByteArrayInputStream(bytes), MAX_SIGNED_BYTES);
        boolean committed = false;
        try {
            DecisionCopy copy = engine.submit(new AcceptSignedCopyCommand(
                    d.id(),
                    commune(d),
                    bytes,
                    issued.bytes(),
                    keys.trustAnchors(),
                    pending.file().sha256()));
            committed = true;
            return copy;
        } finally {
            store.release(pending, committed);
        }
    }

    /** What an e-office system files of the decision. */
    public DecisionMetadata metadata(Decision d) {
        DecisionSheet sheet = DecisionSheetJson.read(d.sheetJson());
        String number = d.number();
        String symbol = number.substring(number.indexOf('/') + 1);
        return new DecisionMetadata(
                d.id(),
                d.sequence(),
                symbol,
                d.signedOn(),
                sheet.place(),
                d.issuingUnitCode().value(),
                sheet.parentBody(),
                sheet.issuingBody(),
                sheet.signerName(),
                sheet.signerTitle(),
                sheet.signatureCapacity(),
                sheet.subject(),
                sheet.recipients());
    }

    private EOfficePackages.Filed filed(Decision d) {
        Stored current = current(d);
        return new EOfficePackages.Filed(
                metadata(d), current.bytes(), current.copy().kind());
    }

    /** The commune of the decision's case (whose data it is). */
    public AdminUnitCode commune(Decision d) {
        return cases.benefitCase(d.caseId()).communeCode();
    }

    private Stored read(DecisionCopy copy) {
        try (InputStream in = store.open(copy.sha256())) {
            return new Stored(copy, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("The stored copy " + copy.sha256() + " cannot be read", e);
        }
    }
}
