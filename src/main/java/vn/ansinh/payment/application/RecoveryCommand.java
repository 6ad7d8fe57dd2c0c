package vn.ansinh.payment.application;

import java.util.Set;
import vn.ansinh.payment.domain.RecoveryItem;
import vn.ansinh.shared.command.Command;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.security.Role;

/**
 * A change to one recovery item of a commune: the item is read locked and only within the commune (else the
 * command's {@link #refusal()}), changed by {@link #change}, and its audit row records its status before and
 * what the change returns after. {@link Approver} commands are the approver's (reclaiming or forgiving
 * public money), never the officer's.
 */
interface RecoveryCommand extends Command<Void> {

    long recoveryId();

    AdminUnitCode commune();

    /** The message key of the refusal when the item is not the commune's. */
    String refusal();

    /** Changes the item and returns what its audit row records after. */
    String change(RecoveryItem item, CommandContext context);

    @Override
    default AdminUnitCode unit() {
        return commune();
    }

    @Override
    default Void execute(CommandContext context) {
        RecoveryItem item = RecoveryItems.locked(context.em(), recoveryId(), commune())
                .orElseThrow(() -> new BusinessRuleException(refusal()));
        String before = RecoveryItems.status(item);
        String after = change(item, context);
        context.recordChange("RecoveryItem", Long.toString(recoveryId()), before, after);
        return null;
    }

    /** Run by the approver, within the commune's jurisdiction. */
    interface Approver extends RecoveryCommand {
        @Override
        default Set<Role> permittedRoles() {
            return Set.of(Role.APPROVER);
        }
    }
}
