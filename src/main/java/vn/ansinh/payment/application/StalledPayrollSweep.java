package vn.ansinh.payment.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.ansinh.payment.application.payroll.JobRepositoryTables;
import vn.ansinh.shared.cluster.ClusterNode;
import vn.ansinh.shared.cluster.JobLease;
import vn.ansinh.shared.cluster.JobLeases;
import vn.ansinh.shared.cluster.NodeHeartbeat;
import vn.ansinh.shared.command.CommandEngine;
import vn.ansinh.shared.kernel.BusinessRuleException;

/**
 * The stalled-payroll sweep: a run still COMPUTING whose server has died under it (killed, out of memory, the machine
 * lost) is made restartable by {@link RecoverStalledPayrollCommand}, run as the system, one transaction per run; the
 * officer's "Tính" then finishes it with the totals of a clean run. Which server computes a run is kept on the run
 * ({@code computing_node}); a server is dead when it has stopped stamping its heartbeat ({@link NodeHeartbeat}), so
 * with several servers sharing the database a run that a living server computes is never taken from it. The sweep
 * runs at start-up and every fifteen seconds on one of the servers (a server killed and started again within the
 * heartbeat's {@link NodeHeartbeat#DEAD_AFTER} finds its old run at a later sweep).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class StalledPayrollSweep {

    private static final Logger LOG = Logger.getLogger(StalledPayrollSweep.class.getName());
    private static final JobLease LEASE = new JobLease("payroll.stalled-sweep", Duration.ofSeconds(10));

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CommandEngine engine;

    @Inject
    private JobLeases leases;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void atStart() {
        sweep();
    }

    /**
     * Every fifteen seconds, on the node that takes the lease (shorter than the interval: a node that dies holding it
     * is replaced at the next firing). The recovery locks the run and leaves a run no longer computing as it is, so
     * a start-up sweep meeting this one recovers it once; the lease keeps the nodes from all trying every time.
     */
    @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void everyFewSeconds() {
        if (leases.acquire(LEASE)) {
            sweep();
        }
    }

    private void sweep() {
        for (StalledRuns.Run stalled : StalledRuns.find(em, ClusterNode.ID)) {
            String status = executionStatus(stalled.executionId());
            try {
                engine.runAsSystem(
                        new RecoverStalledPayrollCommand(stalled.id(), stalled.unit(), status, stalled.node()));
                LOG.warning(() -> "Payroll run " + stalled.id() + " was left computing by " + stalled.node()
                        + " (execution " + stalled.executionId() + ", " + (status == null ? "none" : status)
                        + "): now restartable");
            } catch (BusinessRuleException e) {
                // another server's sweep recovered it first, or it computes again on a living server: nothing to do
                LOG.fine(() -> "Payroll run " + stalled.id() + " is no longer stalled: " + e.messageKey());
            } catch (RuntimeException e) {
                // one run that cannot be recovered must not keep the app from starting: it stays COMPUTING
                LOG.log(Level.SEVERE, "Payroll run " + stalled.id() + " could not be made restartable", e);
            }
        }
    }

    /** The execution's batch status in the job repository, or null when there is none. */
    private String executionStatus(long execution) {
        if (execution <= 0) {
            return null;
        }
        try {
            return JobRepositoryTables.batchStatus(em, execution);
        } catch (RuntimeException e) {
            // the repository could not say: the run is restarted as a new execution, which gives the same totals
            LOG.log(Level.WARNING, "The job repository could not tell the status of execution " + execution, e);
            return null;
        }
    }
}
