package vn.ansinh.audit.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.ansinh.registry.application.UnitScope;
import vn.ansinh.shared.access.domain.AccessEntry;

/**
 * The access-log entries a reader may see: those about data of units inside their jurisdiction
 * ({@link UnitScope#unit}, on the unit whose data was read or refused), narrowed by an {@link AccessFilter}, newest
 * first, paged in SQL.
 */
public final class AccessLogQuery {

    private final EntityManager em;

    public AccessLogQuery(EntityManager em) {
        this.em = em;
    }

    public List<AccessEntry> page(UnitScope scope, AccessFilter filter, int first, int size) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(scope, filter, parameters);
        Query query =
                em.createQuery("select e from AccessEntry e where " + where + " order by e.id desc", AccessEntry.class);
        bind(query, scope, parameters);
        @SuppressWarnings("unchecked")
        List<AccessEntry> rows = query.setFirstResult(first).setMaxResults(size).getResultList();
        return rows;
    }

    public int count(UnitScope scope, AccessFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(scope, filter, parameters);
        Query query = em.createQuery("select count(e) from AccessEntry e where " + where, Long.class);
        bind(query, scope, parameters);
        return ((Number) query.getSingleResult()).intValue();
    }

    private static void bind(Query query, UnitScope scope, Map<String, Object> parameters) {
        scope.unit("e.unitCode").bind(query, "scope");
        parameters.forEach(query::setParameter);
    }

    private String where(UnitScope scope, AccessFilter filter, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        conditions.add(scope.unit("e.unitCode").jpql("scope"));
        if (filter.reader() != null) {
            conditions.add("e.reader = :reader");
            parameters.put("reader", filter.reader());
        }
        if (filter.person() != null) {
            List<Long> persons = personIds(filter.person());
            if (persons.isEmpty()) {
                conditions.add("1 = 0");
            } else {
                conditions.add("e.personId in :persons");
                parameters.put("persons", persons);
            }
        }
        if (filter.kind() != null) {
            conditions.add("e.kind = :kind");
            parameters.put("kind", filter.kind());
        }
        if (filter.outcome() != null) {
            conditions.add("e.outcome = :outcome");
            parameters.put("outcome", filter.outcome());
        }
        if (filter.from() != null) {
            conditions.add("e.occurredAt >= :from");
            parameters.put("from", AuditQuery.startOfDayUtc(filter.from()));
        }
        if (filter.to() != null) {
            conditions.add("e.occurredAt < :to");
            parameters.put("to", AuditQuery.startOfDayUtc(filter.to().plusDays(1)));
        }
        return String.join(" and ", conditions);
    }

    /** A personal ID's people (normally one), or the id typed; none for anything else. */
    private List<Long> personIds(String person) {
        if (person.matches("[0-9]{12}")) {
            List<?> rows = em.createNativeQuery("select id from person where personal_id = ?1")
                    .setParameter(1, person)
                    .getResultList();
            return rows.stream().map(row -> ((Number) row).longValue()).toList();
        }
        if (person.matches("[0-9]{1,18}")) {
            return List.of(Long.valueOf(person));
        }
        return List.of();
    }
}
