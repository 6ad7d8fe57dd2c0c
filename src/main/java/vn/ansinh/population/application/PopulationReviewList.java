package vn.ansinh.population.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Arrays;
import java.util.List;
import vn.ansinh.population.domain.CheckOutcome;
import vn.ansinh.population.domain.PopulationCheck;
import vn.ansinh.registry.application.UnitScope;
import vn.ansinh.shared.kernel.AdminUnitCode;

/**
 * The people whose latest answer needs a look ({@link CheckOutcome#needsReview()}: a mismatch, not found, deceased),
 * inside a jurisdiction (the person's current residence, {@link UnitScope}), paged in SQL, latest answer first.
 */
public final class PopulationReviewList {

    /** The largest page a caller gets, whatever it asks for. */
    public static final int MAX_PAGE = 500;

    static final List<CheckOutcome> REVIEWED = Arrays.stream(CheckOutcome.values())
            .filter(CheckOutcome::needsReview)
            .toList();

    private static final String FROM =
            " from PopulationCheck c, Person p where p.id = c.personId and c.outcome in :outcomes and ";

    private final EntityManager em;
    private final UnitScope scope;

    public PopulationReviewList(EntityManager em, UnitScope scope) {
        this.em = em;
        this.scope = scope;
    }

    public List<PopulationReviewRow> page(int first, int size) {
        if (scope.isEmpty()) {
            return List.of();
        }
        UnitScope.Condition within = scope.residence("p.communeCode", "p.provinceCode");
        TypedQuery<Object[]> query = em.createQuery(
                "select c, p.fullName, p.communeCode" + FROM + within.jpql("scope")
                        + " order by c.checkedOn desc, p.id",
                Object[].class);
        return within
                .bind(query, "scope")
                .setParameter("outcomes", REVIEWED)
                .setFirstResult(Math.max(first, 0))
                .setMaxResults(Math.min(Math.max(size, 1), MAX_PAGE))
                .getResultList()
                .stream()
                .map(PopulationReviewList::row)
                .toList();
    }

    public int count() {
        if (scope.isEmpty()) {
            return 0;
        }
        UnitScope.Condition within = scope.residence("p.communeCode", "p.provinceCode");
        TypedQuery<Long> query = em.createQuery("select count(c)" + FROM + within.jpql("scope"), Long.class);
        return within.bind(query, "scope")
                .setParameter("outcomes", REVIEWED)
                .getSingleResult()
                .intValue();
    }

    private static PopulationReviewRow row(Object[] row) {
        PopulationCheck check = (PopulationCheck) row[0];
        return new PopulationReviewRow(
                check.personId(),
                (String) row[1],
                AdminUnitCode.of((String) row[2]),
                check.outcome(),
                check.mismatches(),
                check.deathDate(),
                check.checkedOn());
    }
}
