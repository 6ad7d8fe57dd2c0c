package vn.ansinh.payment.application;

import vn.ansinh.payment.domain.RecoveryItem;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.kernel.AdminUnitCode;

/**
 * The approver confirms a recovery item in review (raised by a back-dated decrease of a rate, or by a law
 * change that ended a group): from now on it is OPEN, to be collected by the commune. Reclaiming public
 * money from a beneficiary is the approver's act, within the commune's jurisdiction; never the officer's.
 * An item in review may instead be waived with a reason ({@link WaiveRecoveryCommand}).
 */
public record ConfirmRecoveryCommand(long recoveryId, AdminUnitCode commune) implements RecoveryCommand.Approver {

    public static final String ACTION = "recovery.confirm";

    @Override
    public String action() {
        return ACTION;
    }

    @Override
    public String refusal() {
        return "recovery.error.notInReview";
    }

    @Override
    public String change(RecoveryItem item, CommandContext context) {
        item.confirm(context.actor().username(), context.now());
        return RecoveryItems.status(item);
    }
}
