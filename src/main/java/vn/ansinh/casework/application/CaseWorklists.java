package vn.ansinh.casework.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.ansinh.casework.domain.AuthorityRules;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.casework.domain.CaseException;
import vn.ansinh.casework.domain.CaseStatus;
import vn.ansinh.casework.domain.WorkingCalendar;
import vn.ansinh.intake.domain.Application;
import vn.ansinh.intake.domain.ApplicationStatus;
import vn.ansinh.registry.application.AdminUnitDirectory;
import vn.ansinh.registry.application.UnitScope;
import vn.ansinh.registry.domain.AdminUnit;
import vn.ansinh.registry.domain.AdminUnitLevel;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.shared.kernel.Programme;
import vn.ansinh.shared.security.Actor;
import vn.ansinh.shared.security.CurrentActor;
import vn.ansinh.shared.time.VietnamTime;

/**
 * The worklists: an officer's drafts and returned cases, an approver's queue of cases at their
 * level with the working days left against the statutory limit. Bounded by the user's jurisdiction.
 */
@ApplicationScoped
public class CaseWorklists {

    /** The most dossiers a worklist lists. */
    public static final int LIMIT = 500;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private AdminUnitDirectory units;

    @Inject
    private Clock clock;

    /** One line of a worklist. */
    public record WorkItem(
            Long caseId,
            Long applicationId,
            Long personId,
            String personName,
            String categoryKey,
            String statusKey,
            LocalDate submittedOn,
            LocalDate dueOn,
            Integer daysLeft,
            String note)
            implements Serializable {

        /** Past the statutory deadline: no working day left. */
        public boolean overdue() {
            return daysLeft != null && daysLeft < 0;
        }
    }

    /** Dossiers the officer is still preparing (not yet submitted). */
    public List<WorkItem> drafts() {
        UnitScope.Condition within = scope().residence("a.communeCode", "a.provinceCode");
        TypedQuery<Object[]> query = em.createQuery(
                        "select a, p from Application a, Person p where p.id = a.personId"
                                + " and a.status = :draft and " + within.jpql("scope")
                                + " and not exists (select c from BenefitCase c"
                                + " where c.applicationId = a.id and c.status <> :draftCase) order by a.receivedOn desc",
                        Object[].class)
                .setParameter("draft", ApplicationStatus.DRAFT)
                .setParameter("draftCase", CaseStatus.DRAFT);
        return within.bind(query, "scope").setMaxResults(LIMIT).getResultList().stream()
                .map(row -> {
                    Application a = (Application) row[0];
                    Person p = (Person) row[1];
                    return new WorkItem(
                            null,
                            a.id(),
                            p.id(),
                            p.fullName(),
                            a.category().labelKey(),
                            a.status().labelKey(),
                            a.receivedOn(),
                            null,
                            null,
                            null);
                })
                .toList();
    }

    /** Cases sent back to the officer, with the reasons. */
    public List<WorkItem> returned() {
        return cases(List.of(CaseStatus.RETURNED), false);
    }

    /**
     * Cases waiting for a decision, the most urgent first: dossiers, and the officer's proposals to end,
     * pause or resume an allowance (reason in the note); for an approver those decided at their level,
     * for an auditor every one in the jurisdiction.
     */
    public List<WorkItem> decisionQueue() {
        return cases(
                List.of(
                        CaseStatus.SUBMITTED,
                        CaseStatus.POSTED,
                        CaseStatus.TERMINATION_PROPOSED,
                        CaseStatus.SUSPENSION_PROPOSED,
                        CaseStatus.REINSTATEMENT_PROPOSED),
                actor().has(vn.ansinh.shared.security.Role.APPROVER));
    }

    private List<WorkItem> cases(List<CaseStatus> statuses, boolean atMyLevel) {
        UnitScope.Condition within = scope().residence("c.communeCode", "c.provinceCode");
        LocalDate today = VietnamTime.today(clock);
        // the authorities and the working days only: the rate tables are not needed to list dossiers
        WorkingCalendar calendar = CaseworkRules.calendar(em);
        boolean byLevel = atMyLevel && !actor().unit().isNational();
        TypedQuery<Object[]> query = em.createQuery(
                        "select c, p from BenefitCase c, Person p where p.id = c.personId"
                                + " and c.status in :statuses and " + within.jpql("scope")
                                + (byLevel ? " and c.programme in :programmes" : "") + " order by c.dueOn, c.id",
                        Object[].class)
                .setParameter("statuses", statuses);
        if (byLevel) {
            List<Programme> mine = programmesDecidedAt(CaseworkRules.authorities(em), today);
            if (mine.isEmpty()) {
                return List.of();
            }
            query.setParameter("programmes", mine);
        }
        return within.bind(query, "scope").setMaxResults(LIMIT).getResultList().stream()
                .map(row -> {
                    BenefitCase c = (BenefitCase) row[0];
                    Person p = (Person) row[1];
                    Integer left = c.dueOn() == null ? null : calendar.workingDaysLeft(today, c.dueOn());
                    return new WorkItem(
                            c.id(),
                            c.applicationId(),
                            p.id(),
                            p.fullName(),
                            c.category().labelKey(),
                            c.status().labelKey(),
                            c.submittedOn(),
                            c.dueOn(),
                            left,
                            c.statusNote());
                })
                .sorted(Comparator.comparing(WorkItem::daysLeft, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /**
     * The programmes whose cases are decided today at the level of the user's unit (as the unit
     * stands today: none once it has been abolished); a programme without a rule in force is none's.
     */
    private List<Programme> programmesDecidedAt(AuthorityRules authorities, LocalDate today) {
        Optional<AdminUnitLevel> myLevel =
                units.tree().unitOn(actor().unit(), today).map(AdminUnit::level);
        if (myLevel.isEmpty()) {
            return List.of();
        }
        List<Programme> mine = new ArrayList<>();
        for (Programme programme : Programme.values()) {
            try {
                if (authorities.ruleFor(programme, today).level() == myLevel.get()) {
                    mine.add(programme);
                }
            } catch (CaseException noRuleInForce) {
                // nobody decides this programme's cases today
            }
        }
        return mine;
    }

    private UnitScope scope() {
        return units.scopeOf(actor());
    }

    private Actor actor() {
        return currentActor.get();
    }
}
