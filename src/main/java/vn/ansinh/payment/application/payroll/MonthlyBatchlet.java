package vn.ansinh.payment.application.payroll;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** One partition: the month's lines of a range of person ids, in one transaction. */
@jakarta.enterprise.context.Dependent
@Named("payrollMonthly")
public class MonthlyBatchlet extends AbstractBatchlet {

    @Inject
    private JobContext job;

    @Inject
    private PayrollSteps steps;

    @Inject
    @BatchProperty(name = "low")
    private String low;

    @Inject
    @BatchProperty(name = "high")
    private String high;

    @Override
    public String process() {
        long runId = Long.parseLong(job.getProperties().getProperty(PayrollBatchlets.RUN_ID));
        long from = Long.parseLong(low);
        long to = Long.parseLong(high);
        Deadlocks.retried("payroll " + runId + " partition " + from + "-" + to, () -> {
            steps.monthly(runId, from, to);
            return 0;
        });
        return "DONE";
    }
}
