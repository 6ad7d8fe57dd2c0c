package vn.ansinh.audit.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.ansinh.registry.application.AdminUnitTree;
import vn.ansinh.registry.application.UnitScope;
import vn.ansinh.shared.command.AuditRecord;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.time.VietnamTime;

/**
 * The audit rows a reader of a unit may see ({@link UnitScope}: rows of their unit and of every unit
 * below it), narrowed by an {@link AuditFilter}, newest first, paged in SQL. A jurisdiction without any row yet (a
 * province where nobody has worked) is a normal state: an empty page, a count of 0.
 *
 * <p>A person is found by their personal ID or id; their rows are those whose target is the person, one of their
 * cases or one of their applications (looked up first: a person has a handful). Days are Vietnam's days: a day
 * filter compares the stored UTC times with the day's start in Asia/Ho_Chi_Minh.
 */
public final class AuditQuery {

    private static final String PERSONAL_ID = "[0-9]{12}";
    private static final String RECORD_ID = "[0-9]{1,18}";

    private final EntityManager em;
    private final AdminUnitTree units;

    public AuditQuery(EntityManager em, AdminUnitTree units) {
        this.em = em;
        this.units = units;
    }

    public List<AuditRecord> page(AdminUnitCode reader, int first, int size) {
        return page(UnitScope.of(reader, units), AuditFilter.NONE, first, size);
    }

    public int count(AdminUnitCode reader) {
        return count(UnitScope.of(reader, units), AuditFilter.NONE);
    }

    public List<AuditRecord> page(UnitScope scope, AuditFilter filter, int first, int size) {
        Where where = where(scope, filter);
        TypedQuery<AuditRecord> query = em.createQuery(
                "select a from AuditRecord a where " + where.jpql() + " order by a.id desc", AuditRecord.class);
        return where.bind(query).setFirstResult(first).setMaxResults(size).getResultList();
    }

    public int count(UnitScope scope, AuditFilter filter) {
        Where where = where(scope, filter);
        return where.bind(em.createQuery("select count(a) from AuditRecord a where " + where.jpql(), Long.class))
                .getSingleResult()
                .intValue();
    }

    /** The actions that occur in the reader's rows, in alphabetical order (the action filter's choices). */
    public List<String> actions(UnitScope scope) {
        UnitScope.Condition within = scope.unit("a.unitCode");
        return within.bind(
                        em.createQuery(
                                "select distinct a.action from AuditRecord a where " + within.jpql("scope")
                                        + " order by a.action",
                                String.class),
                        "scope")
                .getResultList();
    }

    private Where where(UnitScope scope, AuditFilter filter) {
        Where where = new Where();
        UnitScope.Condition within = scope.unit("a.unitCode");
        where.conditions.add(within.jpql("scope"));
        where.scope = within;
        if (filter.person() != null) {
            where.conditions.add(personCondition(filter.person(), where.parameters));
        }
        if (filter.caseId() != null) {
            where.conditions.add("(a.targetType = 'Case' and a.targetId = :caseId)");
            where.parameters.put("caseId", filter.caseId().toString());
        }
        if (filter.runId() != null) {
            where.conditions.add("(a.targetType = 'PayrollRun' and a.targetId = :runId)");
            where.parameters.put("runId", filter.runId().toString());
        }
        if (filter.actor() != null) {
            where.conditions.add("a.actor = :actor");
            where.parameters.put("actor", filter.actor());
        }
        if (filter.action() != null) {
            where.conditions.add("a.action = :action");
            where.parameters.put("action", filter.action());
        }
        if (filter.outcome() != null) {
            where.conditions.add("a.outcome = :outcome");
            where.parameters.put("outcome", filter.outcome());
        }
        if (filter.from() != null) {
            where.conditions.add("a.occurredAt >= :from");
            where.parameters.put("from", startOfDayUtc(filter.from()));
        }
        if (filter.to() != null) {
            where.conditions.add("a.occurredAt < :to");
            where.parameters.put("to", startOfDayUtc(filter.to().plusDays(1)));
        }
        return where;
    }

    /** The moment a Vietnam day starts, as the stored UTC time. */
    static LocalDateTime startOfDayUtc(LocalDate day) {
        return LocalDateTime.ofInstant(day.atStartOfDay(VietnamTime.ZONE).toInstant(), ZoneOffset.UTC);
    }

    private String personCondition(String person, Map<String, Object> parameters) {
        List<Long> personIds;
        if (person.matches(PERSONAL_ID)) {
            personIds = ids("select id from person where personal_id = ?1", person);
        } else if (person.matches(RECORD_ID)) {
            personIds = List.of(Long.valueOf(person));
        } else {
            return "1 = 0";
        }
        if (personIds.isEmpty()) {
            return "1 = 0";
        }
        List<String> conditions = new ArrayList<>();
        conditions.add("(a.targetType = 'Person' and a.targetId in :personIds)");
        parameters.put("personIds", texts(personIds));
        List<Long> caseIds = idsOfEach("select id from benefit_case where person_id = ?1", personIds);
        if (!caseIds.isEmpty()) {
            conditions.add("(a.targetType = 'Case' and a.targetId in :personCaseIds)");
            parameters.put("personCaseIds", texts(caseIds));
        }
        List<Long> applicationIds = idsOfEach("select id from application where person_id = ?1", personIds);
        if (!applicationIds.isEmpty()) {
            conditions.add("(a.targetType = 'Application' and a.targetId in :personApplicationIds)");
            parameters.put("personApplicationIds", texts(applicationIds));
        }
        return "(" + String.join(" or ", conditions) + ")";
    }

    private List<Long> ids(String sql, Object parameter) {
        List<?> rows = em.createNativeQuery(sql).setParameter(1, parameter).getResultList();
        return rows.stream().map(row -> ((Number) row).longValue()).toList();
    }

    private List<Long> idsOfEach(String sql, List<Long> personIds) {
        List<Long> ids = new ArrayList<>();
        personIds.forEach(personId -> ids.addAll(ids(sql, personId)));
        return ids;
    }

    private static List<String> texts(List<Long> ids) {
        return ids.stream().map(String::valueOf).toList();
    }

    private static final class Where {
        private final List<String> conditions = new ArrayList<>();
        private final Map<String, Object> parameters = new HashMap<>();
        private UnitScope.Condition scope;

        String jpql() {
            return String.join(" and ", conditions);
        }

        <Q extends Query> Q bind(Q query) {
            scope.bind(query, "scope");
            parameters.forEach(query::setParameter);
            return query;
        }
    }
}
