package vn.ansinh.anomaly.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import vn.ansinh.anomaly.domain.AnomalyRule;
import vn.ansinh.anomaly.domain.FindingStatus;
import vn.ansinh.registry.application.UnitScope;
import vn.ansinh.shared.persistence.SqlEnums;

/** The findings a user may read ({@link UnitScope}, by the finding's commune and province), paged in SQL. */
public final class AnomalyFindings {

    /** Rows read at a time by an export. */
    static final int CHUNK = 2_000;

    private static final String COLUMNS = "SELECT f.id, f.rule, f.person_id, p.full_name, p.personal_id,"
            + " f.commune_code, f.for_month, f.amount, f.line_id, f.decision_id, f.evidence, f.status, f.note,"
            + " f.marked_by, f.marked_at FROM anomaly_finding f LEFT JOIN person p ON p.id = f.person_id";

    private final EntityManager em;

    public AnomalyFindings(EntityManager em) {
        this.em = em;
    }

    /** Every rule, with its open findings and all of them within the scope (zero for a rule without any). */
    public List<RuleCount> counts(UnitScope scope) {
        UnitScope.Condition where = where(scope);
        Query query = em.createNativeQuery("SELECT f.rule, COALESCE(SUM(f.status = "
                + SqlEnums.literal(FindingStatus.OPEN) + "), 0), COUNT(*) FROM anomaly_finding f WHERE " + where.sql()
                + " GROUP BY f.rule");
        bind(query, where.parameters(), 1);
        Map<AnomalyRule, long[]> found = new EnumMap<>(AnomalyRule.class);
        for (Object o : query.getResultList()) {
            Object[] r = (Object[]) o;
            found.put(
                    AnomalyRule.valueOf((String) r[0]),
                    new long[] {((Number) r[1]).longValue(), ((Number) r[2]).longValue()});
        }
        return Arrays.stream(AnomalyRule.values())
                .map(rule -> {
                    long[] n = found.getOrDefault(rule, new long[2]);
                    return new RuleCount(rule, n[0], n[1]);
                })
                .toList();
    }

    public int count(UnitScope scope, AnomalyRule rule, FindingStatus status) {
        UnitScope.Condition where = where(scope);
        Query query = em.createNativeQuery("SELECT COUNT(*) FROM anomaly_finding f WHERE f.rule = ? AND "
                + statusSql(status) + " AND " + where.sql());
        query.setParameter(1, rule.name());
        bind(query, where.parameters(), 2);
        return ((Number) query.getSingleResult()).intValue();
    }

    /** A page of the rule's findings, open ones first, then the latest month first. */
    public List<FindingRow> page(UnitScope scope, AnomalyRule rule, FindingStatus status, int first, int size) {
        UnitScope.Condition where = where(scope);
        Query query = em.createNativeQuery(COLUMNS + " WHERE f.rule = ? AND " + statusSql(status) + " AND "
                + where.sql() + " ORDER BY f.status = " + SqlEnums.literal(FindingStatus.OPEN)
                + " DESC, f.for_month DESC, f.id LIMIT ? OFFSET ?");
        query.setParameter(1, rule.name());
        int next = bind(query, where.parameters(), 2);
        query.setParameter(next, size);
        query.setParameter(next + 1, first);
        return rows(query.getResultList());
    }

    /** Every finding of the rule within the scope, in id order, read {@link #CHUNK} at a time (for an export). */
    public void forEach(UnitScope scope, AnomalyRule rule, FindingStatus status, Consumer<FindingRow> each) {
        UnitScope.Condition where = where(scope);
        long after = 0;
        while (true) {
            Query query = em.createNativeQuery(COLUMNS + " WHERE f.rule = ? AND f.id > ? AND " + statusSql(status)
                    + " AND " + where.sql() + " ORDER BY f.id LIMIT " + CHUNK);
            query.setParameter(1, rule.name());
            query.setParameter(2, after);
            bind(query, where.parameters(), 3);
            List<FindingRow> rows = rows(query.getResultList());
            rows.forEach(each);
            if (rows.size() < CHUNK) {
                return;
            }
            after = rows.get(rows.size() - 1).id();
        }
    }

    /** The latest run of the checks, if any ran. */
    public Optional<RunSummary> latestRun() {
        List<?> rows = em.createNativeQuery("SELECT r.id, r.started_at, r.run_by, r.scope_code, r.pay_month,"
                        + " COALESCE(r.duration_ms, 0), (SELECT COALESCE(SUM(c.found), 0) FROM anomaly_run_count c"
                        + " WHERE c.run_id = r.id) FROM anomaly_run r ORDER BY r.id DESC LIMIT 1")
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        return Optional.of(new RunSummary(
                ((Number) r[0]).longValue(),
                instant(r[1]).atOffset(ZoneOffset.UTC).toLocalDateTime(),
                (String) r[2],
                (String) r[3],
                YearMonth.from(day(r[4])),
                ((Number) r[5]).longValue(),
                ((Number) r[6]).longValue()));
    }

    private static UnitScope.Condition where(UnitScope scope) {
        return scope.residence("f.commune_code", "f.province_code");
    }

    private static String statusSql(FindingStatus status) {
        return status == null ? "1 = 1" : "f.status = " + SqlEnums.literal(status);
    }

    private static int bind(Query query, List<Object> parameters, int from) {
        int i = from;
        for (Object parameter : parameters) {
            query.setParameter(i++, parameter);
        }
        return i;
    }

    private static List<FindingRow> rows(List<?> result) {
        List<FindingRow> rows = new ArrayList<>(result.size());
        for (Object o : result) {
            Object[] r = (Object[]) o;
            String evidence = (String) r[10];
            rows.add(new FindingRow(
                    ((Number) r[0]).longValue(),
                    AnomalyRule.valueOf((String) r[1]),
                    r[2] == null ? null : ((Number) r[2]).longValue(),
                    (String) r[3],
                    (String) r[4],
                    (String) r[5],
                    r[6] == null ? null : YearMonth.from(day(r[6])),
                    r[7] == null ? null : ((Number) r[7]).longValue(),
                    r[8] == null ? null : ((Number) r[8]).longValue(),
                    r[9] == null ? null : ((Number) r[9]).longValue(),
                    evidence == null || evidence.isEmpty() ? List.of() : List.of(evidence.split("\\|", -1)),
                    FindingStatus.valueOf((String) r[11]),
                    (String) r[12],
                    (String) r[13],
                    r[14] == null ? null : instant(r[14])));
        }
        return rows;
    }

    private static LocalDate day(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        return ((LocalDateTime) value).toInstant(ZoneOffset.UTC);
    }
}
