package vn.ansinh.payment.application;

import vn.ansinh.payment.domain.PayrollRun;
import vn.ansinh.payment.domain.PayrollStatus;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.Jsons;

/**
 * The payroll job stopped or failed (or could not start): the system records the run FAILED with the reason,
 * to be restarted ("Tính" finishes it with the same totals). Its audit row is the record of the failed
 * computation. A run that is no longer computing is left as it is.
 */
public record RecordPayrollFailureCommand(Long runId, AdminUnitCode unitCode, String reason)
        implements PayrollCommand.Job<PayrollRun> {

    public static final String ACTION = "payroll.fail";

    @Override
    public String action() {
        return ACTION;
    }

    @Override
    public PayrollRun execute(CommandContext context) {
        PayrollRun run = context.em().find(PayrollRun.class, runId);
        if (run == null) {
            return null;
        }
        PayrollStatus before = run.status();
        String failure = reason == null ? null : reason.substring(0, Math.min(500, reason.length()));
        run.failed();
        context.em()
                .createNativeQuery("UPDATE payroll_run SET failure = ? WHERE id = ?")
                .setParameter(1, failure)
                .setParameter(2, runId)
                .executeUpdate();
        var after = Jsons.createObjectBuilder().add("status", run.status().name());
        if (failure != null) {
            after.add("failure", failure);
        }
        context.recordChange(
                "PayrollRun",
                runId.toString(),
                "{\"status\":\"" + before + "\"}",
                after.build().toString());
        return run;
    }
}
