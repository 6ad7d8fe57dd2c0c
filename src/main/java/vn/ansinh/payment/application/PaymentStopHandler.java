package vn.ansinh.payment.application;

import java.util.List;
import java.util.stream.Collectors;
import vn.ansinh.casework.domain.BenefitResumed;
import vn.ansinh.casework.domain.BenefitStopped;
import vn.ansinh.payment.domain.HoldReason;
import vn.ansinh.shared.command.AuditRecord;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.command.EventHandler;
import vn.ansinh.shared.kernel.AdminUnitCode;

/**
 * Follows casework's events in the command that published them: a benefit stopped (death, move,
 * termination, suspension, list decision) holds or stops its later payments and raises the recovery items
 * of months already paid; a benefit resumed (a proposal rejected, a reinstatement) releases the lines
 * held or stopped for it, with an audit record of its own ({@value #RELEASE_ACTION}) naming each line.
 */
public class PaymentStopHandler implements EventHandler {

    /** The audit action of the lines released when a stop is lifted. */
    public static final String RELEASE_ACTION = "payment.holds.release";

    @Override
    public void handle(Object event, CommandContext context) {
        if (event instanceof BenefitStopped stopped) {
            context.em().flush();
            new PaymentStops(context.em())
                    .stop(stopped.caseId(), stopped.lastMonth(), HoldReason.valueOf(stopped.reason()), context.now());
        } else if (event instanceof BenefitResumed resumed) {
            context.em().flush();
            List<PaymentStops.Released> released = new PaymentStops(context.em()).release(resumed.caseId());
            if (!released.isEmpty()) {
                audit(context, resumed.caseId(), released);
            }
        }
    }

    /** The released lines, in the same transaction, as the command's own record is: who, when, which lines, from what to what. */
    private static void audit(CommandContext context, long caseId, List<PaymentStops.Released> released) {
        String commune = (String) context.em()
                .createNativeQuery("SELECT commune_code FROM benefit_case WHERE id = ?")
                .setParameter(1, caseId)
                .getSingleResult();
        String before = released.stream()
                .map(l -> "{\"lineId\":" + l.lineId() + ",\"paymentStatus\":\"" + l.before() + "\",\"holdReason\":\""
                        + l.holdReason() + "\"}")
                .collect(Collectors.joining(",", "{\"lines\":[", "]}"));
        String after = released.stream()
                .map(l -> "{\"lineId\":" + l.lineId() + ",\"paymentStatus\":\"" + l.after() + "\"}")
                .collect(Collectors.joining(",", "{\"lines\":[", "]}"));
        context.em()
                .persist(AuditRecord.succeeded(
                        context.actor(),
                        RELEASE_ACTION,
                        AdminUnitCode.of(commune),
                        "Case",
                        Long.toString(caseId),
                        before,
                        after,
                        context.now()));
    }
}
