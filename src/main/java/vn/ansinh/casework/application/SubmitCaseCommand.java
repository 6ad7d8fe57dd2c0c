package vn.ansinh.casework.application;

import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.casework.domain.CaseEvent;
import vn.ansinh.casework.domain.CaseOrigin;
import vn.ansinh.casework.domain.CaseProgressed;
import vn.ansinh.casework.domain.CaseworkQueries;
import vn.ansinh.intake.domain.Application;
import vn.ansinh.intake.domain.CaregiverRule;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.command.CommuneCommand;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;

/**
 * The officer submits a complete dossier for decision: the application becomes (or again is) a
 * case awaiting the competent authority, and the statutory time limit starts. Refused when the
 * person fails a condition of the category on the application date, or the category does not exist
 * then ({@link Eligibility}), with a message naming the condition, and when the caregiver it names is the
 * beneficiary, unknown or dead ({@link CaregiverRule}).
 */
public record SubmitCaseCommand(Long applicationId, AdminUnitCode commune)
        implements CommuneCommand.ByOfficer<BenefitCase> {

    @Override
    public String action() {
        return "case.submit";
    }

    @Override
    public BenefitCase execute(CommandContext context) {
        Application application =
                context.em().find(Application.class, applicationId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (application == null || !application.communeCode().equals(commune)) {
            throw new BusinessRuleException("application.error.notFound");
        }
        long documents = context.em()
                .createQuery("select count(d) from ApplicationDocument d where d.applicationId = :a", Long.class)
                .setParameter("a", applicationId)
                .getSingleResult();
        BenefitCase c = CaseworkQueries.caseOfApplication(context.em(), applicationId);
        String before = c == null ? null : CaseJson.of(c);
        application.markReady(documents, context.now());
        // the caregiver the case will pay: checked again, she may have died since the dossier was opened
        CaregiverRule.check(
                application.personId(), application.values(), id -> context.em().find(Person.class, id));
        // the rules of the application date; a fact not recorded yet (a poverty review, a pension) is the
        // approver's to check, a condition that fails is refused here
        Eligibility.refuse(
                Eligibility.check(context.em(), application, application.receivedOn(), context.now()), false);
        CaseworkRules rules = CaseworkRules.load(context.em(), context.now());
        var rule = rules.authorities().ruleFor(application.programme(), context.today());
        if (c == null) {
            c = BenefitCase.open(application, CaseOrigin.APPLICATION, null, context.actor(), context.now());
            CaseEvent event = c.submit(rule, rules.calendar(), context.today(), context.actor(), context.now());
            Cases.store(context.em(), c, event);
        } else {
            c.followApplication(application, context.actor(), context.now());
            context.em().persist(c.submit(rule, rules.calendar(), context.today(), context.actor(), context.now()));
        }
        context.publish(new CaseProgressed(c.id(), applicationId, c.status(), null, null));
        context.recordChange("Case", c.id().toString(), before, CaseJson.of(c));
        return c;
    }
}
