package vn.ansinh.alert.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.ansinh.alert.domain.AlertKind;
import vn.ansinh.registry.application.AdminUnitTree;
import vn.ansinh.registry.application.UnitScope;
import vn.ansinh.shared.security.Actor;

/**
 * The open alerts an actor works on, paged in SQL, free of the container: the kinds of their roles
 * ({@link AlertKind#shownTo}), inside their jurisdiction ({@link UnitScope}), earliest due day first.
 */
public final class AlertWorklist {

    /** The largest page a caller gets, whatever it asks for. */
    public static final int MAX_PAGE = 500;

    private static final String ROWS =
            "select a.id, a.kind, a.caseId, a.personId, p.fullName, c.category, a.communeCode, a.dueOn "
                    + "from CaseAlert a, Person p, BenefitCase c where p.id = a.personId and c.id = a.caseId and ";
    private static final String OPEN = "a.resolvedAt is null and a.kind in :kinds";

    private final EntityManager em;
    private final AdminUnitTree units;

    public AlertWorklist(EntityManager em, AdminUnitTree units) {
        this.em = em;
        this.units = units;
    }

    public List<AlertRow> page(Actor actor, LocalDate today, int first, int size) {
        Set<AlertKind> kinds = AlertKind.shownTo(actor);
        UnitScope scope = UnitScope.of(actor, units);
        if (kinds.isEmpty() || scope.isEmpty()) {
            return List.of();
        }
        UnitScope.Condition within = within(scope);
        TypedQuery<Object[]> query = em.createQuery(
                ROWS + OPEN + " and " + within.jpql("scope") + " order by a.dueOn, a.id", Object[].class);
        return within
                .bind(query, "scope")
                .setParameter("kinds", kinds)
                .setFirstResult(Math.max(first, 0))
                .setMaxResults(Math.min(Math.max(size, 1), MAX_PAGE))
                .getResultList()
                .stream()
                .map(row -> AlertRow.of(row, today))
                .toList();
    }

    public int count(Actor actor) {
        Set<AlertKind> kinds = AlertKind.shownTo(actor);
        UnitScope scope = UnitScope.of(actor, units);
        if (kinds.isEmpty() || scope.isEmpty()) {
            return 0;
        }
        UnitScope.Condition within = within(scope);
        TypedQuery<Long> query = em.createQuery(
                "select count(a) from CaseAlert a where " + OPEN + " and " + within.jpql("scope"), Long.class);
        return within.bind(query, "scope")
                .setParameter("kinds", kinds)
                .getSingleResult()
                .intValue();
    }

    private static UnitScope.Condition within(UnitScope scope) {
        return scope.residence("a.communeCode", "a.provinceCode");
    }
}
