package vn.ansinh.payment.application;

import java.util.Set;
import vn.ansinh.payment.domain.RecoveryItem;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.security.Role;

/**
 * The commune officer records that an overpayment was recovered (SETTLED), with a note (the receipt).
 * Only an open item of the commune can be settled. Waiving an item is the approver's
 * ({@link WaiveRecoveryCommand}).
 */
public record SettleRecoveryCommand(long recoveryId, AdminUnitCode commune, String note) implements RecoveryCommand {

    @Override
    public String action() {
        return "recovery.settle";
    }

    @Override
    public Set<Role> permittedRoles() {
        return Set.of(Role.COMMUNE_OFFICER);
    }

    @Override
    public String refusal() {
        return "recovery.error.notOpen";
    }

    @Override
    public String change(RecoveryItem item, CommandContext context) {
        item.settle(note, context.actor().username(), context.now());
        return RecoveryItems.status(item);
    }
}
