package vn.ansinh.payment.application.payroll;

import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Properties;

/** Splits the beneficiaries into person-id ranges, computed {@link PayrollBatchlets#threads} at a time. */
@jakarta.enterprise.context.Dependent
@Named("payrollPartitions")
public class PayrollPartitionMapper implements PartitionMapper {

    @Inject
    private JobContext job;

    @Inject
    private PayrollSteps steps;

    @Override
    public PartitionPlan mapPartitions() {
        long runId = Long.parseLong(job.getProperties().getProperty(PayrollBatchlets.RUN_ID));
        List<PayrollComputation.Partition> partitions = steps.partitions(runId, PayrollBatchlets.partitionSize());
        PartitionPlanImpl plan = new PartitionPlanImpl();
        int count = Math.max(1, partitions.size());
        plan.setPartitions(count);
        plan.setThreads(Math.min(PayrollBatchlets.threads(), count));
        // A restart runs every partition again, from this plan (partitions are idempotent: lines go in under the
        // unique key). Without the override, the batch runtime would reuse the partitions of the failed execution
        // and their count, which it saves only when the step ends: after a kill -9 it has none, and the restart
        // fails (NullPointerException in PartitionedStepControllerImpl.validateNumberOfPartitions). Running them
        // all also lets partitions_done (reset by prepare) reach partitions_total again.
        plan.setPartitionsOverride(true);
        Properties[] properties = new Properties[count];
        for (int i = 0; i < count; i++) {
            properties[i] = new Properties();
            PayrollComputation.Partition p =
                    partitions.isEmpty() ? new PayrollComputation.Partition(1, 0) : partitions.get(i);
            properties[i].setProperty("low", Long.toString(p.lowPersonId()));
            properties[i].setProperty("high", Long.toString(p.highPersonId()));
        }
        plan.setPartitionProperties(properties);
        return plan;
    }
}
