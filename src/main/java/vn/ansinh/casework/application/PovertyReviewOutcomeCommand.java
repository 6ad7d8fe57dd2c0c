package vn.ansinh.casework.application;

import java.time.YearMonth;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.casework.domain.CaseException;
import vn.ansinh.casework.domain.CaseOrigin;
import vn.ansinh.casework.domain.CaseTransition;
import vn.ansinh.casework.domain.Lifecycle;
import vn.ansinh.intake.domain.Application;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.command.CommuneCommand;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.Category;

/**
 * The outcome of the annual poverty review for a recognised household member: escaped poverty, or
 * re-classified (poor to near-poor or back). Benefits of the old class run to the end of the review
 * year; a re-classification opens the dossier of the new class for the officer to submit.
 */
public record PovertyReviewOutcomeCommand(Long caseId, AdminUnitCode commune, CaseTransition outcome, int reviewYear)
        implements CommuneCommand.ByApprover<BenefitCase> {

    @Override
    public String action() {
        return "case." + outcome.name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public BenefitCase execute(CommandContext context) {
        BenefitCase c = Cases.locked(context.em(), caseId, commune);
        String before = CaseJson.of(c);
        if (c.lifecycle() != Lifecycle.POVERTY_RECOGNITION) {
            throw new CaseException("case.error.notPoverty");
        }
        if (reviewYear < context.today().getYear() - 1
                || reviewYear > context.today().getYear()) {
            throw new CaseException("case.error.reviewYear");
        }
        YearMonth lastMonth = YearMonth.of(reviewYear, 12);
        if (outcome == CaseTransition.ESCAPE) {
            context.em().persist(c.escapePoverty(lastMonth, context.actor(), context.now()));
            context.recordChange("Case", caseId.toString(), before, CaseJson.of(c));
            return c;
        }
        if (outcome != CaseTransition.RECLASSIFY) {
            throw new IllegalArgumentException(outcome + " is not a review outcome");
        }
        context.em().persist(c.reclassify(lastMonth, context.actor(), context.now()));
        Category next = c.category() == Category.POOR_HOUSEHOLD_MEMBER
                ? Category.NEAR_POOR_HOUSEHOLD_MEMBER
                : Category.POOR_HOUSEHOLD_MEMBER;
        Application dossier = context.em()
                .find(Application.class, c.applicationId())
                .followUp(next, context.today(), context.actor().username(), context.now());
        context.em().persist(dossier);
        context.em().flush();
        BenefitCase successor =
                BenefitCase.open(dossier, CaseOrigin.RECLASSIFICATION, c.id(), context.actor(), context.now());
        Cases.store(context.em(), successor);
        context.recordChange("Case", caseId.toString(), before, CaseJson.of(c));
        return successor;
    }
}
