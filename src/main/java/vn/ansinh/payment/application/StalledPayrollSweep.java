package vn.ansinh.payment.application;

import jakarta.annotation.PostConstruct;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.ansinh.payment.domain.PayrollStatus;
import vn.ansinh.shared.command.CommandEngine;
import vn.ansinh.shared.kernel.AdminUnitCode;

/**
 * The start-up sweep: at start-up no payroll job runs on this server, so a run still COMPUTING was left by a
 * server that died under it (killed, out of memory, the machine lost). Each is made restartable by
 * {@link RecoverStalledPayrollCommand}, run as the system, one transaction per run; the officer's "Tính" then
 * finishes it with the totals of a clean run. A single node (Payara Micro {@code --nohazelcast}); with several
 * nodes sharing the database, a run another node is computing would be swept too (see the README).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class StalledPayrollSweep {

    private static final Logger LOG = Logger.getLogger(StalledPayrollSweep.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CommandEngine engine;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sweep() {
        @SuppressWarnings("unchecked")
        List<Object[]> stalled = em.createNativeQuery(
                        "SELECT id, unit_code, execution_id FROM payroll_run WHERE status = ? ORDER BY id")
                .setParameter(1, PayrollStatus.COMPUTING.name())
                .getResultList();
        for (Object[] row : stalled) {
            long runId = ((Number) row[0]).longValue();
            long execution = row[2] == null ? 0 : ((Number) row[2]).longValue();
            String status = executionStatus(execution);
            try {
                engine.runAsSystem(new RecoverStalledPayrollCommand(runId, AdminUnitCode.of((String) row[1]), status));
                LOG.warning(() -> "Payroll run " + runId + " was left computing (execution " + execution + ", "
                        + (status == null ? "none" : status) + "): now restartable");
            } catch (RuntimeException e) {
                // one run that cannot be recovered must not keep the app from starting: it stays COMPUTING
                LOG.log(Level.SEVERE, "Payroll run " + runId + " could not be made restartable", e);
            }
        }
    }

    /** The execution's batch status in the job repository, or null when there is none. */
    private static String executionStatus(long execution) {
        if (execution <= 0) {
            return null;
        }
        try {
            JobExecution found = BatchRuntime.getJobOperator().getJobExecution(execution);
            return found == null ? null : found.getBatchStatus().name();
        } catch (NoSuchJobExecutionException e) {
            return null;
        } catch (RuntimeException e) {
            // the repository could not say: the run is restarted as a new execution, which gives the same totals
            LOG.log(Level.WARNING, "The job repository could not tell the status of execution " + execution, e);
            return null;
        }
    }
}
