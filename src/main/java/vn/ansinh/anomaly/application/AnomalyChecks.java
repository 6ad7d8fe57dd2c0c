package vn.ansinh.anomaly.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.ansinh.anomaly.domain.AnomalyRule;
import vn.ansinh.anomaly.domain.FindingStatus;
import vn.ansinh.registry.application.UnitScope;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.persistence.SqlEnums;

/**
 * Runs every rule once, set-based: each rule's statement ({@link AnomalySql}) is one {@code INSERT … SELECT} into
 * {@code anomaly_finding}. A finding already there (same rule and subject) is only marked as seen by this run: it
 * is never duplicated and its status, note and marker stay as they are, so an explained or referred finding is
 * never reopened. The run is recorded with its scope, month, who ran it, the time per rule and in all, and per
 * rule the findings seen and the new ones.
 */
public final class AnomalyChecks {

    private final EntityManager em;

    public AnomalyChecks(EntityManager em) {
        this.em = em;
    }

    /** What one run found: per rule the findings it saw and how many of them were new, and the time taken. */
    public record Result(
            long runId,
            Map<AnomalyRule, Integer> found,
            Map<AnomalyRule, Integer> newFound,
            Map<AnomalyRule, Long> millis,
            long totalMillis) {

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
        for (AnomalyRule rule : AnomalyRule.values()) {
            long t0 = System.nanoTime();
            AnomalySql.prepare(rule, month, scope).forEach(this::execute);
            for (AnomalySql.Statement statement : AnomalySql.of(rule, month, scope)) {
                insert(rule, statement, runId, at);
            }
            AnomalySql.release(rule).forEach(this::execute);
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
        return new Result(runId, found, fresh, millis, total);
    }

    private void execute(AnomalySql.Statement statement) {
        Query query = em.createNativeQuery(statement.sql());
        List<Object> parameters = statement.parameters();
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        query.executeUpdate();
    }

    private void insert(AnomalyRule rule, AnomalySql.Statement statement, long runId, LocalDateTime at) {
        Query insert = em.createNativeQuery("INSERT INTO anomaly_finding (rule, subject_key, person_id, line_id,"
                + " decision_id, commune_code, province_code, for_month, amount, evidence, status, found_at, first_run_id,"
                + " last_run_id) SELECT " + SqlEnums.literal(rule) + ", x.subject_key, x.person_id, x.line_id,"
                + " x.decision_id, x.commune_code, x.province_code, x.for_month, x.amount,"
                + " LEFT(COALESCE(x.evidence, ''), 500), " + SqlEnums.literal(FindingStatus.OPEN) + ", ?, " + runId
                + ", " + runId + " FROM (" + statement.sql() + ") x"
                + " ON DUPLICATE KEY UPDATE last_run_id = VALUES(last_run_id)");
        insert.setParameter(1, at);
        List<Object> parameters = statement.parameters();
        for (int i = 0; i < parameters.size(); i++) {
            insert.setParameter(i + 2, parameters.get(i));
        }
        insert.executeUpdate();
    }
}
