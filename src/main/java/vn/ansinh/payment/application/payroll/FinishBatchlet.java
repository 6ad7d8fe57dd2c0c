package vn.ansinh.payment.application.payroll;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Last step: arrears, recovery items and the totals. */
@jakarta.enterprise.context.Dependent
@Named("payrollFinish")
public class FinishBatchlet extends AbstractBatchlet {

    @Inject
    private JobContext job;

    @Inject
    private PayrollSteps steps;

    @Override
    public String process() {
        steps.finish(Long.parseLong(job.getProperties().getProperty(PayrollBatchlets.RUN_ID)));
        return "COMPUTED";
    }
}
