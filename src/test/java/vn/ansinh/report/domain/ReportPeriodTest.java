package vn.ansinh.report.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import vn.ansinh.shared.kernel.InvalidValueException;

class ReportPeriodTest {

    @Test
    void aQuarterRunsOverItsThreeMonthsAndStartsAtTheEndOfTheMonthBefore() {
        ReportPeriod q2 = ReportPeriod.quarter(2026, 2);
        assertThat(q2.firstMonth()).isEqualTo(YearMonth.of(2026, 4));
        assertThat(q2.lastMonth()).isEqualTo(YearMonth.of(2026, 6));
        assertThat(q2.monthBefore()).isEqualTo(YearMonth.of(2026, 3));
        assertThat(q2.months()).containsExactly(YearMonth.of(2026, 4), YearMonth.of(2026, 5), YearMonth.of(2026, 6));
        assertThat(q2.title()).isEqualTo("Quý II năm 2026");
    }

    @Test
    void sixAndNineMonthsCountFromJanuary() {
        assertThat(ReportPeriod.firstHalf(2026).firstMonth()).isEqualTo(YearMonth.of(2026, 1));
        assertThat(ReportPeriod.firstHalf(2026).lastMonth()).isEqualTo(YearMonth.of(2026, 6));
        assertThat(ReportPeriod.nineMonths(2026).lastMonth()).isEqualTo(YearMonth.of(2026, 9));
        assertThat(ReportPeriod.nineMonths(2026).title()).isEqualTo("9 tháng đầu năm 2026");
        assertThat(ReportPeriod.year(2026).months()).hasSize(12);
        assertThat(ReportPeriod.year(2026).monthBefore()).isEqualTo(YearMonth.of(2025, 12));
    }

    @Test
    void aMonthIsItsOwnFirstAndLastMonthAndReadsMmYyyy() {
        ReportPeriod march = ReportPeriod.month(YearMonth.of(2026, 3));
        assertThat(march.firstMonth()).isEqualTo(march.lastMonth()).isEqualTo(YearMonth.of(2026, 3));
        assertThat(march.title()).isEqualTo("Tháng 03/2026");
    }

    @Test
    void thePagesLabelArgumentsAreTextWithoutDigitGrouping() {
        assertThat(ReportPeriod.quarter(2026, 4).labelKey()).isEqualTo("report.period.QUARTER");
        assertThat(ReportPeriod.quarter(2026, 4).labelArguments()).containsExactly("04", "2026", "IV");
        assertThat(ReportPeriod.month(YearMonth.of(2026, 3)).labelArguments()).containsExactly("03", "2026", "");
    }

    @Test
    void theSamePeriodLastYearIsOneYearEarlier() {
        assertThat(ReportPeriod.quarter(2026, 1).sameLastYear()).isEqualTo(ReportPeriod.quarter(2025, 1));
        assertThat(ReportPeriod.month(YearMonth.of(2026, 1)).sameLastYear().firstMonth())
                .isEqualTo(YearMonth.of(2025, 1));
    }

    @Test
    void everyPeriodReadsBackFromItsCode() {
        for (ReportPeriod period : ReportPeriod.offered(YearMonth.of(2026, 12), 2)) {
            assertThat(ReportPeriod.parse(period.code())).isEqualTo(period);
        }
        assertThat(ReportPeriod.parse("2026-Q3")).isEqualTo(ReportPeriod.quarter(2026, 3));
        assertThat(ReportPeriod.parse("2026-M11").firstMonth()).isEqualTo(YearMonth.of(2026, 11));
    }

    @Test
    void badPeriodsAreRefused() {
        assertThatThrownBy(() -> ReportPeriod.parse("2026-Q5")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> ReportPeriod.parse("2026-M13")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> ReportPeriod.parse("26-Y")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> ReportPeriod.parse(null)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new ReportPeriod(2026, PeriodKind.FIRST_HALF, 2))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void thePickerOffersOnlyPeriodsThatHaveBegunNewestFirst() {
        var offered = ReportPeriod.offered(YearMonth.of(2026, 3), 2);
        assertThat(offered.get(0)).isEqualTo(ReportPeriod.year(2026));
        assertThat(offered).contains(ReportPeriod.quarter(2026, 1), ReportPeriod.month(YearMonth.of(2026, 3)));
        assertThat(offered)
                .doesNotContain(ReportPeriod.quarter(2026, 2), ReportPeriod.month(YearMonth.of(2026, 4)))
                .as("6 months from January have begun in March")
                .contains(ReportPeriod.firstHalf(2026));
        assertThat(offered).hasSize(1 + 1 + 1 + 1 + 3 + 19);
    }

    @Test
    void aPeriodIsHeldWholeOnlyWhenTheDataBeginsByItsFirstMonth() {
        ReportPeriod year2025 = ReportPeriod.year(2025);
        assertThat(year2025.heldWhole(YearMonth.of(2025, 1))).isTrue();
        assertThat(year2025.heldWhole(YearMonth.of(2024, 6))).isTrue();
        assertThat(year2025.heldWhole(YearMonth.of(2025, 12)))
                .as("the demo's case: payments held from December 2025 only")
                .isFalse();
        assertThat(year2025.heldWhole(null)).as("nothing held").isFalse();
        assertThat(ReportPeriod.month(YearMonth.of(2025, 12)).heldWhole(YearMonth.of(2025, 12)))
                .isTrue();
    }
}
