package vn.ansinh.casework.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import vn.ansinh.casework.domain.ListDecision;
import vn.ansinh.casework.domain.ListDecisionEntry;
import vn.ansinh.casework.domain.ListDecisionStatus;
import vn.ansinh.casework.domain.ListRule;
import vn.ansinh.registry.application.AdminUnitDirectory;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.shared.command.AccessDeniedException;
import vn.ansinh.shared.command.CommandEngine;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.security.CurrentActor;

/** List decisions as the logged-in user: the preview, the lists of their unit, preparing and signing. */
@ApplicationScoped
public class ListDecisionService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CommandEngine engine;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private AdminUnitDirectory units;

    @Inject
    private Clock clock;

    @Inject
    private DecisionPdf pdf;

    /** Who the rule changes in the user's unit from the month, per commune, at the confirmed rates (no write). */
    public Map<AdminUnitCode, List<ListDecisions.Row>> preview(ListRule rule, YearMonth month) {
        return new ListDecisions(em)
                .preview(
                        rule,
                        units.scopeOf(currentActor.get()),
                        month,
                        CaseworkRules.load(em, clock.instant()).rates());
    }

    /**
     * The rate rows the rule's amounts in the month would need that are still pending in the user's unit: the
     * preview counts only confirmed rows and says which are missing.
     */
    public List<ListDecisions.PendingRow> pending(ListRule rule, YearMonth month) {
        return new ListDecisions(em).pending(rule, currentActor.get().unit(), month, units.tree());
    }

    public List<ListDecision> lists() {
        return new ListDecisions(em).lists(units.scopeOf(currentActor.get()));
    }

    public List<ListDecisionEntry> entries(ListDecision list) {
        return new ListDecisions(em).entries(list.id());
    }

    public String personName(Long personId) {
        Person person = em.find(Person.class, personId);
        return person == null
                ? ""
                : person.fullName() + " (" + person.birthDate().format() + ")";
    }

    public String unitName(AdminUnitCode code) {
        return units.nameOf(code);
    }

    public boolean mayPrepare() {
        return engine.permits(new PrepareListCommand(null, currentActor.get().unit(), null, units.tree()));
    }

    public boolean maySign(ListDecision list) {
        return list.status() == ListDecisionStatus.PREPARED
                && !currentActor.get().username().equals(list.preparedBy())
                && engine.permits(new SignListDecisionCommand(list.id(), list.communeCode(), units.tree()));
    }

    public List<ListDecision> prepare(ListRule rule, YearMonth month) {
        return engine.submit(new PrepareListCommand(rule, currentActor.get().unit(), month, units.tree()));
    }

    public ListDecision sign(ListDecision list) {
        return engine.submit(new SignListDecisionCommand(list.id(), list.communeCode(), units.tree()));
    }

    /** A signed list decision of the user's unit, or a refusal. */
    public ListDecision signed(Long id) {
        ListDecision list = id == null ? null : em.find(ListDecision.class, id);
        if (list == null || list.status() != ListDecisionStatus.SIGNED) {
            throw new AccessDeniedException("error.notFound", "no signed list decision " + id);
        }
        if (!units.covers(currentActor.get(), list.communeCode())) {
            throw new AccessDeniedException("error.access.unit", "list decision " + id + " outside jurisdiction")
                    .about(list.communeCode());
        }
        return list;
    }

    /** The signed list decision printed with its list. */
    public byte[] pdf(ListDecision list) {
        return pdf.render(
                DecisionSheetJson.read(list.sheetJson()),
                ListDecisionWriter.table(list, entries(list), id -> em.find(Person.class, id)));
    }
}
