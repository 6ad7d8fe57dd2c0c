package vn.ansinh.registry.application;

import java.time.LocalDate;
import vn.ansinh.registry.domain.Deprivations;
import vn.ansinh.registry.domain.Household;
import vn.ansinh.registry.domain.PovertyReview;
import vn.ansinh.registry.domain.PovertyReviewFigures;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.command.CommuneCommand;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.kernel.Jsons;

/**
 * A commune officer records a household's review for a year: the income per head and the deprived
 * indicators. The classification is computed with the poverty line of that year and area.
 */
public record RecordPovertyReviewCommand(
        Long householdId,
        AdminUnitCode commune,
        int year,
        long incomePerCapita,
        Deprivations deprivations,
        LocalDate reviewedOn)
        implements CommuneCommand.ByOfficer<PovertyReview> {

    @Override
    public String action() {
        return "household.review";
    }

    @Override
    public PovertyReview execute(CommandContext context) {
        Household household = context.em().find(Household.class, householdId);
        if (household == null || !household.communeCode().equals(commune)) {
            throw new BusinessRuleException("household.error.notFound");
        }
        PovertyReview review = new PovertyReviewer(context.em())
                .record(
                        household,
                        new PovertyReviewFigures(year, incomePerCapita, deprivations),
                        PovertyReviews.of(context.em(), householdId),
                        reviewedOn,
                        context.actor().username(),
                        context.now());
        context.recordChange(
                "PovertyReview",
                householdId + "/" + year,
                null,
                Jsons.createObjectBuilder()
                        .add("income", incomePerCapita)
                        .add("deprivations", deprivations.mask())
                        .add("classification", review.classification().name())
                        .add("standard", review.standardId())
                        .build()
                        .toString());
        return review;
    }
}
