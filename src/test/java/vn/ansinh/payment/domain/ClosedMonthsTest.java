package vn.ansinh.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClosedMonthsTest {

    private static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);

    @Test
    void aMonthIsClosedForACommuneByAnApprovedPayrollOfTheCommuneItsProvinceOrTheCountry() {
        for (String unit : new String[] {"18859", "44", "VN"}) {
            assertThat(ClosedMonths.closed(
                            "18859",
                            "44",
                            SEPTEMBER,
                            List.of(new ClosedMonths.Run(unit, SEPTEMBER, PayrollStatus.APPROVED))))
                    .as(unit)
                    .isTrue();
        }
    }

    @Test
    void anotherUnitsPayrollADraftOrAnotherMonthClosesNothing() {
        List<ClosedMonths.Run> runs = List.of(
                new ClosedMonths.Run("18871", SEPTEMBER, PayrollStatus.APPROVED),
                new ClosedMonths.Run("42", SEPTEMBER, PayrollStatus.APPROVED),
                new ClosedMonths.Run("18859", SEPTEMBER, PayrollStatus.COMPUTED),
                new ClosedMonths.Run("18859", SEPTEMBER.plusMonths(1), PayrollStatus.APPROVED));
        assertThat(ClosedMonths.closed("18859", "44", SEPTEMBER, runs)).isFalse();
    }

    @Test
    void theSqlAcceptsOnlyColumnsParametersAndLiterals() {
        assertThat(ClosedMonths.condition("l.commune_code", "l.province_code", ClosedMonths.month(SEPTEMBER)))
                .contains("cm_r.pay_month = DATE '2026-09-01'")
                .contains("IN (l.commune_code, l.province_code, 'VN')")
                .contains("cm_r.status = 'APPROVED'");
        assertThatThrownBy(() -> ClosedMonths.condition("1) OR (1", "?", "?"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
