package vn.ansinh.casework.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.casework.domain.BenefitStopped;
import vn.ansinh.casework.domain.CaseOrigin;
import vn.ansinh.casework.domain.CaseStatus;
import vn.ansinh.casework.domain.CaseworkQueries;
import vn.ansinh.casework.domain.DecisionKind;
import vn.ansinh.casework.domain.EndReason;
import vn.ansinh.casework.domain.Lifecycle;
import vn.ansinh.intake.domain.Application;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.Relationship;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.command.CommuneCommand;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.text.VietnameseFormat;

/**
 * The officer records a death (khai tử): every running monthly allowance gets a termination proposal
 * (its payments after the month of the death held at once, the decision signed by the authority),
 * other running benefits stop from the month after the death, pending dossiers are withdrawn, rehabilitation is closed, and when the person received a
 * monthly allowance a funeral-support case (hỗ trợ chi phí mai táng) is opened for the family.
 */
public record RecordDeathCommand(Long personId, AdminUnitCode commune, LocalDate dateOfDeath)
        implements CommuneCommand.ByOfficer<RecordDeathCommand.Outcome> {

    /** The cases ended, and the funeral-support case opened (null when none). */
    public record Outcome(List<Long> endedCases, Long funeralCaseId) {}

    @Override
    public String action() {
        return "person.recordDeath";
    }

    @Override
    public Outcome execute(CommandContext context) {
        EntityManager em = context.em();
        Person person = em.find(Person.class, personId, LockModeType.PESSIMISTIC_WRITE);
        if (person == null || !person.communeCode().equals(commune)) {
            throw new BusinessRuleException("person.error.notFound");
        }
        if (person.isDeceased()) {
            throw new BusinessRuleException("person.error.alreadyDeceased");
        }
        if (dateOfDeath == null) {
            throw new BusinessRuleException("person.error.deathDate");
        }
        person.recordDeath(dateOfDeath, context.today(), context.now());
        String note = "Chết ngày " + VietnameseFormat.date(dateOfDeath);
        YearMonth lastMonth = YearMonth.from(dateOfDeath);
        List<Long> ended = new ArrayList<>();
        BenefitCase allowance = null;
        for (BenefitCase c : CaseworkQueries.openCasesOf(em, personId)) {
            if (c.lifecycle() == Lifecycle.ONE_TIME_SUPPORT) {
                continue;
            }
            if (c.status().isEditable() || c.status().awaitsDecision()) {
                em.persist(c.withdraw(note, context.actor(), context.now()));
            } else if (c.lifecycle() == Lifecycle.REHABILITATION) {
                em.persist(c.close(note, context.actor(), context.now()));
            } else if (c.lifecycle() == Lifecycle.MONTHLY_ALLOWANCE) {
                // a proposal until the authority signs the termination; its payments are held at once
                if (c.status() != CaseStatus.TERMINATION_PROPOSED) {
                    StopProposals.propose(context, c, DecisionKind.TERMINATION, EndReason.DEATH, lastMonth, null, note);
                }
                if (allowance == null) {
                    allowance = c;
                }
            } else {
                em.persist(c.terminate(EndReason.DEATH, lastMonth, note, context.actor(), context.now()));
                context.publish(BenefitStopped.ended(c, EndReason.DEATH));
            }
            ended.add(c.id());
        }
        Long funeral = allowance == null ? null : openFuneralCase(context, person, allowance);
        context.recordChange(
                "Person",
                personId.toString(),
                null,
                "{\"dateOfDeath\":\"" + dateOfDeath + "\",\"endedCases\":" + ended + ",\"funeralCase\":" + funeral
                        + "}");
        return new Outcome(List.copyOf(ended), funeral);
    }

    private Long openFuneralCase(CommandContext context, Person person, BenefitCase allowance) {
        Category category = switch (allowance.programme()) {
            case SOCIAL_ASSISTANCE -> Category.FUNERAL_SOCIAL_ASSISTANCE;
            case SOCIAL_PENSION -> Category.FUNERAL_SOCIAL_PENSION;
            default -> Category.FUNERAL_MERITORIOUS;
        };
        Application application = Application.forFuneral(
                person, category, context.today(), context.actor().username(), context.now());
        context.em().persist(application);
        context.em().flush();
        BenefitCase funeral =
                BenefitCase.open(application, CaseOrigin.FUNERAL, allowance.id(), context.actor(), context.now());
        funeral.assignClaimant(familyMember(context.em(), person.id()));
        Cases.store(context.em(), funeral);
        assert funeral.status() == CaseStatus.DRAFT;
        return funeral.id();
    }

    /** Who receives the support: the household head, or else another member of the household. */
    private static Long familyMember(EntityManager em, Long deceased) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("""
                SELECT other.person_id FROM household_member self
                JOIN household_member other ON other.household_id = self.household_id AND other.person_id <> self.person_id
                JOIN person p ON p.id = other.person_id AND p.date_of_death IS NULL
                WHERE self.person_id = ?
                ORDER BY CASE WHEN other.relationship = ? THEN 0 ELSE 1 END, p.birth_year, other.person_id
                """)
                .setParameter(1, deceased)
                .setParameter(2, Relationship.HEAD.name())
                .getResultList();
        return ids.isEmpty() ? null : ids.get(0).longValue();
    }
}
