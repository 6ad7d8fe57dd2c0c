package vn.ansinh.benefit.application;

import java.util.Set;
import vn.ansinh.benefit.domain.RateKind;
import vn.ansinh.benefit.domain.RateRow;
import vn.ansinh.benefit.domain.RateStatus;
import vn.ansinh.shared.command.Command;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.security.Role;

/**
 * An administrator rejects a pending rate change with a reason (its author may withdraw it this way):
 * it never counts, and stays listed with the reason. {@code unit} as in {@link ConfirmRateCommand}.
 */
public record RejectRateCommand(RateKind kind, long rateId, AdminUnitCode unit, String reason)
        implements Command<RateRow> {

    @Override
    public String action() {
        return "rate.reject";
    }

    @Override
    public Set<Role> permittedRoles() {
        return Set.of(Role.ADMIN);
    }

    @Override
    public RateRow execute(CommandContext context) {
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 5 || why.length() > 500) {
            throw new BusinessRuleException("rate.error.reason");
        }
        RateRow row = RateRows.locked(context.em(), kind, rateId, unit);
        RateStatus before = row.status();
        row.reject(context.actor().username(), context.now(), why);
        context.em().flush();
        context.recordChange(
                kind.entity(),
                row.id().toString(),
                "{\"status\":\"" + before + "\"}",
                "{\"status\":\"" + row.status() + "\",\"reason\":\"" + RateRows.json(why) + "\"}");
        return row;
    }
}
