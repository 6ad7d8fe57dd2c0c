package vn.ansinh.payment.application;

import vn.ansinh.casework.domain.BenefitResumed;
import vn.ansinh.casework.domain.BenefitStopped;
import vn.ansinh.payment.domain.HoldReason;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.command.EventHandler;

/**
 * Follows casework's events in the command that published them: a benefit stopped (death, move,
 * termination, suspension) holds or stops its later payments and raises the recovery items of months
 * already paid; a reinstated one releases the lines held for its suspension.
 */
public class PaymentStopHandler implements EventHandler {

    @Override
    public void handle(Object event, CommandContext context) {
        if (event instanceof BenefitStopped stopped) {
            context.em().flush();
            new PaymentStops(context.em())
                    .stop(stopped.caseId(), stopped.lastMonth(), HoldReason.valueOf(stopped.reason()), context.now());
        } else if (event instanceof BenefitResumed resumed) {
            context.em().flush();
            new PaymentStops(context.em()).release(resumed.caseId());
        }
    }
}
