package vn.ansinh.payment.application;

import jakarta.persistence.EntityManager;
import java.time.YearMonth;
import java.util.List;
import vn.ansinh.payment.domain.PayrollRun;
import vn.ansinh.registry.application.UnitScope;

/**
 * The payrolls a reader may see ({@link UnitScope}: of their unit and of every unit below it), the
 * latest month first, of one month if asked, filtered and paged in SQL (container-free, so that tests run it on the real
 * database).
 */
public final class PayrollRuns {

    private final EntityManager em;

    public PayrollRuns(EntityManager em) {
        this.em = em;
    }

    public List<PayrollRun> page(UnitScope scope, int first, int size) {
        return page(scope, null, first, size);
    }

    /** A page of the scope's payrolls, of {@code month} only unless it is null. */
    public List<PayrollRun> page(UnitScope scope, YearMonth month, int first, int size) {
        if (scope.isEmpty()) {
            return List.of();
        }
        UnitScope.Condition within = scope.unit("r.unitCode");
        return filter(
                        within.bind(
                                em.createQuery(
                                        "select r from PayrollRun r where " + within.jpql("scope") + ofMonth(month)
                                                + " order by r.payMonth desc, r.id desc",
                                        PayrollRun.class),
                                "scope"),
                        month)
                .setFirstResult(Math.max(first, 0))
                .setMaxResults(Math.max(size, 1))
                .getResultList();
    }

    public int count(UnitScope scope) {
        return count(scope, null);
    }

    /** How many payrolls the scope has, of {@code month} only unless it is null. */
    public int count(UnitScope scope, YearMonth month) {
        if (scope.isEmpty()) {
            return 0;
        }
        UnitScope.Condition within = scope.unit("r.unitCode");
        return filter(
                        within.bind(
                                em.createQuery(
                                        "select count(r) from PayrollRun r where " + within.jpql("scope")
                                                + ofMonth(month),
                                        Long.class),
                                "scope"),
                        month)
                .getSingleResult()
                .intValue();
    }

    private static String ofMonth(YearMonth month) {
        return month == null ? "" : " and r.payMonth = :month";
    }

    private static <Q extends jakarta.persistence.Query> Q filter(Q query, YearMonth month) {
        if (month != null) {
            query.setParameter("month", month.atDay(1));
        }
        return query;
    }
}
