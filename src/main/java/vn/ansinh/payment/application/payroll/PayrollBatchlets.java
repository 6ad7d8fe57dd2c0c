package vn.ansinh.payment.application.payroll;

/** Names of the payroll job and its parameters (META-INF/batch-jobs/payroll.xml). */
public final class PayrollBatchlets {

    public static final String JOB = "payroll";
    public static final String RUN_ID = "runId";
    public static final String FRESH = "fresh";
    /** People per partition: one transaction each. */
    public static final int PARTITION_SIZE = 50_000;

    private PayrollBatchlets() {}
}
