package vn.ansinh.registry.application;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import vn.ansinh.registry.domain.Area;
import vn.ansinh.registry.domain.PovertyReview;
import vn.ansinh.registry.domain.PovertyStandard;

/** Queries about poverty lines and reviews. */
public final class PovertyReviews {

    private PovertyReviews() {}

    public static Optional<PovertyStandard> standardFor(EntityManager em, int year, Area area) {
        return em.createQuery("select s from PovertyStandard s", PovertyStandard.class).getResultList().stream()
                .filter(s -> s.appliesTo(year, area))
                .findFirst();
    }

    public static List<PovertyReview> of(EntityManager em, Long householdId) {
        return em.createQuery(
                        "select r from PovertyReview r where r.householdId = :h order by r.reviewYear desc",
                        PovertyReview.class)
                .setParameter("h", householdId)
                .getResultList();
    }
}
