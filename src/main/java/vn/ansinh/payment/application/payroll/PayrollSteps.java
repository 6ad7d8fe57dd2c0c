package vn.ansinh.payment.application.payroll;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import vn.ansinh.benefit.domain.ConfirmedRates;
import vn.ansinh.payment.domain.PayrollRun;

/**
 * The payroll job's units of work, each in its own transaction, so that a crash loses at most the
 * partition being written, and a restart finishes the rest.
 */
@ApplicationScoped
public class PayrollSteps {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /**
     * Marks the run as computing and, on a fresh start, clears its lines and writes the month's rates as
     * confirmed now (kept as the run's {@code rates_as_of}; a restart keeps the moment of its start).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void begin(long runId, long executionId, boolean fresh) {
        PayrollRun run = em.find(PayrollRun.class, runId);
        run.startComputing(executionId);
        Instant asOf = fresh ? null : ratesAsOf(runId);
        if (asOf == null) {
            asOf = clock.instant();
        }
        em.createNativeQuery("UPDATE payroll_run SET partitions_done = 0, failure = NULL, rates_as_of = ? WHERE id = ?")
                .setParameter(1, ConfirmedRates.parameter(asOf))
                .setParameter(2, runId)
                .executeUpdate();
        new PayrollComputation(em).prepare(runId, run.month(), fresh, asOf);
    }

    /** The moment whose confirmed rates the run is computed with, or null before its first start. */
    private Instant ratesAsOf(long runId) {
        Object value = em.createNativeQuery("SELECT rates_as_of FROM payroll_run WHERE id = ?")
                .setParameter(1, runId)
                .getSingleResult();
        if (value == null) {
            return null;
        }
        LocalDateTime utc = value instanceof java.sql.Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
        return utc.toInstant(ZoneOffset.UTC);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<PayrollComputation.Partition> partitions(long runId, int size) {
        PayrollRun run = em.find(PayrollRun.class, runId);
        List<PayrollComputation.Partition> partitions =
                new PayrollComputation(em).partitions(new PayrollScope(run.unitCode()), size);
        em.createNativeQuery("UPDATE payroll_run SET partitions_total = ? WHERE id = ?")
                .setParameter(1, partitions.size() + 1)
                .setParameter(2, runId)
                .executeUpdate();
        return partitions;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void monthly(long runId, long low, long high) {
        PayrollRun run = em.find(PayrollRun.class, runId);
        new PayrollComputation(em)
                .monthly(
                        runId,
                        run.month(),
                        new PayrollScope(run.unitCode()),
                        new PayrollComputation.Partition(low, high));
        em.createNativeQuery("UPDATE payroll_run SET partitions_done = partitions_done + 1 WHERE id = ?")
                .setParameter(1, runId)
                .executeUpdate();
    }

    /** The difference arrears of the months the run's unit has closed (issue 10, backdated), at the run's rates. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void differences(long runId) {
        PayrollRun run = em.find(PayrollRun.class, runId);
        Instant asOf = ratesAsOf(runId);
        new PayrollComputation(em)
                .differences(
                        runId, run.month(), new PayrollScope(run.unitCode()), asOf == null ? clock.instant() : asOf);
    }

    /** Arrears and recovery, then the totals: the run is computed. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void finish(long runId) {
        PayrollRun run = em.find(PayrollRun.class, runId);
        PayrollScope scope = new PayrollScope(run.unitCode());
        PayrollComputation computation = new PayrollComputation(em);
        Instant asOf = ratesAsOf(runId);
        computation.arrears(runId, run.month(), scope, asOf == null ? clock.instant() : asOf);
        computation.recovery(scope, clock.instant());
        long[] totals = computation.totals(runId);
        em.createNativeQuery("UPDATE payroll_run SET partitions_done = partitions_total WHERE id = ?")
                .setParameter(1, runId)
                .executeUpdate();
        em.refresh(run);
        run.computed((int) totals[0], totals[1], clock.instant());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(long runId, String reason) {
        PayrollRun run = em.find(PayrollRun.class, runId);
        if (run != null) {
            run.failed();
            em.createNativeQuery("UPDATE payroll_run SET failure = ? WHERE id = ?")
                    .setParameter(1, reason == null ? null : reason.substring(0, Math.min(500, reason.length())))
                    .setParameter(2, runId)
                    .executeUpdate();
        }
    }
}
