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
 * Waives a recovery item (miễn thu hồi): forgiving public money is the approver's act, within the
 * commune's jurisdiction, with a written reason (the decision or why); never the officer's, who only
 * records a settlement ({@link SettleRecoveryCommand}). An open item, or one in review (raised by a
 * back-dated decrease), can be waived.
 */
public record WaiveRecoveryCommand(long recoveryId, AdminUnitCode commune, String reason) implements Command<Void> {

    public static final String ACTION = "recovery.waive";
    static final int REASON_MIN = 10;
    static final int REASON_MAX = 500;

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
        String text = reason == null ? "" : reason.strip();
        if (text.length() < REASON_MIN || text.length() > REASON_MAX) {
            throw new BusinessRuleException("recovery.error.waiveReason", REASON_MIN);
        }
        RecoveryStatus before = RecoveryItems.status(context.em(), recoveryId, commune)
                .filter(RecoveryStatus::waivable)
                .orElseThrow(() -> new BusinessRuleException("recovery.error.notOpen"));
        context.em()
                .createNativeQuery("UPDATE recovery_item SET status = ?, settled_at = ?, settled_by = ?,"
                        + " note = ? WHERE id = ?")
                .setParameter(1, before.waive().name())
                .setParameter(2, LocalDateTime.ofInstant(context.now(), ZoneOffset.UTC))
                .setParameter(3, context.actor().username())
                .setParameter(4, text)
                .setParameter(5, recoveryId)
                .executeUpdate();
        context.recordChange(
                "RecoveryItem",
                Long.toString(recoveryId),
                "{\"status\":\"" + before + "\"}",
                "{\"status\":\"" + before.waive() + "\",\"reason\":\""
                        + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
        return null;
    }
}
