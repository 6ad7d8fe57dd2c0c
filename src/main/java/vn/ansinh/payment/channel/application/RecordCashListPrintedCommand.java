package vn.ansinh.payment.channel.application;

import jakarta.persistence.Query;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import vn.ansinh.payment.domain.PaymentChannel;
import vn.ansinh.payment.domain.PaymentStatus;
import vn.ansinh.payment.domain.PaymentStep;
import vn.ansinh.payment.domain.PayrollRun;
import vn.ansinh.shared.command.Command;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.security.Role;

/**
 * A commune officer or an administrator prints the cash list of an approved run (of one commune when
 * {@code commune} is given): its lines are out for payment from then on, so a benefit stopping later
 * asks the paying office to stop them rather than holding them ({@link PaymentStatus#onStop}). Only
 * the first print counts; a draft's list is not recorded. Returns the lines newly recorded.
 */
public record RecordCashListPrintedCommand(Long runId, AdminUnitCode unit, AdminUnitCode commune)
        implements Command<Integer> {

    public static final String ACTION = "payment.cashList.print";

    @Override
    public String action() {
        return ACTION;
    }

    @Override
    public Set<Role> permittedRoles() {
        return Set.of(Role.COMMUNE_OFFICER, Role.ADMIN);
    }

    @Override
    public Integer execute(CommandContext context) {
        PayrollRun run = RunAccess.ofUnit(context.em(), runId, unit);
        if (!run.status().isFrozen()) {
            return 0;
        }
        Query update = context.em()
                .createNativeQuery("UPDATE payroll_line SET cash_listed_at = ? WHERE run_id = ?"
                        + " AND channel = ? AND payment_status IN ("
                        + PaymentStatus.sqlSet(s -> s.allows(PaymentStep.HOLD)) + ")"
                        + " AND cash_listed_at IS NULL" + (commune == null ? "" : " AND commune_code = ?"))
                .setParameter(1, LocalDateTime.ofInstant(context.now(), ZoneOffset.UTC))
                .setParameter(2, runId)
                .setParameter(3, PaymentChannel.CASH.name());
        if (commune != null) {
            update.setParameter(4, commune.value());
        }
        int printed = update.executeUpdate();
        context.recordChange(
                "PayrollRun",
                runId.toString(),
                null,
                "{\"cashListPrinted\":" + printed + (commune == null ? "" : ",\"commune\":\"" + commune.value() + "\"")
                        + "}");
        return printed;
    }
}
