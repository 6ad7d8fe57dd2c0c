package vn.ansinh.payment.application;

import vn.ansinh.payment.domain.RecoveryItem;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.kernel.AdminUnitCode;

/**
 * Waives a recovery item (miễn thu hồi): forgiving public money is the approver's act, within the
 * commune's jurisdiction, with a written reason (the decision or why); never the officer's, who only
 * records a settlement ({@link SettleRecoveryCommand}). An open item, or one in review (raised by a
 * back-dated decrease), can be waived.
 */
public record WaiveRecoveryCommand(long recoveryId, AdminUnitCode commune, String reason)
        implements RecoveryCommand.Approver {

    public static final String ACTION = "recovery.waive";

    @Override
    public String action() {
        return ACTION;
    }

    @Override
    public String refusal() {
        return "recovery.error.notOpen";
    }

    @Override
    public String change(RecoveryItem item, CommandContext context) {
        item.waive(reason, context.actor().username(), context.now());
        return "{\"status\":\"" + item.status() + "\",\"reason\":\""
                + item.note().replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
    }
}
