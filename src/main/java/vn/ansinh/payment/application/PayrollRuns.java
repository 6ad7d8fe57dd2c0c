package vn.ansinh.payment.application;

import jakarta.persistence.EntityManager;
import java.util.List;
import vn.ansinh.payment.domain.PayrollRun;
import vn.ansinh.registry.application.UnitScope;

/**
 * The payrolls a reader may see ({@link UnitScope}: of their unit and of every unit below it), the
 * latest month first, filtered and paged in SQL (container-free, so that tests run it on the real
 * database).
 */
public final class PayrollRuns {

    private final EntityManager em;

    public PayrollRuns(EntityManager em) {
        this.em = em;
    }

    public List<PayrollRun> page(UnitScope scope, int first, int size) {
        if (scope.isEmpty()) {
            return List.of();
        }
        UnitScope.Condition within = scope.unit("r.unitCode");
        return within.bind(
                        em.createQuery(
                                "select r from PayrollRun r where " + within.jpql("scope")
                                        + " order by r.payMonth desc, r.id desc",
                                PayrollRun.class),
                        "scope")
                .setFirstResult(Math.max(first, 0))
                .setMaxResults(Math.max(size, 1))
                .getResultList();
    }

    public int count(UnitScope scope) {
        if (scope.isEmpty()) {
            return 0;
        }
        UnitScope.Condition within = scope.unit("r.unitCode");
        return within.bind(
                        em.createQuery("select count(r) from PayrollRun r where " + within.jpql("scope"), Long.class),
                        "scope")
                .getSingleResult()
                .intValue();
    }
}
