package vn.ansinh.payment.application.payroll;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** A job that stops or fails leaves its run FAILED, to be restarted. */
@jakarta.enterprise.context.Dependent
@Named("payrollListener")
public class PayrollJobListener extends AbstractJobListener {

    @Inject
    private JobContext job;

    @Inject
    private PayrollSteps steps;

    @Override
    public void afterJob() {
        BatchStatus status = job.getBatchStatus();
        if (status == BatchStatus.FAILED || status == BatchStatus.STOPPED) {
            steps.failed(
                    Long.parseLong(job.getProperties().getProperty(PayrollBatchlets.RUN_ID)),
                    job.getExitStatus() == null ? status.name() : job.getExitStatus());
        }
    }
}
