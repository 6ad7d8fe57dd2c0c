package vn.ansinh.benefit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ansinh.registry.domain.PartialDate;
import vn.ansinh.shared.kernel.Category;

/** Amounts are level x coefficient with the rows in force in the month (the values of migration V8). */
class RateTableTest {

    private final RateTable rates = new RateTable(
            List.of(
                    new StandardLevel(
                            Scheme.SOCIAL_ASSISTANCE, null, LocalDate.of(2021, 7, 1), 360_000, act("20/2021")),
                    new StandardLevel(
                            Scheme.SOCIAL_ASSISTANCE, null, LocalDate.of(2024, 7, 1), 500_000, act("76/2024")),
                    new StandardLevel(
                            Scheme.SOCIAL_ASSISTANCE, "01", LocalDate.of(2026, 1, 1), 650_000, act("63/2025 Hà Nội"))),
            List.of(
                    new BenefitCoefficient(
                            Category.ELDERLY_POOR_ALONE,
                            60,
                            80,
                            null,
                            LocalDate.of(2021, 7, 1),
                            new BigDecimal("1.5"),
                            act("Đ6")),
                    new BenefitCoefficient(
                            Category.ELDERLY_POOR_ALONE,
                            80,
                            null,
                            null,
                            LocalDate.of(2021, 7, 1),
                            new BigDecimal("2.0"),
                            act("Đ6")),
                    new BenefitCoefficient(
                            Category.DISABLED,
                            16,
                            60,
                            "SEVERE",
                            LocalDate.of(2021, 7, 1),
                            new BigDecimal("1.5"),
                            act("Đ6"))));

    @Test
    void theLevelChangesOnFirstJuly2024() {
        PartialDate born = PartialDate.of(1980);
        assertThat(amount(Category.DISABLED, "SEVERE", born, "11", YearMonth.of(2024, 6)))
                .isEqualTo(540_000L);
        assertThat(amount(Category.DISABLED, "SEVERE", born, "11", YearMonth.of(2024, 7)))
                .isEqualTo(750_000L);
        assertThat(amount(Category.DISABLED, "SEVERE", born, "11", YearMonth.of(2024, 8)))
                .isEqualTo(750_000L);
    }

    @Test
    void aProvinceWithAHigherLevelPaysItFromItsDate() {
        PartialDate born = PartialDate.of(1980);
        assertThat(amount(Category.DISABLED, "SEVERE", born, "01", YearMonth.of(2025, 12)))
                .isEqualTo(750_000L);
        assertThat(amount(Category.DISABLED, "SEVERE", born, "01", YearMonth.of(2026, 1)))
                .isEqualTo(975_000L);
        assertThat(amount(Category.DISABLED, "SEVERE", born, "11", YearMonth.of(2026, 1)))
                .isEqualTo(750_000L);
    }

    @Test
    void anElderlyPersonMovesToTheHigherBandTheMonthAfterTurningEighty() {
        PartialDate born = PartialDate.of(1946, 3, 15);
        assertThat(amount(Category.ELDERLY_POOR_ALONE, null, born, "11", YearMonth.of(2026, 3)))
                .isEqualTo(750_000L);
        assertThat(amount(Category.ELDERLY_POOR_ALONE, null, born, "11", YearMonth.of(2026, 4)))
                .isEqualTo(1_000_000L);
    }

    @Test
    void noRowNoAmount() {
        assertThat(rates.entitlement(Category.DISABLED, "SEVERE", PartialDate.of(2015), "11", YearMonth.of(2026, 1)))
                .isEmpty();
        assertThat(rates.entitlement(
                        Category.VOLUNTARY_REHABILITATION, null, PartialDate.of(1990), "11", YearMonth.of(2026, 1)))
                .isEmpty();
    }

    private long amount(Category category, String disability, PartialDate born, String province, YearMonth month) {
        return rates.entitlement(category, disability, born, province, month)
                .orElseThrow()
                .amount();
    }

    private static LegalAct act(String basis) {
        return new LegalAct("Nghị định " + basis, basis, LocalDate.of(2021, 6, 1));
    }
}
