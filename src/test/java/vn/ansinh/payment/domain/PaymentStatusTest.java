package vn.ansinh.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ansinh.payment.domain.PaymentStatus.EXPORTED;
import static vn.ansinh.payment.domain.PaymentStatus.FAILED;
import static vn.ansinh.payment.domain.PaymentStatus.HELD;
import static vn.ansinh.payment.domain.PaymentStatus.PAID;
import static vn.ansinh.payment.domain.PaymentStatus.PENDING;
import static vn.ansinh.payment.domain.PaymentStatus.STOP_REQUESTED;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.ansinh.shared.kernel.BusinessRuleException;

/** Every step from every status, against a table written apart from {@link PaymentStatus}; what a stop does. */
class PaymentStatusTest {

    private static final Map<PaymentStep, Set<PaymentStatus>> FROM = Map.of(
            PaymentStep.EXPORT, EnumSet.of(PENDING, EXPORTED),
            PaymentStep.PAY, EnumSet.of(PENDING, EXPORTED, STOP_REQUESTED),
            PaymentStep.FAIL, EnumSet.of(EXPORTED),
            PaymentStep.HOLD, EnumSet.of(PENDING),
            PaymentStep.REQUEST_STOP, EnumSet.of(PENDING, EXPORTED),
            PaymentStep.CONFIRM_STOP, EnumSet.of(STOP_REQUESTED),
            PaymentStep.RELEASE, EnumSet.of(HELD, STOP_REQUESTED),
            PaymentStep.WITHDRAW_STOP, EnumSet.of(STOP_REQUESTED));

    @Test
    void everyStepIsAllowedExactlyFromItsStatusesAndRefusedElsewhereWithTheStepAndStatusNamed() {
        for (PaymentStep step : PaymentStep.values()) {
            for (PaymentStatus status : PaymentStatus.values()) {
                if (FROM.get(step).contains(status)) {
                    assertThat(status.after(step)).as(step + " from " + status).isEqualTo(step.target());
                } else {
                    assertThatThrownBy(() -> status.after(step))
                            .as(step + " from " + status)
                            .isInstanceOf(BusinessRuleException.class)
                            .hasMessage("payment.error.transition");
                }
            }
        }
    }

    @Test
    void aStopHoldsWhatHasNotGoneOutAndAsksToStopWhatHas() {
        assertThat(PENDING.onStop(false)).isEqualTo(HELD);
        assertThat(PENDING.onStop(true)).as("on a printed cash list").isEqualTo(STOP_REQUESTED);
        assertThat(EXPORTED.onStop(false)).isEqualTo(STOP_REQUESTED);
        for (PaymentStatus settled : EnumSet.of(PAID, FAILED, HELD, STOP_REQUESTED)) {
            assertThat(settled.onStop(false)).isEqualTo(settled);
            assertThat(settled.onStop(true)).isEqualTo(settled);
        }
    }

    @Test
    void liftingAStopPutsEachLineBackWhereItStoodAndTakesItOffTheStopNotice() {
        assertThat(HELD.onRelease(false)).isEqualTo(PENDING);
        assertThat(HELD.onRelease(true))
                .as("held after its cash list was printed")
                .isEqualTo(PENDING);
        assertThat(STOP_REQUESTED.onRelease(true))
                .as("back on its printed cash list")
                .isEqualTo(PENDING);
        assertThat(STOP_REQUESTED.onRelease(false)).as("back in its bank file").isEqualTo(EXPORTED);
        for (PaymentStatus untouched : EnumSet.of(PENDING, EXPORTED, PAID, FAILED)) {
            assertThat(untouched.onRelease(false)).isEqualTo(untouched);
            assertThat(untouched.onRelease(true)).isEqualTo(untouched);
        }
        assertThat(PaymentStatus.sqlChangedByRelease()).isEqualTo("'HELD', 'STOP_REQUESTED'");
        assertThat(PaymentStatus.onReleaseSql("l.payment_status", "l.cash_listed_at IS NOT NULL"))
                .contains("WHEN l.payment_status = 'HELD' THEN 'PENDING'")
                .contains("WHEN l.payment_status = 'STOP_REQUESTED' THEN CASE WHEN l.cash_listed_at IS NOT NULL"
                        + " THEN 'PENDING' ELSE 'EXPORTED' END");
    }

    @Test
    void theSqlSetsComeFromTheRules() {
        assertThat(PaymentStatus.sqlSet(PaymentStatus::reachedPayee)).isEqualTo("'PAID'");
        assertThat(PaymentStatus.sqlChangedByStop()).isEqualTo("'PENDING', 'EXPORTED'");
        assertThat(PaymentStatus.exportable()).containsExactly(PENDING, EXPORTED);
        assertThat(PaymentStatus.where(PaymentStatus::payable)).doesNotContain(HELD, STOP_REQUESTED);
        assertThat(PaymentStatus.onStopSql("l.payment_status", "l.cash_listed_at IS NOT NULL"))
                .startsWith("CASE WHEN l.payment_status = 'PENDING' THEN CASE WHEN l.cash_listed_at IS NOT NULL"
                        + " THEN 'STOP_REQUESTED' ELSE 'HELD' END")
                .contains("WHEN l.payment_status = 'PAID' THEN 'PAID'")
                .endsWith(" END");
    }
}
