package vn.ansinh.payment.application;

import jakarta.json.JsonObjectBuilder;
import vn.ansinh.payment.application.payroll.JobRepositoryTables;
import vn.ansinh.payment.domain.PayrollRun;
import vn.ansinh.payment.domain.PayrollStatus;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.kernel.Jsons;

/**
 * A run left COMPUTING by a server that died ({@link StalledPayrollSweep}; its batch execution still STARTED in the job
 * repository, or no execution at all) is made restartable, run by the system: the dead execution is marked
 * FAILED in the job repository, in the same transaction (the repository lives in the app's database), as the
 * batch runtime would have marked it had the server lived — Jakarta Batch can neither stop, abandon nor restart
 * an execution left STARTED — and the run becomes FAILED ("Tính" restarts the execution, which finishes with
 * the totals of a clean run, or starts afresh when there was no execution to restart). Its audit row records
 * the execution and what the repository said about it. A run that is no longer the stalled computation the sweep
 * found (recovered meanwhile by another server's sweep, or computing again on a living server) is refused with
 * {@link #NOT_STALLED}: nothing changes and no audit row is written for it.
 *
 * @param executionStatus the execution's batch status in the repository ({@code null}: no execution)
 * @param node the dead server the sweep found computing the run ({@code null}: none named)
 */
public record RecoverStalledPayrollCommand(Long runId, AdminUnitCode unitCode, String executionStatus, String node)
        implements PayrollCommand.Job<PayrollRun> {

    public static final String ACTION = "payroll.recover";

    /** The refusal when the run is no longer the stalled computation: the sweep skips it, nothing to record. */
    public static final String NOT_STALLED = "payroll.error.notStalled";

    /** The reason kept on the run. */
    public static final String REASON = "server stopped while computing";

    @Override
    public String action() {
        return ACTION;
    }

    @Override
    public PayrollRun execute(CommandContext context) {
        PayrollRun run = lockedRun(context, runId);
        if (run.status() != PayrollStatus.COMPUTING || !java.util.Objects.equals(run.computingNode(), node)) {
            throw new BusinessRuleException(NOT_STALLED);
        }
        Long execution = run.executionId();
        boolean restartable = execution != null && execution > 0 && JobRepositoryTables.wasRunning(executionStatus);
        if (restartable) {
            JobRepositoryTables.markFailed(context.em(), execution, REASON);
        } else {
            // nothing to restart (no execution, or one that ended): the next "Tính" starts a new one
            context.em()
                    .createNativeQuery("UPDATE payroll_run SET execution_id = 0 WHERE id = ?")
                    .setParameter(1, runId)
                    .executeUpdate();
        }
        context.em()
                .createNativeQuery("UPDATE payroll_run SET failure = ? WHERE id = ?")
                .setParameter(1, REASON)
                .setParameter(2, runId)
                .executeUpdate();
        context.em().flush();
        context.em().refresh(run);
        run.failed();
        JsonObjectBuilder after = Jsons.createObjectBuilder()
                .add("status", run.status().name())
                .add("failure", REASON)
                .add("execution", execution == null ? 0 : execution)
                .add("executionStatus", executionStatus == null ? "NONE" : executionStatus)
                .add("restart", restartable ? "RESTART_EXECUTION" : "NEW_EXECUTION");
        context.recordChange(
                "PayrollRun",
                runId.toString(),
                "{\"status\":\"" + PayrollStatus.COMPUTING + "\"}",
                after.build().toString());
        return run;
    }
}
