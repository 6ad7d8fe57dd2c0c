package vn.ansinh.casework.application;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import vn.ansinh.casework.domain.ApprovalAuthority;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.casework.domain.BenefitStopped;
import vn.ansinh.casework.domain.CaseEvent;
import vn.ansinh.casework.domain.CaseException;
import vn.ansinh.casework.domain.Decision;
import vn.ansinh.casework.domain.DecisionKind;
import vn.ansinh.casework.domain.DecisionTerms;
import vn.ansinh.casework.domain.EndReason;
import vn.ansinh.registry.application.AdminUnitTree;
import vn.ansinh.registry.domain.AdminUnit;
import vn.ansinh.registry.domain.AdminUnitCode;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.shared.command.Command;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.security.Role;

/**
 * The competent authority ends a benefit for loss of eligibility (thôi hưởng): payment stops from
 * the month after the day eligibility ended; a termination decision replaces the one in force.
 * Deaths and moves are recorded by the officer ({@link RecordDeathCommand}, {@link MovePersonCommand}).
 */
public record TerminateCaseCommand(Long caseId, AdminUnitCode commune, LocalDate eligibleUntil, String reason,
        AdminUnitTree units) implements Command<Decision> {

    @Override
    public String action() {
        return "case.terminate";
    }

    @Override
    public Set<Role> permittedRoles() {
        return Set.of(Role.APPROVER);
    }

    @Override
    public AdminUnitCode unit() {
        return commune;
    }

    @Override
    public Decision execute(CommandContext context) {
        BenefitCase c = Cases.locked(context.em(), caseId, commune);
        String before = CaseJson.of(c);
        if (eligibleUntil == null || eligibleUntil.isAfter(context.today())) {
            throw new CaseException("case.error.changeDate");
        }
        CaseworkRules rules = CaseworkRules.load(context.em(), context.now());
        ApprovalAuthority rule = rules.authorities().ruleFor(c.programme(), context.today());
        AdminUnit issuingUnit = CompetentAuthority.check(rule, context.actor(), units, c,
                vn.ansinh.casework.domain.DossierMakers.of(context.em(), c), context.today());
        Person person = context.em().find(Person.class, c.personId());
        YearMonth lastMonth = YearMonth.from(eligibleUntil);
        Decision replaced = DecisionIssuer.current(context.em(), c);
        CaseEvent ended = c.terminate(EndReason.LOSS_OF_ELIGIBILITY, lastMonth, reason, context.actor(), context.now());
        DecisionTerms terms = Entitlements.terms(DecisionKind.TERMINATION, c, c.category(), c.disabilityLevel(), person,
                rules, c.lastMonth().plusMonths(1));
        Decision decision = DecisionIssuer.issue(context, c, rule, units, issuingUnit, terms, replaced, reason.strip());
        context.em().persist(ended.withDecision(decision.id()));
        context.publish(BenefitStopped.ended(c, EndReason.LOSS_OF_ELIGIBILITY));
        context.recordChange("Case", caseId.toString(), before, CaseJson.withDecision(c, decision));
        return decision;
    }
}
