package vn.ansinh.payment.application;

import java.util.Set;
import vn.ansinh.payment.domain.PayrollRun;
import vn.ansinh.shared.command.AccessDeniedException;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.security.Role;

/** The approver approves a computed payroll, which freezes it; whoever created it may not (maker-checker). */
public record ApprovePayrollCommand(Long runId, AdminUnitCode unitCode) implements PayrollCommand<PayrollRun> {

    @Override
    public String action() {
        return "payroll.approve";
    }

    @Override
    public Set<Role> permittedRoles() {
        return Set.of(Role.APPROVER);
    }

    @Override
    public PayrollRun execute(CommandContext context) {
        PayrollRun run = lockedRun(context, runId);
        if (context.actor().username().equals(run.createdBy())) {
            throw new AccessDeniedException("payroll.error.makerChecker", "maker-checker on payroll " + runId);
        }
        run.approve(context.actor().username(), context.now());
        context.recordChange(
                "PayrollRun",
                runId.toString(),
                "{\"status\":\"COMPUTED\"}",
                "{\"status\":\"APPROVED\",\"lines\":" + run.lineCount() + ",\"total\":" + run.totalAmount() + "}");
        return run;
    }
}
