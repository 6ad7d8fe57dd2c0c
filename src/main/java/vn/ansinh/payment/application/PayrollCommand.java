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
 * A command on a unit's payroll: it acts on the payroll's unit, and a run it names is read locked and only
 * within that unit. Its two kinds say who runs it: {@link Office} (the commune officer or the administrator,
 * from the payroll pages) and {@link Job} (the system, for the payroll job).
 */
interface PayrollCommand<R> extends Command<R> {

    /** The payroll's unit. */
    AdminUnitCode unitCode();

    @Override
    default AdminUnitCode unit() {
        return unitCode();
    }

    /** The run, locked for the write; refused as not found when it is not this unit's. */
    default PayrollRun lockedRun(CommandContext context, Long runId) {
        PayrollRun run = context.em().find(PayrollRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
        if (run == null || !run.unitCode().equals(unitCode())) {
            throw new BusinessRuleException("payroll.error.notFound");
        }
        return run;
    }

    /** The refusal of a run that may not be computed now: frozen once approved, else still running. */
    static BusinessRuleException notComputable(PayrollRun run) {
        return new BusinessRuleException(run.status().isFrozen() ? "payroll.error.frozen" : "payroll.error.running");
    }

    /** Run from the payroll pages by the commune officer or the administrator. */
    interface Office<R> extends PayrollCommand<R> {
        @Override
        default Set<Role> permittedRoles() {
            return Set.of(Role.COMMUNE_OFFICER, Role.ADMIN);
        }
    }

    /** Run by the payroll job: the system acts with the administrator's role ({@code Actor.SYSTEM}). */
    interface Job<R> extends PayrollCommand<R> {
        @Override
        default Set<Role> permittedRoles() {
            return Set.of(Role.ADMIN);
        }
    }
}
