package vn.ansinh.casework.application;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.casework.domain.CaseEvent;
import vn.ansinh.casework.domain.CaseException;
import vn.ansinh.casework.domain.Decision;
import vn.ansinh.casework.domain.DecisionKind;
import vn.ansinh.casework.domain.DecisionTerms;
import vn.ansinh.casework.domain.MeritFacts;
import vn.ansinh.intake.domain.CaregiverRule;
import vn.ansinh.registry.application.AdminUnitTree;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.command.CommuneCommand;
import vn.ansinh.shared.command.Label;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.InvalidValueException;
import vn.ansinh.shared.kernel.ProgrammeField;

/**
 * A change of a meritorious person's case facts (impairment percent after a re-assessment, number of martyrs,
 * years of seniority, living alone, especially severe wounds, a helper's award, the caregiver): the competent
 * authority signs an adjustment decision from {@code fromMonth} whose amount is the sum of the annex components
 * of the new facts ({@link AnnexEntitlements}), replacing the decision in force; the payroll reads the new
 * facts from then on. Each value is checked as the dossier's field is; a caregiver by {@link Caregivers#check}.
 *
 * <p>The first month is the month of signing or the next one: the payroll prices a month with the case's
 * facts when it computes it, and a month already paid is not priced again for a change of facts (differences
 * follow rate changes only), so a change is never back-dated.
 */
public record AdjustMeritFactsCommand(
        Long caseId,
        AdminUnitCode commune,
        Map<ProgrammeField, String> facts,
        YearMonth fromMonth,
        String note,
        AdminUnitTree units)
        implements CommuneCommand.ByApprover<Decision> {

    @Override
    public String action() {
        return "case.adjustFacts";
    }

    @Override
    public Decision execute(CommandContext context) {
        BenefitCase c = Cases.locked(context.em(), caseId, commune);
        String before = CaseJson.of(c);
        YearMonth signingMonth = YearMonth.from(context.today());
        if (fromMonth == null || fromMonth.isBefore(signingMonth) || fromMonth.isAfter(signingMonth.plusMonths(1))) {
            throw new CaseException(
                    "case.error.factsMonth", monthText(signingMonth), monthText(signingMonth.plusMonths(1)));
        }
        MeritFacts next = MeritFacts.of(validated(c));
        if (next.equals(c.meritFacts())) {
            throw new CaseException("case.error.factsUnchanged");
        }
        if (c.meritFacts() == null
                || !java.util.Objects.equals(
                        next.caregiverPersonId(), c.meritFacts().caregiverPersonId())) {
            CaregiverRule.check(
                    c.personId(), next.caregiverPersonId(), id -> context.em().find(Person.class, id));
        }
        DecisionIssuer.Signing signing = DecisionIssuer.signing(context, units, c);
        CaseworkRules rules = signing.rules();
        Person person = context.em().find(Person.class, c.personId());
        YearMonth from = c.firstMonth() != null && fromMonth.isBefore(c.firstMonth()) ? c.firstMonth() : fromMonth;
        Decision replaced = DecisionIssuer.current(context.em(), c);
        CaseEvent adjusted = c.changeMeritFacts(next, note, context.today(), context.actor(), context.now());
        DecisionTerms terms =
                Entitlements.terms(DecisionKind.ADJUSTMENT, c, c.category(), c.disabilityLevel(), person, rules, from);
        Decision decision = DecisionIssuer.issue(
                context,
                c,
                signing,
                terms,
                replaced,
                null,
                DecisionIssuer.Extras.moreTerms(factLines(context, next, c)));
        context.em().persist(adjusted.withDecision(decision.id()));
        context.recordChange("Case", caseId.toString(), before, CaseJson.withDecision(c, decision));
        return decision;
    }

    /** The category's facts typed, each checked as the dossier's field; an optional one may be left empty. */
    private Map<ProgrammeField, String> validated(BenefitCase c) {
        List<ProgrammeField> fields = MeritFacts.fieldsOf(c.category());
        if (fields.isEmpty()) {
            throw new CaseException("case.error.noMeritFacts");
        }
        Map<ProgrammeField, String> values = new EnumMap<>(ProgrammeField.class);
        for (ProgrammeField field : fields) {
            String raw = facts == null ? null : facts.get(field);
            if (raw == null || raw.isBlank()) {
                if (field.optional()) {
                    continue;
                }
                throw new CaseException("case.error.factRequired", new Label(field.labelKey()));
            }
            try {
                values.put(field, field.validate(raw));
            } catch (InvalidValueException e) {
                throw new CaseException("case.error.fact", new Label(field.labelKey()), raw.strip());
            }
        }
        return values;
    }

    /** The new facts printed in Article 1 of the decision (the caregiver by name). */
    private static List<String> factLines(CommandContext context, MeritFacts facts, BenefitCase c) {
        List<String> lines = new ArrayList<>();
        facts.values(c.category()).forEach((field, value) -> {
            String shown = field == ProgrammeField.CAREGIVER_PERSON_ID
                    ? context.em().find(Person.class, facts.caregiverPersonId()).fullName()
                    : value;
            lines.add(DecisionWriter.fact(field, shown));
        });
        return lines;
    }

    private static String monthText(YearMonth month) {
        return "%02d/%d".formatted(month.getMonthValue(), month.getYear());
    }
}
