package vn.ansinh.payment.application.payroll;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** First step: the run is computing; a fresh start clears old lines and writes the month's rates. */
@jakarta.enterprise.context.Dependent
@Named("payrollPrepare")
public class PrepareBatchlet extends AbstractBatchlet {

    @Inject
    private JobContext job;

    @Inject
    private PayrollSteps steps;

    @Override
    public String process() {
        long runId = Long.parseLong(job.getProperties().getProperty(PayrollBatchlets.RUN_ID));
        boolean fresh = Boolean.parseBoolean(job.getProperties().getProperty(PayrollBatchlets.FRESH, "true"));
        steps.begin(runId, job.getExecutionId(), fresh);
        return "PREPARED";
    }
}
