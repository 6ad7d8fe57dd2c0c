package vn.ansinh.registry.application;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.ansinh.registry.domain.Area;
import vn.ansinh.registry.domain.Household;
import vn.ansinh.registry.domain.PovertyClassification;
import vn.ansinh.registry.domain.PovertyReview;
import vn.ansinh.registry.domain.PovertyReviewFigures;
import vn.ansinh.registry.domain.PovertyStandard;
import vn.ansinh.shared.kernel.BusinessRuleException;

/**
 * Records a household's review for a year: the rules shared by the single review and the import. The
 * year must be plausible, a poverty line must exist for the year and the household's area, a year is
 * reviewed once, and the previous year's result decides whether the household has newly escaped
 * poverty. The poverty lines are read once per reviewer.
 */
final class PovertyReviewer {

    /** The first year the current reviews can be recorded for (the 2016–20 standard). */
    static final int FIRST_YEAR = 2016;

    private final EntityManager em;
    private List<PovertyStandard> standards;

    PovertyReviewer(EntityManager em) {
        this.em = em;
    }

    /** Refuses a year before {@value #FIRST_YEAR} or after the year following {@code reviewedOn}. */
    static void requirePlausibleYear(int year, LocalDate reviewedOn) {
        if (year > reviewedOn.getYear() + 1 || year < FIRST_YEAR) {
            throw new BusinessRuleException("review.error.year", String.valueOf(year));
        }
    }

    /** The poverty line of a year and area, or a refusal saying that none is configured. */
    PovertyStandard standardFor(int year, Area area) {
        if (standards == null) {
            standards = em.createQuery("select s from PovertyStandard s", PovertyStandard.class)
                    .getResultList();
        }
        return standards.stream()
                .filter(s -> s.appliesTo(year, area))
                .findFirst()
                .orElseThrow(() -> new BusinessRuleException("review.error.noStandard", String.valueOf(year)));
    }

    /**
     * Classifies and persists the review. {@code existing} are the household's earlier reviews (none
     * for a household founded in the same transaction, which spares a query per household).
     */
    PovertyReview record(
            Household household,
            PovertyReviewFigures figures,
            List<PovertyReview> existing,
            LocalDate reviewedOn,
            String by,
            Instant at) {
        int year = figures.year();
        requirePlausibleYear(year, reviewedOn);
        PovertyStandard standard = standardFor(year, household.area());
        if (existing.stream().anyMatch(r -> r.reviewYear() == year)) {
            throw new BusinessRuleException("review.error.duplicateYear", String.valueOf(year));
        }
        PovertyClassification previous = existing.stream()
                .filter(r -> r.reviewYear() == year - 1)
                .map(PovertyReview::classification)
                .findFirst()
                .orElse(null);
        PovertyReview review = household.review(
                year, figures.incomePerCapita(), figures.deprivations(), standard, previous, reviewedOn, by, at);
        em.persist(review);
        return review;
    }
}
