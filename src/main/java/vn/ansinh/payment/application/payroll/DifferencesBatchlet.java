package vn.ansinh.payment.application.payroll;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** After the month's lines: the differences (truy lĩnh phần chênh lệch) of the months the unit has closed. */
@jakarta.enterprise.context.Dependent
@Named("payrollDifferences")
public class DifferencesBatchlet extends AbstractBatchlet {

    @Inject
    private JobContext job;

    @Inject
    private PayrollSteps steps;

    @Override
    public String process() {
        steps.differences(Long.parseLong(job.getProperties().getProperty(PayrollBatchlets.RUN_ID)));
        return "DIFFERENCES";
    }
}
