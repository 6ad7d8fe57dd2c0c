package vn.ansinh.payment.channel.application;

import jakarta.persistence.LockModeType;
import java.util.Set;
import vn.ansinh.payment.application.Recovery;
import vn.ansinh.payment.domain.PaymentStatus;
import vn.ansinh.payment.domain.PayrollLine;
import vn.ansinh.shared.command.Command;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.security.Role;

/**
 * The bank or the paying office answered a stop-payment notice for one line: it was paid anyway
 * ({@code paid}: the line is PAID and a recovery item is raised) or it was stopped (the line is HELD).
 * A commune officer or an administrator within the run's unit; audited.
 */
public record RecordStopOutcomeCommand(Long runId, AdminUnitCode unit, long lineId, boolean paid)
        implements Command<Void> {

    public static final String ACTION = "payment.stop.outcome";

    @Override
    public String action() {
        return ACTION;
    }

    @Override
    public Set<Role> permittedRoles() {
        return Set.of(Role.COMMUNE_OFFICER, Role.ADMIN);
    }

    @Override
    public Void execute(CommandContext context) {
        RunAccess.ofUnit(context.em(), runId, unit);
        PayrollLine line = context.em().find(PayrollLine.class, lineId, LockModeType.PESSIMISTIC_WRITE);
        if (line == null || line.runId() != runId.longValue() || line.paymentStatus() != PaymentStatus.STOP_REQUESTED) {
            throw new BusinessRuleException("channels.stop.error.notRequested");
        }
        if (paid) {
            line.paid(context.today());
        } else {
            line.stopConfirmed();
        }
        context.em().flush();
        if (paid) {
            Recovery.raise(context.em(), Recovery.Source.PAID_ANYWAY, "l.id = ?", lineId);
        }
        context.recordChange(
                "PayrollLine",
                Long.toString(lineId),
                "{\"paymentStatus\":\"STOP_REQUESTED\"}",
                "{\"paymentStatus\":\"" + line.paymentStatus() + "\"}");
        return null;
    }
}
