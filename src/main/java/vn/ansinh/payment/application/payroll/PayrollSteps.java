package vn.ansinh.payment.application.payroll;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import vn.ansinh.benefit.domain.ConfirmedRates;
import vn.ansinh.payment.application.FinishPayrollCommand;
import vn.ansinh.payment.application.RecordPayrollFailureCommand;
import vn.ansinh.payment.domain.PayrollRun;
import vn.ansinh.registry.application.AdminUnitDirectory;
import vn.ansinh.shared.cluster.ClusterNode;
import vn.ansinh.shared.command.CommandEngine;

/**
 * The payroll job's units of work, each in its own transaction, so that a crash loses at most the
 * partition being written, and a restart finishes the rest. The computation is recorded by a command run
 * as the system: its end ({@link FinishPayrollCommand}: arrears, recovery, totals, and the audit row with
 * what every step produced) or its failure ({@link RecordPayrollFailureCommand}).
 */
@ApplicationScoped
public class PayrollSteps {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private CommandEngine engine;

    @Inject
    private AdminUnitDirectory units;

    /**
     * Marks the run as computing and, on a fresh start, clears its lines and writes the month's rates as
     * confirmed now (kept as the run's {@code rates_as_of}; a restart keeps the moment of its start).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void begin(long runId, long executionId, boolean fresh) {
        PayrollRun run = em.find(PayrollRun.class, runId);
        run.startComputing(executionId, ClusterNode.ID);
        Instant asOf = fresh ? null : new PayrollComputation(em).ratesAsOf(runId);
        if (asOf == null) {
            asOf = clock.instant();
        }
        em.createNativeQuery("UPDATE payroll_run SET partitions_done = 0, failure = NULL, rates_as_of = ? WHERE id = ?")
                .setParameter(1, ConfirmedRates.parameter(asOf))
                .setParameter(2, runId)
                .executeUpdate();
        new PayrollComputation(em).prepare(runId, run.month(), fresh, asOf);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<PayrollComputation.Partition> partitions(long runId, int size) {
        PayrollRun run = em.find(PayrollRun.class, runId);
        List<PayrollComputation.Partition> partitions =
                new PayrollComputation(em).partitions(PayrollScope.of(run.unitCode(), units.tree()), size);
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
                        PayrollScope.of(run.unitCode(), units.tree()),
                        new PayrollComputation.Partition(low, high));
        em.createNativeQuery("UPDATE payroll_run SET partitions_done = partitions_done + 1 WHERE id = ?")
                .setParameter(1, runId)
                .executeUpdate();
    }

    /** The difference arrears of the months the run's unit has closed (issue 10, backdated), at the run's rates. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void differences(long runId) {
        PayrollRun run = em.find(PayrollRun.class, runId);
        PayrollComputation computation = new PayrollComputation(em);
        Instant asOf = computation.ratesAsOf(runId);
        computation.differences(
                runId,
                run.month(),
                PayrollScope.of(run.unitCode(), units.tree()),
                asOf == null ? clock.instant() : asOf);
    }

    /** Arrears and recovery, then the totals: the run is computed, and the computation has its audit row. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void finish(long runId) {
        PayrollRun run = em.find(PayrollRun.class, runId);
        engine.runAsSystem(new FinishPayrollCommand(runId, run.unitCode(), units.tree()));
    }

    /** The job stopped or failed, or could not start: the run is FAILED with the reason, and the failure audited. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(long runId, String reason) {
        PayrollRun run = em.find(PayrollRun.class, runId);
        if (run != null) {
            engine.runAsSystem(new RecordPayrollFailureCommand(runId, run.unitCode(), reason));
        }
    }
}
