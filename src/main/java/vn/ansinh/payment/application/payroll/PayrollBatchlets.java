package vn.ansinh.payment.application.payroll;

/** Names of the payroll job and its parameters (META-INF/batch-jobs/payroll.xml). */
public final class PayrollBatchlets {

    public static final String JOB = "payroll";
    public static final String RUN_ID = "runId";
    public static final String FRESH = "fresh";
    /** People per partition: one transaction each. */
    public static final int PARTITION_SIZE = 50_000;

    /**
     * People per partition in the running app: {@code ansinh.payroll.partition-size} (MicroProfile Config), else
     * {@link #PARTITION_SIZE}. The tests make it small, so that a payroll of a few thousand people has several
     * partitions to be killed between (PayrollKillDrillIT).
     */
    public static int partitionSize() {
        return org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("ansinh.payroll.partition-size", Integer.class)
                .filter(size -> size > 0)
                .orElse(PARTITION_SIZE);
    }

    /** Partitions computed at once: one per core of the database server this was measured on (two). */
    public static final int THREADS = 2;

    /**
     * Partitions computed at once in the running app: {@code ansinh.payroll.threads} (MicroProfile Config), else
     * {@link #THREADS}. A database server with more cores than the app's host can take more; the payroll
     * benchmark measures a value before it is set ({@code -Dansinh.payroll.threads=}).
     */
    public static int threads() {
        return org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("ansinh.payroll.threads", Integer.class)
                .filter(threads -> threads > 0)
                .orElse(THREADS);
    }

    private PayrollBatchlets() {}
}
