package vn.ansinh.anomaly.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.ansinh.anomaly.domain.AnomalyRule;
import vn.ansinh.anomaly.domain.FindingStatus;
import vn.ansinh.registry.application.UnitScope;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.persistence.ReadDatabase;
import vn.ansinh.shared.persistence.ReadOrigin;
import vn.ansinh.shared.persistence.ReadSource;
import vn.ansinh.shared.persistence.SqlEnums;

/**
 * Runs every rule once, set-based: each rule's statement ({@link AnomalySql}) is one {@code INSERT … SELECT} into
 * {@code anomaly_finding}. A finding already there (same rule and subject) is only marked as seen by this run: it
 * is never duplicated and its status, note and marker stay as they are, so an explained or referred finding is
 * never reopened. The run is recorded with its scope, month, who ran it, the time per rule and in all, and per
 * rule the findings seen and the new ones.
 *
 * <p>With a read replica configured ({@link ReadDatabase}), each rule's statements read the replica and the rows they
 * find are written to the primary in batches of {@value #BATCH} with the same {@code INSERT … ON DUPLICATE KEY UPDATE}:
 * the checks' scans of a month's lines no longer load the primary while communes work. Without one, the statement is
 * one {@code INSERT … SELECT} on the primary. Either way the columns come from {@link #FOUND}.
 */
public final class AnomalyChecks {

    /** The rows written to the primary per statement when the findings were read on the replica. */
    static final int BATCH = 500;

    /** A finding's columns as each rule's statement ({@code x}) gives them, in {@link #INSERT}'s order. */
    private static final String FOUND = "x.subject_key, x.person_id, x.line_id, x.decision_id, x.commune_code,"
            + " x.province_code, x.for_month, x.amount, LEFT(COALESCE(x.evidence, ''), 500)";

    private static final int FOUND_COLUMNS = 9;

    private static final String INSERT = "INSERT INTO anomaly_finding (rule, subject_key, person_id, line_id,"
            + " decision_id, commune_code, province_code, for_month, amount, evidence, status, found_at, first_run_id,"
            + " last_run_id) ";

    private static final String ON_DUPLICATE = " ON DUPLICATE KEY UPDATE last_run_id = VALUES(last_run_id)";

    private final EntityManager em;
    private final ReadSource reads;

    /**
     * The checks reading through {@code reads} (the replica when one is configured; null: the primary), writing
     * {@code em}.
     */
    public AnomalyChecks(EntityManager em, ReadSource reads) {
        this.em = em;
        this.reads = reads;
    }

    /** What one run found: per rule the findings it saw and how many of them were new, and the time taken. */
    public record Result(
            long runId,
            Map<AnomalyRule, Integer> found,
            Map<AnomalyRule, Integer> newFound,
            Map<AnomalyRule, Long> millis,
            long totalMillis,
            ReadOrigin readFrom) {

        public int totalFound() {
            return found.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    public Result run(AdminUnitCode scopeCode, UnitScope scope, YearMonth month, String by, Instant now) {
        long started = System.nanoTime();
        LocalDateTime at = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        em.createNativeQuery("INSERT INTO anomaly_run (scope_code, pay_month, started_at, run_by) VALUES (?, ?, ?, ?)")
                .setParameter(1, scopeCode.value())
                .setParameter(2, month.atDay(1))
                .setParameter(3, at)
                .setParameter(4, by)
                .executeUpdate();
        long runId = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        Map<AnomalyRule, Integer> found = new EnumMap<>(AnomalyRule.class);
        Map<AnomalyRule, Integer> fresh = new EnumMap<>(AnomalyRule.class);
        Map<AnomalyRule, Long> millis = new EnumMap<>(AnomalyRule.class);
        boolean onReplica = reads != null && reads.separate();
        // all rules read in one go: one connection to the replica, which a transaction keeps until it ends
        Map<AnomalyRule, Long> readMillis = new EnumMap<>(AnomalyRule.class);
        Map<AnomalyRule, List<List<Object[]>>> read =
                onReplica ? reads.read(db -> selectAll(db, month, scope, readMillis)) : Map.of();
        for (AnomalyRule rule : AnomalyRule.values()) {
            long t0 = System.nanoTime() - readMillis.getOrDefault(rule, 0L) * 1_000_000;
            if (onReplica) {
                for (List<Object[]> rows : read.get(rule)) {
                    insertRows(rule, rows, runId, at);
                }
            } else {
                AnomalySql.prepare(rule, month, scope).forEach(statement -> execute(em, statement));
                for (AnomalySql.Statement statement : AnomalySql.of(rule, month, scope)) {
                    insert(rule, statement, runId, at);
                }
                AnomalySql.release(rule).forEach(statement -> execute(em, statement));
            }
            millis.put(rule, (System.nanoTime() - t0) / 1_000_000);
            Object[] counts = (Object[])
                    em.createNativeQuery("SELECT COUNT(*), COALESCE(SUM(first_run_id = ?), 0) FROM anomaly_finding"
                                    + " WHERE last_run_id = ? AND rule = ?")
                            .setParameter(1, runId)
                            .setParameter(2, runId)
                            .setParameter(3, rule.name())
                            .getSingleResult();
            found.put(rule, ((Number) counts[0]).intValue());
            fresh.put(rule, ((Number) counts[1]).intValue());
            em.createNativeQuery("INSERT INTO anomaly_run_count (run_id, rule, found, new_found, duration_ms)"
                            + " VALUES (?, ?, ?, ?, ?)")
                    .setParameter(1, runId)
                    .setParameter(2, rule.name())
                    .setParameter(3, found.get(rule))
                    .setParameter(4, fresh.get(rule))
                    .setParameter(5, millis.get(rule))
                    .executeUpdate();
        }
        long total = (System.nanoTime() - started) / 1_000_000;
        em.createNativeQuery("UPDATE anomaly_run SET finished_at = ?, duration_ms = ? WHERE id = ?")
                .setParameter(1, LocalDateTime.ofInstant(now.plusMillis(total), ZoneOffset.UTC))
                .setParameter(2, total)
                .setParameter(3, runId)
                .executeUpdate();
        return new Result(runId, found, fresh, millis, total, onReplica ? reads.origin() : ReadOrigin.PRIMARY);
    }

    /** Every rule's findings read on {@code db} (the replica, or the primary as fallback), with the time per rule. */
    private static Map<AnomalyRule, List<List<Object[]>>> selectAll(
            EntityManager db, YearMonth month, UnitScope scope, Map<AnomalyRule, Long> millis) {
        Map<AnomalyRule, List<List<Object[]>>> found = new EnumMap<>(AnomalyRule.class);
        for (AnomalyRule rule : AnomalyRule.values()) {
            long t0 = System.nanoTime();
            found.put(rule, select(db, rule, month, scope));
            millis.put(rule, (System.nanoTime() - t0) / 1_000_000);
        }
        return found;
    }

    /** The findings of each of the rule's statements, read on {@code db} (the replica, or the primary as fallback). */
    private static List<List<Object[]>> select(EntityManager db, AnomalyRule rule, YearMonth month, UnitScope scope) {
        AnomalySql.prepare(rule, month, scope).forEach(statement -> execute(db, statement));
        List<List<Object[]>> found = new ArrayList<>();
        for (AnomalySql.Statement statement : AnomalySql.of(rule, month, scope)) {
            Query query = db.createNativeQuery("SELECT " + FOUND + " FROM (" + statement.sql() + ") x");
            bind(query, statement.parameters(), 1);
            @SuppressWarnings("unchecked")
            List<Object[]> rows = query.getResultList();
            found.add(rows);
        }
        AnomalySql.release(rule).forEach(statement -> execute(db, statement));
        return found;
    }

    /** Writes findings read elsewhere to the primary, {@value #BATCH} rows per statement. */
    private void insertRows(AnomalyRule rule, List<Object[]> rows, long runId, LocalDateTime at) {
        String row = "(" + SqlEnums.literal(rule) + ", ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + SqlEnums.literal(FindingStatus.OPEN) + ", ?, " + runId + ", " + runId + ")";
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<Object[]> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
            StringBuilder sql = new StringBuilder(INSERT).append("VALUES ");
            for (int i = 0; i < batch.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append(row);
            }
            Query insert = em.createNativeQuery(sql.append(ON_DUPLICATE).toString());
            int position = 1;
            for (Object[] values : batch) {
                for (int c = 0; c < FOUND_COLUMNS; c++) {
                    insert.setParameter(position++, values[c]);
                }
                insert.setParameter(position++, at);
            }
            insert.executeUpdate();
        }
    }

    private static void execute(EntityManager db, AnomalySql.Statement statement) {
        Query query = db.createNativeQuery(statement.sql());
        bind(query, statement.parameters(), 1);
        query.executeUpdate();
    }

    private static void bind(Query query, List<Object> parameters, int first) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(first + i, parameters.get(i));
        }
    }

    private void insert(AnomalyRule rule, AnomalySql.Statement statement, long runId, LocalDateTime at) {
        Query insert = em.createNativeQuery(INSERT + "SELECT " + SqlEnums.literal(rule) + ", " + FOUND + ", "
                + SqlEnums.literal(FindingStatus.OPEN) + ", ?, " + runId + ", " + runId + " FROM (" + statement.sql()
                + ") x" + ON_DUPLICATE);
        insert.setParameter(1, at);
        bind(insert, statement.parameters(), 2);
        insert.executeUpdate();
    }
}
