package vn.ansinh.payment.application;

import vn.ansinh.payment.domain.PayrollRun;
import vn.ansinh.shared.cluster.ClusterNode;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.kernel.AdminUnitCode;

/**
 * Asks for a payroll to be computed (or recomputed, or finished after a failure). Refused once
 * approved: an approved payroll is frozen. The job itself is started by the service after commit.
 */
public record ComputePayrollCommand(Long runId, AdminUnitCode unitCode) implements PayrollCommand.Office<PayrollRun> {

    @Override
    public String action() {
        return "payroll.compute";
    }

    @Override
    public PayrollRun execute(CommandContext context) {
        PayrollRun run = lockedRun(context, runId);
        if (!run.status().mayCompute()) {
            throw PayrollCommand.notComputable(run);
        }
        String before = "{\"status\":\"" + run.status() + "\"}";
        run.startComputing(run.executionId() == null ? 0 : run.executionId(), ClusterNode.ID);
        context.recordChange("PayrollRun", runId.toString(), before, "{\"status\":\"COMPUTING\"}");
        return run;
    }
}
