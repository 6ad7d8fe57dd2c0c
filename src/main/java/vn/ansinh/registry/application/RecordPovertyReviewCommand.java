package vn.ansinh.registry.application;

import jakarta.json.Json;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.ansinh.registry.domain.AdminUnitCode;
import vn.ansinh.registry.domain.Deprivations;
import vn.ansinh.registry.domain.Household;
import vn.ansinh.registry.domain.PovertyClassification;
import vn.ansinh.registry.domain.PovertyReview;
import vn.ansinh.registry.domain.PovertyStandard;
import vn.ansinh.shared.command.BusinessRuleException;
import vn.ansinh.shared.command.Command;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.security.Role;

/**
 * A commune officer records a household's review for a year: the income per head and the deprived
 * indicators. The classification is computed with the poverty line of that year and area.
 */
public record RecordPovertyReviewCommand(Long householdId, AdminUnitCode commune, int year, long incomePerCapita,
        Deprivations deprivations, LocalDate reviewedOn) implements Command<PovertyReview> {

    @Override
    public String action() {
        return "household.review";
    }

    @Override
    public Set<Role> permittedRoles() {
        return Set.of(Role.COMMUNE_OFFICER);
    }

    @Override
    public AdminUnitCode unit() {
        return commune;
    }

    @Override
    public PovertyReview execute(CommandContext context) {
        Household household = context.em().find(Household.class, householdId);
        if (household == null || !household.communeCode().equals(commune)) {
            throw new BusinessRuleException("household.error.notFound");
        }
        if (year > reviewedOn.getYear() + 1 || year < 2016) {
            throw new BusinessRuleException("review.error.year", year);
        }
        PovertyStandard standard = PovertyReviews.standardFor(context.em(), year, household.area())
                .orElseThrow(() -> new BusinessRuleException("review.error.noStandard", year));
        List<PovertyReview> existing = PovertyReviews.of(context.em(), householdId);
        if (existing.stream().anyMatch(r -> r.reviewYear() == year)) {
            throw new BusinessRuleException("review.error.duplicateYear", year);
        }
        PovertyClassification previous = existing.stream().filter(r -> r.reviewYear() == year - 1)
                .map(PovertyReview::classification).findFirst().orElse(null);
        PovertyReview review = household.review(year, incomePerCapita, deprivations, standard, previous, reviewedOn,
                context.actor().username(), context.now());
        context.em().persist(review);
        context.recordChange("PovertyReview", householdId + "/" + year, null, Json.createObjectBuilder()
                .add("income", incomePerCapita).add("deprivations", deprivations.mask())
                .add("classification", review.classification().name()).add("standard", standard.id()).build().toString());
        return review;
    }
}
