package vn.ansinh.benefit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ansinh.registry.domain.PartialDate;
import vn.ansinh.shared.kernel.Category;

/** Decree 335/2026 re-bands the poor elderly: the old bands stop counting from the new rows' date, at every age. */
class CoefficientPeriodsTest {

    private static final LegalAct OLD =
            new LegalAct("Nghị định số 20/2021/NĐ-CP", "20/2021/NĐ-CP", LocalDate.of(2021, 3, 15));
    private static final LegalAct NEW =
            new LegalAct("Nghị định số 335/2026/NĐ-CP", "335/2026/NĐ-CP", LocalDate.of(2026, 8, 21));
    private static final LocalDate START = LocalDate.of(2026, 11, 1);

    private static BenefitCoefficient row(
            Category category,
            Integer min,
            Integer max,
            String disability,
            LocalDate from,
            String value,
            LegalAct act) {
        return new BenefitCoefficient(category, min, max, disability, from, new BigDecimal(value), act);
    }

    private final List<BenefitCoefficient> rows = List.of(
            row(Category.ELDERLY_POOR_ALONE, 60, 80, null, LocalDate.of(2021, 7, 1), "1.5", OLD),
            row(Category.ELDERLY_POOR_ALONE, 80, null, null, LocalDate.of(2021, 7, 1), "2.0", OLD),
            row(Category.ELDERLY_POOR_ALONE, 60, 75, null, START, "1.5", NEW),
            row(Category.ELDERLY_POOR_ALONE, 75, null, null, START, "2.0", NEW),
            row(Category.DISABLED, 16, 60, "SEVERE", LocalDate.of(2021, 7, 1), "1.5", OLD),
            row(Category.DISABLED, 16, 60, "PARTICULARLY_SEVERE", LocalDate.of(2021, 7, 1), "2.0", OLD),
            row(Category.DISABLED, 16, 60, "SEVERE", START, "1.6", NEW));

    @Test
    void before_the_start_the_old_bands_count_and_from_it_only_the_new_ones() {
        assertThat(CoefficientPeriods.inForce(rows, START.minusDays(1)))
                .filteredOn(r -> r.category() == Category.ELDERLY_POOR_ALONE)
                .extracting(BenefitCoefficient::maxAge)
                .containsExactlyInAnyOrder(80, null);
        assertThat(CoefficientPeriods.inForce(rows, START))
                .filteredOn(r -> r.category() == Category.ELDERLY_POOR_ALONE)
                .extracting(BenefitCoefficient::maxAge)
                .containsExactlyInAnyOrder(75, null);
    }

    @Test
    void the_sql_form_takes_only_an_alias_and_a_day_column_parameter_or_literal() {
        assertThat(CoefficientPeriods.condition("b", "cm.month_start", "?"))
                .contains("n.category = b.category")
                .contains("n.effective_from <= cm.month_start");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CoefficientPeriods.condition("b; drop", "?", "?"))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CoefficientPeriods.condition("b", "now()", "?"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_new_row_of_one_band_and_level_leaves_the_other_levels_in_force() {
        assertThat(CoefficientPeriods.inForce(rows, START))
                .filteredOn(r -> r.category() == Category.DISABLED)
                .extracting(r -> r.disabilityLevel() + " " + r.coefficient().toPlainString())
                .containsExactlyInAnyOrder("SEVERE 1.6", "PARTICULARLY_SEVERE 2.0");
    }

    @Test
    void a_person_of_77_gets_1_5_in_october_and_2_0_in_november_under_the_new_bands() {
        StandardLevel level = new StandardLevel(
                Scheme.SOCIAL_ASSISTANCE,
                null,
                LocalDate.of(2026, 7, 1),
                540_000,
                new LegalAct("Nghị định số 335/2026/NĐ-CP", "335/2026/NĐ-CP", LocalDate.of(2026, 8, 21)));
        RateTable table = new RateTable(List.of(level), rows);
        PartialDate born1949 = PartialDate.of(1949, 3, 1);
        assertThat(table.entitlement(Category.ELDERLY_POOR_ALONE, null, born1949, "11", YearMonth.of(2026, 10))
                        .orElseThrow()
                        .amount())
                .isEqualTo(810_000);
        assertThat(table.entitlement(Category.ELDERLY_POOR_ALONE, null, born1949, "11", YearMonth.of(2026, 11))
                        .orElseThrow()
                        .amount())
                .isEqualTo(1_080_000);
        PartialDate born1955 = PartialDate.of(1955, 3, 1);
        assertThat(table.entitlement(Category.ELDERLY_POOR_ALONE, null, born1955, "11", YearMonth.of(2026, 11))
                        .orElseThrow()
                        .amount())
                .isEqualTo(810_000);
    }
}
