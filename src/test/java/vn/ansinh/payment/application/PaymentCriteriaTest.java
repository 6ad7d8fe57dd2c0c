package vn.ansinh.payment.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import vn.ansinh.shared.kernel.InvalidValueException;

/** What an auditor may search payments by, and each wrong field named with its reason. */
class PaymentCriteriaTest {

    @Test
    void aSearchWithoutAnyFilterIsRefusedAndSoIsAnAmountRangeAlone() {
        assertThat(PaymentCriteria.none().problems())
                .extracting(PaymentCriteria.Problem::field, PaymentCriteria.Problem::key)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(null, "paymentSearch.error.noFilter"));
        assertThat(criteria(null, null, null, null, 1L, 2_000_000L).narrowed()).isFalse();
        assertThat(criteria(null, null, YearMonth.of(2026, 7), null, null, null).narrowed())
                .as("a month range open at one end reads every month after it")
                .isFalse();
        assertThat(criteria(null, null, YearMonth.of(2026, 7), YearMonth.of(2026, 9), null, null)
                        .problems())
                .as("a closed month range is enough")
                .isEmpty();
        assertThat(criteria(null, "  Hùng  Lò Văn ", null, null, null, null).nameWords())
                .containsExactly("hung", "lo", "van");
    }

    @Test
    void eachBadInputIsNamedByItsField() {
        assertThat(criteria("0111", "x", null, null, null, null).problems())
                .extracting(PaymentCriteria.Problem::field, PaymentCriteria.Problem::key)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        PaymentCriteria.PERSONAL_ID, "person.error.personalId.length"));
        assertThat(criteria(null, "x", YearMonth.of(2026, 9), YearMonth.of(2026, 7), null, null)
                        .problems())
                .extracting(PaymentCriteria.Problem::field)
                .containsExactly(PaymentCriteria.TO);
        assertThat(criteria(null, "x", null, null, 2_000_000L, 1_000_000L).problems())
                .extracting(PaymentCriteria.Problem::field, PaymentCriteria.Problem::key)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(PaymentCriteria.MAX_AMOUNT, "paymentSearch.error.amounts"));
        assertThat(PaymentCriteria.amount(" 1.500.000 ")).isEqualTo(1_500_000L);
        assertThat(PaymentCriteria.amount("")).isNull();
        assertThatThrownBy(() -> PaymentCriteria.amount("-5"))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("messageKey", "paymentSearch.error.amount");
    }

    @Test
    void anAccountNumberIsReadWithoutItsSpacesAndDots() {
        PaymentCriteria c = new PaymentCriteria(
                null, null, null, null, null, null, null, " 3600 205.888-777 ", null, null, null, null, null);
        assertThat(c.account()).isEqualTo("3600205888777");
        assertThat(c.problems()).isEmpty();
    }

    private static PaymentCriteria criteria(
            String personalId, String name, YearMonth from, YearMonth to, Long min, Long max) {
        return new PaymentCriteria(personalId, name, null, null, null, null, null, null, null, from, to, min, max);
    }
}
