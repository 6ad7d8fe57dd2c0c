package vn.ansinh.casework.application;

import java.time.YearMonth;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.casework.domain.CaseEvent;
import vn.ansinh.casework.domain.CaseProgressed;
import vn.ansinh.casework.domain.CaseStatus;
import vn.ansinh.casework.domain.Decision;
import vn.ansinh.casework.domain.DecisionKind;
import vn.ansinh.casework.domain.DecisionTerms;
import vn.ansinh.casework.domain.Lifecycle;
import vn.ansinh.registry.application.AdminUnitTree;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.command.CommuneCommand;
import vn.ansinh.shared.kernel.AdminUnitCode;

/**
 * The competent authority approves a case and signs its decision. Refused unless the approver's
 * unit is of the level the programme's rule in force names and covers the case, and refused to
 * whoever opened or submitted the case (maker-checker). The benefit starts in the month of
 * signing, or for a transfer the month after the old commune's last. The approver's comment is kept
 * on the approval's event in the case history. Eligibility is checked under the rules of the signing
 * day ({@link Eligibility}): a failing or unrecorded condition refuses the approval, unless the approver
 * writes a reason to decide anyway, which the decision ({@code eligibility_override}), the case history
 * and the audit record keep.
 */
public record ApproveCaseCommand(
        Long caseId, AdminUnitCode commune, AdminUnitTree units, String note, String overrideReason)
        implements CommuneCommand.ByApprover<Decision> {

    /** The shortest written reason accepted for deciding against a failing condition. */
    public static final int MIN_OVERRIDE_REASON = 10;

    /** An approval without a comment. */
    public ApproveCaseCommand(Long caseId, AdminUnitCode commune, AdminUnitTree units) {
        this(caseId, commune, units, null, null);
    }

    /** An approval with a comment, no override of eligibility. */
    public ApproveCaseCommand(Long caseId, AdminUnitCode commune, AdminUnitTree units, String note) {
        this(caseId, commune, units, note, null);
    }

    @Override
    public String action() {
        return "case.approve";
    }

    @Override
    public Decision execute(CommandContext context) {
        BenefitCase c = Cases.locked(context.em(), caseId, commune);
        String before = CaseJson.of(c);
        DecisionIssuer.Signing signing = DecisionIssuer.signing(context, units, c);
        CaseworkRules rules = signing.rules();
        String override = eligibilityOverride(Eligibility.check(context.em(), c, context.today(), context.now()));
        Person person = context.em().find(Person.class, c.personId());
        YearMonth signingMonth = YearMonth.from(context.today());
        YearMonth firstMonth = c.firstMonth() != null ? c.firstMonth() : signingMonth;
        boolean monthly =
                c.lifecycle() == Lifecycle.MONTHLY_ALLOWANCE || c.lifecycle() == Lifecycle.POVERTY_RECOGNITION;
        DecisionTerms terms =
                Entitlements.terms(DecisionKind.GRANT, c, c.category(), c.disabilityLevel(), person, rules, firstMonth);
        String eventNote =
                override == null ? note : (note == null || note.isBlank() ? "" : note.strip() + " — ") + override;
        CaseEvent approved = c.approve(
                signing.rule(),
                context.today(),
                monthly ? firstMonth : null,
                eventNote,
                context.actor(),
                context.now());
        if (c.lifecycle() == Lifecycle.POVERTY_RECOGNITION) {
            c.recogniseForYear(context.today().getYear());
        }
        Decision decision = DecisionIssuer.issue(
                context, c, signing, terms, null, null, DecisionIssuer.Extras.overridingEligibility(override));
        context.em().persist(approved.withDecision(decision.id()));
        if (monthly && !firstMonth.isAfter(signingMonth)) {
            context.em().persist(c.activate(context.actor(), context.now()));
        }
        context.publish(new CaseProgressed(c.id(), c.applicationId(), CaseStatus.APPROVED, decision.id(), null));
        context.recordChange("Case", caseId.toString(), before, CaseJson.withDecision(c, decision, override));
        return decision;
    }

    /** Null when every condition holds; the override text when the approver gave a reason; else refused. */
    private String eligibilityOverride(java.util.List<vn.ansinh.benefit.domain.EligibilityFailure> failures) {
        if (failures.isEmpty()) {
            return null;
        }
        String reason = overrideReason == null ? "" : overrideReason.strip();
        if (reason.isEmpty()) {
            Eligibility.refuse(failures, true);
        }
        if (reason.length() < MIN_OVERRIDE_REASON || reason.length() > 1500) {
            throw new vn.ansinh.casework.domain.CaseException("eligibility.error.overrideReason", MIN_OVERRIDE_REASON);
        }
        return reason + " [" + Eligibility.describe(failures) + "]";
    }
}
