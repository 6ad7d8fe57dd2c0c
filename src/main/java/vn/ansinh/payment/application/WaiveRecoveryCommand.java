package vn.ansinh.payment.application;

import java.util.Set;
import vn.ansinh.payment.domain.RecoveryItem;
import vn.ansinh.shared.command.Command;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.security.Role;

/**
 * Waives a recovery item (miễn thu hồi): forgiving public money is the approver's act, within the
 * commune's jurisdiction, with a written reason (the decision or why); never the officer's, who only
 * records a settlement ({@link SettleRecoveryCommand}). An open item, or one in review (raised by a
 * back-dated decrease), can be waived.
 */
public record WaiveRecoveryCommand(long recoveryId, AdminUnitCode commune, String reason) implements Command<Void> {

    public static final String ACTION = "recovery.waive";

    @Override
    public String action() {
        return ACTION;
    }

    @Override
    public Set<Role> permittedRoles() {
        return Set.of(Role.APPROVER);
    }

    @Override
    public AdminUnitCode unit() {
        return commune;
    }

    @Override
    public Void execute(CommandContext context) {
        RecoveryItem item = RecoveryItems.locked(context.em(), recoveryId, commune)
                .orElseThrow(() -> new BusinessRuleException("recovery.error.notOpen"));
        String before = RecoveryItems.status(item);
        item.waive(reason, context.actor().username(), context.now());
        context.recordChange(
                "RecoveryItem",
                Long.toString(recoveryId),
                before,
                "{\"status\":\"" + item.status() + "\",\"reason\":\""
                        + item.note().replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
        return null;
    }
}
