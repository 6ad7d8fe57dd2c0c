package vn.ansinh.eoffice.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import vn.ansinh.casework.application.CaseService;
import vn.ansinh.casework.application.ListDecisionService;
import vn.ansinh.casework.domain.Decision;
import vn.ansinh.casework.domain.ListDecision;
import vn.ansinh.eoffice.domain.CopyKind;
import vn.ansinh.eoffice.domain.CopyOf;
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
 * Decisions for the e-office system (src/docs/e-office.md): the stored PDF copy of each decision, individual or
 * list, made once and read back byte for byte ever after; its package of PDF and metadata, one by one or per unit
 * and day; and the chairman's signed copy of either kind uploaded back. Reads are bounded by the case's
 * jurisdiction ({@link CaseService}), a list's by its commune ({@link ListDecisionService#signed}).
 */
@ApplicationScoped
public class EOfficeService {

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
    private ListDecisionService lists;

    @Inject
    private DocumentStore store;

    @Inject
    private SealKeys keys;

    @Inject
    private Clock clock;

    /** The decision, if the user may see its case. */
    public Decision decision(Long id) {
        return cases.decision(id);
    }

    public Optional<DecisionCopy> issuedCopy(Decision d) {
        return Copies.of(em, CopyOf.DECISION, d.id(), CopyKind.CopyRole.ISSUED);
    }

    public Optional<DecisionCopy> signedCopy(Decision d) {
        return Copies.of(em, CopyOf.DECISION, d.id(), CopyKind.CopyRole.SIGNED);
    }

    /** The copy a download returns: the chairman's signed copy once filed, else the issued copy. */
    public StoredCopy current(Decision d) {
        return copies().current(subject(d), keys.sealOf(d.issuingUnitCode()));
    }

    /**
     * The issued copy: the stored bytes, or, the first time, the decision printed, sealed with its unit's key when
     * one is configured, stored and filed by the system ({@link IssuedCopies}).
     */
    public StoredCopy issued(Decision d) {
        return copies().issued(subject(d), keys.sealOf(d.issuingUnitCode()));
    }

    private IssuedCopies.Subject subject(Decision d) {
        return IssuedCopies.Subject.of(em, d, commune(d), () -> cases.decisionPdf(d));
    }

    /** The signed list decision, if the user's unit covers its commune. */
    public ListDecision listDecision(Long id) {
        return lists.signed(id);
    }

    public Optional<DecisionCopy> signedCopy(ListDecision list) {
        return Copies.of(em, CopyOf.LIST, list.id(), CopyKind.CopyRole.SIGNED);
    }

    /** The copy a download of the list returns: the chairman's signed copy once filed, else the issued copy. */
    public StoredCopy current(ListDecision list) {
        return copies().current(subject(list), keys.sealOf(list.issuingUnitCode()));
    }

    /**
     * The issued copy of a signed list decision: made the first time like a decision's, printed with its list,
     * sealed with the key of the unit that signed it when one is configured.
     */
    public StoredCopy issued(ListDecision list) {
        return copies().issued(subject(list), keys.sealOf(list.issuingUnitCode()));
    }

    private IssuedCopies.Subject subject(ListDecision list) {
        return IssuedCopies.Subject.of(em, list, () -> lists.pdf(list));
    }

    /** The e-office package of one list decision: its current copy and {@code metadata.xml}. */
    public byte[] listPackage(ListDecision list) {
        return EOfficePackages.decision(filed(list));
    }

    /** What an e-office system files of the list decision. */
    public DecisionMetadata metadata(ListDecision list) {
        return MetadataOf.list(list);
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
     * The package of the decisions a unit issued on a day, individual and list, one folder per decision in the
     * order of their numbers, for its approvers, its
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
        for (Decision d : IssuedOnDay.decisions(em, unit, day)) {
            filed.add(filed(d));
        }
        for (ListDecision list : IssuedOnDay.lists(em, unit, day)) {
            filed.add(filed(list));
        }
        filed.sort(EOfficePackages.BY_NUMBER);
        return EOfficePackages.day(filed);
    }

    /** Whether the user may upload the chairman's signed copy of the decision now. */
    public boolean mayUploadSigned(Decision d) {
        return signedCopy(d).isEmpty() && mayAccept(CopyOf.DECISION, d.id(), commune(d));
    }

    /** Whether the user may upload the chairman's signed copy of the signed list decision now. */
    public boolean mayUploadSigned(ListDecision list) {
        return signedCopy(list).isEmpty() && mayAccept(CopyOf.LIST, list.id(), list.communeCode());
    }

    private boolean mayAccept(CopyOf of, Long id, AdminUnitCode commune) {
        return engine.permits(new AcceptSignedCopyCommand(of, id, commune, null, null, List.of(), null));
    }

    /**
     * Checks the chairman's signed copy against the issued copy and files it; a refusal says why
     * ({@code eoffice.refusal.*}) and leaves nothing in the store.
     */
    public DecisionCopy acceptSigned(Decision d, String fileName, InputStream content) {
        return accept(CopyOf.DECISION, d.id(), commune(d), () -> issued(d), fileName, content);
    }

    /** Checks the chairman's signed copy of a list decision against its issued copy and files it, like a decision's. */
    public DecisionCopy acceptSigned(ListDecision list, String fileName, InputStream content) {
        return accept(CopyOf.LIST, list.id(), list.communeCode(), () -> issued(list), fileName, content);
    }

    private DecisionCopy accept(
            CopyOf of,
            Long id,
            AdminUnitCode commune,
            Supplier<StoredCopy> issuedCopy,
            String fileName,
            InputStream content) {
        byte[] bytes;
        try {
            bytes = content.readNBytes(MAX_SIGNED_BYTES + 1);
        } catch (IOException e) {
            throw new EOfficeException("document.error.read");
        }
        if (bytes.length > MAX_SIGNED_BYTES) {
            throw new EOfficeException("document.error.size", MAX_SIGNED_BYTES / (1024 * 1024));
        }
        StoredCopy issued = issuedCopy.get();
        DocumentStore.Pending pending = store.store(fileName, new ByteArrayInputStream(bytes), MAX_SIGNED_BYTES);
        boolean committed = false;
        try {
            DecisionCopy copy = engine.submit(new AcceptSignedCopyCommand(
                    of,
                    id,
                    commune,
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
        return MetadataOf.decision(d);
    }

    private EOfficePackages.Filed filed(Decision d) {
        StoredCopy current = current(d);
        return new EOfficePackages.Filed(
                metadata(d), current.bytes(), current.copy().kind());
    }

    private EOfficePackages.Filed filed(ListDecision list) {
        StoredCopy current = current(list);
        return new EOfficePackages.Filed(
                metadata(list), current.bytes(), current.copy().kind());
    }

    /** The commune of the decision's case (whose data it is). */
    public AdminUnitCode commune(Decision d) {
        return cases.benefitCase(d.caseId()).communeCode();
    }

    private IssuedCopies copies() {
        return new IssuedCopies(store, engine::runAsSystem, clock);
    }
}
