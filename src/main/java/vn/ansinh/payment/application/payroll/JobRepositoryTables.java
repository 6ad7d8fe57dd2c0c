package vn.ansinh.payment.application.payroll;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The batch runtime's job repository, in the app's database (src/main/payara/job-repository.asadmin): the
 * tables Payara's MySQL persistence manager creates, with the batch runtime's table prefix ({@code jbatch},
 * Payara Micro's default). The app reads executions through {@code JobOperator}, except the stalled-payroll sweep:
 * it runs in a timer, where the batch runtime may not be ready and its {@code JobOperator} refuses a caller who did
 * not start the job, so it reads the execution's status here ({@link #batchStatus}) and writes here only to end an
 * execution whose server died, which no {@code JobOperator} call can do.
 */
public final class JobRepositoryTables {

    static final String PREFIX = "jbatch";
    static final String EXECUTIONS = PREFIX + "EXECUTIONINSTANCEDATA";
    static final String STEP_EXECUTIONS = PREFIX + "STEPEXECUTIONINSTANCEDATA";
    static final String INSTANCES = PREFIX + "JOBINSTANCEDATA";

    /** The statuses of an execution that was running when its server stopped. */
    private static final Set<String> RUNNING = Set.of("STARTING", "STARTED", "STOPPING");

    private JobRepositoryTables() {}

    /** Whether an execution in this status was running (so its server died under it, when found at start-up). */
    public static boolean wasRunning(String batchStatus) {
        return batchStatus != null && RUNNING.contains(batchStatus);
    }

    /** The execution's batch status in the repository, or null when the repository has no such execution. */
    public static String batchStatus(EntityManager em, long executionId) {
        List<?> found = em.createNativeQuery("SELECT batchstatus FROM " + EXECUTIONS + " WHERE jobexecid = ?")
                .setParameter(1, executionId)
                .getResultList();
        return found.isEmpty() ? null : (String) found.get(0);
    }

    /**
     * Marks a dead execution and its unfinished step executions FAILED, as the batch runtime does when a step
     * fails: the execution can then be restarted (its steps not completed run again; the payroll's partitions all
     * run again, {@link PayrollPartitionMapper}). The executions of its partitions, which the runtime keeps as
     * jobs of their own named {@code :<job instance>:<step>:<partition>}, are marked FAILED too, so that nothing in
     * the repository still says it runs.
     */
    public static void markFailed(EntityManager em, long executionId, String exitStatus) {
        List<Long> dead = new ArrayList<>(List.of(executionId));
        for (Object id : em.createNativeQuery("SELECT p.jobexecid FROM " + EXECUTIONS + " e JOIN " + INSTANCES
                        + " i ON i.name LIKE CONCAT(':', e.jobinstanceid, ':%') JOIN " + EXECUTIONS
                        + " p ON p.jobinstanceid = i.jobinstanceid WHERE e.jobexecid = ?")
                .setParameter(1, executionId)
                .getResultList()) {
            dead.add(((Number) id).longValue());
        }
        String ids = dead.stream().map(String::valueOf).collect(Collectors.joining(", ", "(", ")"));
        String running = RUNNING.stream().sorted().collect(Collectors.joining("', '", "('", "')"));
        em.createNativeQuery("UPDATE " + STEP_EXECUTIONS + " SET batchstatus = 'FAILED', exitstatus = ?,"
                        + " endTime = UTC_TIMESTAMP() WHERE jobexecid IN " + ids + " AND batchstatus IN " + running)
                .setParameter(1, exitStatus)
                .executeUpdate();
        em.createNativeQuery("UPDATE " + EXECUTIONS + " SET batchstatus = 'FAILED', exitstatus = ?,"
                        + " endtime = UTC_TIMESTAMP(), updatetime = UTC_TIMESTAMP() WHERE jobexecid IN " + ids
                        + " AND batchstatus IN " + running)
                .setParameter(1, exitStatus)
                .executeUpdate();
    }
}
