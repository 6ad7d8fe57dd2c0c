package vn.ansinh.payment.application;

import java.util.Set;
import vn.ansinh.payment.domain.RecoveryItem;
import vn.ansinh.shared.command.Command;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.security.Role;

/**
 * The approver confirms a recovery item in review (raised by a back-dated decrease of a rate, or by a law
 * change that ended a group): from now on it is OPEN, to be collected by the commune. Reclaiming public
 * money from a beneficiary is the approver's act, within the commune's jurisdiction; never the officer's.
 * An item in review may instead be waived with a reason ({@link WaiveRecoveryCommand}).
 */
public record ConfirmRecoveryCommand(long recoveryId, AdminUnitCode commune) implements Command<Void> {

    public static final String ACTION = "recovery.confirm";

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
                .orElseThrow(() -> new BusinessRuleException("recovery.error.notInReview"));
        String before = RecoveryItems.status(item);
        item.confirm(context.actor().username(), context.now());
        context.recordChange("RecoveryItem", Long.toString(recoveryId), before, RecoveryItems.status(item));
        return null;
    }
}
