package vn.ansinh.casework.application;

import java.time.LocalDate;
import java.time.YearMonth;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.casework.domain.CaseEvent;
import vn.ansinh.casework.domain.CaseException;
import vn.ansinh.casework.domain.Decision;
import vn.ansinh.casework.domain.DecisionKind;
import vn.ansinh.casework.domain.DecisionTerms;
import vn.ansinh.registry.application.AdminUnitTree;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.command.CommuneCommand;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.ProgrammeField;

/**
 * A change of category or disability level: the competent authority signs an adjustment decision
 * with the new amount, in force from the month after the change, replacing the decision in force.
 */
public record AdjustCaseCommand(
        Long caseId,
        AdminUnitCode commune,
        Category newCategory,
        String newDisabilityLevel,
        LocalDate changedOn,
        String note,
        AdminUnitTree units)
        implements CommuneCommand.ByApprover<Decision> {

    @Override
    public String action() {
        return "case.adjust";
    }

    @Override
    public Decision execute(CommandContext context) {
        BenefitCase c = Cases.locked(context.em(), caseId, commune);
        String before = CaseJson.of(c);
        if (changedOn == null || changedOn.isAfter(context.today())) {
            throw new CaseException("case.error.changeDate");
        }
        String disability = newCategory.fields().contains(ProgrammeField.DISABILITY_LEVEL)
                ? ProgrammeField.DISABILITY_LEVEL.validate(newDisabilityLevel)
                : null;
        if (newCategory == c.category() && java.util.Objects.equals(disability, c.disabilityLevel())) {
            throw new CaseException("case.error.nothingChanged");
        }
        DecisionIssuer.Signing signing = DecisionIssuer.signing(context, units, c);
        CaseworkRules rules = signing.rules();
        Person person = context.em().find(Person.class, c.personId());
        YearMonth from = YearMonth.from(changedOn).plusMonths(1);
        if (c.firstMonth() != null && from.isBefore(c.firstMonth())) {
            from = c.firstMonth();
        }
        DecisionTerms terms =
                Entitlements.terms(DecisionKind.ADJUSTMENT, c, newCategory, disability, person, rules, from);
        Decision replaced = DecisionIssuer.current(context.em(), c);
        CaseEvent adjusted = c.adjust(newCategory, disability, note, context.today(), context.actor(), context.now());
        Decision decision =
                DecisionIssuer.issue(context, c, signing, terms, replaced, null, DecisionIssuer.Extras.NONE);
        context.em().persist(adjusted.withDecision(decision.id()));
        context.recordChange("Case", caseId.toString(), before, CaseJson.withDecision(c, decision));
        return decision;
    }
}
