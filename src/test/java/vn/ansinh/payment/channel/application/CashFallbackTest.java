package vn.ansinh.payment.channel.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The fallback SQL is built only from a column and a month expression, never from arbitrary text. */
class CashFallbackTest {

    @Test
    void theConditionNamesThePersonColumnAndTheMonthWhereTheyBelong() {
        String sql = CashFallback.condition("c.person_id", CashFallback.month(YearMonth.of(2026, 4)));

        assertThat(sql)
                .contains(
                        "cf_a.person_id = c.person_id",
                        "cf_l.person_id = c.person_id",
                        "cf_r.pay_month < DATE '2026-04-01'",
                        "cf_nr.pay_month < DATE '2026-04-01'",
                        "cf_a.status IN ('CLOSED', 'FAILED', 'CASH_FALLBACK')",
                        "cf_v.status IN ('VERIFIED', 'PAID_VIA_ACCOUNT')",
                        "cf_l.channel = 'BANK_TRANSFER' AND cf_l.payment_status = 'FAILED'");
        assertThat(sql).as("every placeholder filled").doesNotContain("{", "}");
        assertThat(CashFallback.condition("person_id", "?1")).contains("cf_r.pay_month < ?1");
        assertThat(CashFallback.condition("p.id", "r.pay_month")).contains("cf_r.pay_month < r.pay_month");
    }

    @Test
    void anythingButAColumnParameterOrMonthLiteralIsRefused() {
        assertThatThrownBy(() -> CashFallback.condition("p.id; DROP TABLE person", "?"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CashFallback.condition("p.id", "'2026-04-01' OR 1=1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CashFallback.condition("p.id", "DATE '2026-04-15'"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
