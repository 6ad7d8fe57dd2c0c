package vn.ansinh.payment.application;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import vn.ansinh.payment.domain.RecoveryStatus;
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
        RecoveryStatus before = RecoveryItems.status(context.em(), recoveryId, commune)
                .filter(RecoveryStatus::inReview)
                .orElseThrow(() -> new BusinessRuleException("recovery.error.notInReview"));
        context.em()
                .createNativeQuery(
                        "UPDATE recovery_item SET status = ?, confirmed_at = ?, confirmed_by = ? WHERE id = ?")
                .setParameter(1, before.confirm().name())
                .setParameter(2, LocalDateTime.ofInstant(context.now(), ZoneOffset.UTC))
                .setParameter(3, context.actor().username())
                .setParameter(4, recoveryId)
                .executeUpdate();
        context.recordChange(
                "RecoveryItem",
                Long.toString(recoveryId),
                "{\"status\":\"" + before + "\"}",
                "{\"status\":\"" + before.confirm() + "\"}");
        return null;
    }
}
