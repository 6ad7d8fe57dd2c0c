package vn.ansinh.payment.application;

import java.util.Set;
import vn.ansinh.payment.domain.RecoveryStatus;
import vn.ansinh.shared.command.Command;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.security.Role;

/**
 * The commune officer records that an overpayment was recovered (SETTLED), with a note (the receipt).
 * Only an open item of the commune can be settled. Waiving an item is the approver's
 * ({@link WaiveRecoveryCommand}).
 */
public record SettleRecoveryCommand(long recoveryId, AdminUnitCode commune, String note) implements Command<Void> {

    @Override
    public String action() {
        return "recovery.settle";
    }

    @Override
    public Set<Role> permittedRoles() {
        return Set.of(Role.COMMUNE_OFFICER);
    }

    @Override
    public AdminUnitCode unit() {
        return commune;
    }

    @Override
    public Void execute(CommandContext context) {
        String text = note == null ? "" : note.strip();
        if (text.length() < 3 || text.length() > 500) {
            throw new BusinessRuleException("recovery.error.note");
        }
        int changed = context.em()
                .createNativeQuery("UPDATE recovery_item SET status = ?, settled_at = ?, settled_by = ?, note = ?"
                        + " WHERE id = ? AND commune_code = ? AND status = ?")
                .setParameter(1, RecoveryStatus.OPEN.settle().name())
                .setParameter(2, java.time.LocalDateTime.ofInstant(context.now(), java.time.ZoneOffset.UTC))
                .setParameter(3, context.actor().username())
                .setParameter(4, text)
                .setParameter(5, recoveryId)
                .setParameter(6, commune.value())
                .setParameter(7, RecoveryStatus.OPEN.name())
                .executeUpdate();
        if (changed == 0) {
            throw new BusinessRuleException("recovery.error.notOpen");
        }
        context.recordChange(
                "RecoveryItem",
                Long.toString(recoveryId),
                "{\"status\":\"" + RecoveryStatus.OPEN + "\"}",
                "{\"status\":\"" + RecoveryStatus.OPEN.settle() + "\"}");
        return null;
    }
}
