package vn.ansinh.payment.application.payroll;

import jakarta.persistence.EntityManager;
import java.util.Set;

/**
 * The batch runtime's job repository, in the app's database (src/main/payara/job-repository.asadmin): the
 * tables Payara's MySQL persistence manager creates, with the batch runtime's table prefix ({@code jbatch},
 * Payara Micro's default). The app reads executions through {@code JobOperator}; it writes here only to end an
 * execution whose server died (the start-up sweep), which no {@code JobOperator} call can do.
 */
public final class JobRepositoryTables {

    static final String PREFIX = "jbatch";
    static final String EXECUTIONS = PREFIX + "EXECUTIONINSTANCEDATA";
    static final String STEP_EXECUTIONS = PREFIX + "STEPEXECUTIONINSTANCEDATA";

    /** The statuses of an execution that was running when its server stopped. */
    private static final Set<String> RUNNING = Set.of("STARTING", "STARTED", "STOPPING");

    private JobRepositoryTables() {}

    /** Whether an execution in this status was running (so its server died under it, when found at start-up). */
    public static boolean wasRunning(String batchStatus) {
        return batchStatus != null && RUNNING.contains(batchStatus);
    }

    /**
     * Marks a dead execution and its unfinished step executions FAILED, as the batch runtime does when a step
     * fails: the execution can then be restarted, and it runs again the steps and partitions not completed.
     */
    public static void markFailed(EntityManager em, long executionId, String exitStatus) {
        String running = "('STARTING', 'STARTED', 'STOPPING')";
        em.createNativeQuery("UPDATE " + STEP_EXECUTIONS + " SET batchstatus = 'FAILED', exitstatus = ?,"
                        + " endTime = UTC_TIMESTAMP() WHERE jobexecid = ? AND batchstatus IN " + running)
                .setParameter(1, exitStatus)
                .setParameter(2, executionId)
                .executeUpdate();
        em.createNativeQuery("UPDATE " + EXECUTIONS + " SET batchstatus = 'FAILED', exitstatus = ?,"
                        + " endtime = UTC_TIMESTAMP(), updatetime = UTC_TIMESTAMP() WHERE jobexecid = ?"
                        + " AND batchstatus IN " + running)
                .setParameter(1, exitStatus)
                .setParameter(2, executionId)
                .executeUpdate();
    }
}
