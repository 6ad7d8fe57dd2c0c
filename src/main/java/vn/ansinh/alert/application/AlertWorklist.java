package vn.ansinh.alert.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.ansinh.alert.domain.AlertKind;
import vn.ansinh.registry.domain.AdminUnitList;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.security.Actor;

/**
 * The open alerts an actor works on, paged in SQL, free of the container: the kinds of their roles
 * ({@link AlertKind#shownTo}), inside their jurisdiction (the commune itself, the province, the
 * communes a pre-2025 district had, or everything for national staff), earliest due day first.
 */
public final class AlertWorklist {

    /** The largest page a caller gets, whatever it asks for. */
    public static final int MAX_PAGE = 500;

    private static final String ROWS =
            "select a.id, a.kind, a.caseId, a.personId, p.fullName, c.category, a.communeCode, a.dueOn "
                    + "from CaseAlert a, Person p, BenefitCase c where p.id = a.personId and c.id = a.caseId and ";
    private static final String OPEN = "a.resolvedAt is null and a.kind in :kinds";

    private final EntityManager em;

    public AlertWorklist(EntityManager em) {
        this.em = em;
    }

    public List<AlertRow> page(Actor actor, LocalDate today, int first, int size) {
        Set<AlertKind> kinds = AlertKind.shownTo(actor);
        if (kinds.isEmpty() || actor.jurisdiction().isEmpty()) {
            return List.of();
        }
        TypedQuery<Object[]> query =
                em.createQuery(ROWS + OPEN + within(actor.unit()) + " order by a.dueOn, a.id", Object[].class);
        return bind(query, kinds, actor.unit())
                .setFirstResult(Math.max(first, 0))
                .setMaxResults(Math.min(Math.max(size, 1), MAX_PAGE))
                .getResultList()
                .stream()
                .map(row -> AlertRow.of(row, today))
                .toList();
    }

    public int count(Actor actor) {
        Set<AlertKind> kinds = AlertKind.shownTo(actor);
        if (kinds.isEmpty() || actor.jurisdiction().isEmpty()) {
            return 0;
        }
        TypedQuery<Long> query =
                em.createQuery("select count(a) from CaseAlert a where " + OPEN + within(actor.unit()), Long.class);
        return bind(query, kinds, actor.unit()).getSingleResult().intValue();
    }

    private static String within(AdminUnitCode unit) {
        if (unit.isNational()) {
            return "";
        }
        return switch (unit.value().length()) {
            case 2 -> " and a.provinceCode = :unit";
            case 3 ->
                " and a.communeCode in (select u.code from AdminUnit u, AdminUnit d "
                        + "where u.parentId = d.id and d.code = :unit and d.list = :districtList)";
            default -> " and a.communeCode = :unit";
        };
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, Set<AlertKind> kinds, AdminUnitCode unit) {
        query.setParameter("kinds", kinds);
        if (!unit.isNational()) {
            query.setParameter("unit", unit.value());
        }
        if (unit.value().length() == 3) {
            query.setParameter("districtList", AdminUnitList.THREE_TIER_2004);
        }
        return query;
    }
}
