package vn.ansinh.payment.application;

import java.util.Set;
import vn.ansinh.payment.domain.PayrollRun;
import vn.ansinh.shared.command.AccessDeniedException;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.security.Role;

/**
 * The approver approves a computed payroll, which freezes it; whoever created it may not (maker-checker). From
 * the run page the approver confirms a line count and a total ({@code shownLines}, {@code shownTotal}): the
 * run is approved only if it still has them (it was not recomputed meanwhile). Null: not checked.
 */
public record ApprovePayrollCommand(Long runId, AdminUnitCode unitCode, Integer shownLines, Long shownTotal)
        implements PayrollCommand<PayrollRun> {

    /** Without a confirmed count and total (the tests, the system). */
    public ApprovePayrollCommand(Long runId, AdminUnitCode unitCode) {
        this(runId, unitCode, null, null);
    }

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
        if ((shownLines != null && shownLines != run.lineCount())
                || (shownTotal != null && shownTotal != run.totalAmount())) {
            throw new BusinessRuleException("payroll.error.changedSinceShown");
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
