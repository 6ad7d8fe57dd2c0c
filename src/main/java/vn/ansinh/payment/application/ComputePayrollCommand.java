package vn.ansinh.payment.application;

import jakarta.persistence.LockModeType;
import java.util.Set;
import vn.ansinh.payment.domain.PayrollRun;
import vn.ansinh.shared.command.Command;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.security.Role;

/**
 * Asks for a payroll to be computed (or recomputed, or finished after a failure). Refused once
 * approved: an approved payroll is frozen. The job itself is started by the service after commit.
 */
public record ComputePayrollCommand(Long runId, AdminUnitCode unitCode) implements Command<PayrollRun> {

    @Override
    public String action() {
        return "payroll.compute";
    }

    @Override
    public Set<Role> permittedRoles() {
        return Set.of(Role.COMMUNE_OFFICER, Role.ADMIN);
    }

    @Override
    public AdminUnitCode unit() {
        return unitCode;
    }

    @Override
    public PayrollRun execute(CommandContext context) {
        PayrollRun run = context.em().find(PayrollRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
        if (run == null || !run.unitCode().equals(unitCode)) {
            throw new BusinessRuleException("payroll.error.notFound");
        }
        if (!run.status().mayCompute()) {
            throw new BusinessRuleException(run.status().isFrozen() ? "payroll.error.frozen" : "payroll.error.running");
        }
        String before = "{\"status\":\"" + run.status() + "\"}";
        run.startComputing(run.executionId() == null ? 0 : run.executionId());
        context.recordChange("PayrollRun", runId.toString(), before, "{\"status\":\"COMPUTING\"}");
        return run;
    }
}
