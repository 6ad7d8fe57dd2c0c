package vn.ansinh.benefit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ansinh.registry.domain.PartialDate;
import vn.ansinh.registry.domain.PovertyClassification;
import vn.ansinh.shared.kernel.Category;

class EligibilityRulesTest {

    private static final LegalAct ACT =
            new LegalAct("Nghị định số 20/2021/NĐ-CP, Điều 5", "20/2021/NĐ-CP", LocalDate.of(2021, 3, 15));
    private static final LocalDate START = LocalDate.of(2021, 7, 1);
    private static final LocalDate END = LocalDate.of(2026, 10, 5);

    private final EligibilityRules rules = new EligibilityRules(
            List.of(
                    new CategoryPeriod(Category.ELDERLY_80_NO_PENSION, START, true, ACT),
                    new CategoryPeriod(Category.ELDERLY_80_NO_PENSION, END, false, ACT),
                    new CategoryPeriod(Category.CHILD_WITHOUT_SUPPORT, START, true, ACT)),
            List.of(
                    new EligibilityRule(Category.CHILD_WITHOUT_SUPPORT, START, null, 16, null, null, false, false, ACT),
                    new EligibilityRule(Category.YOUTH_IN_EDUCATION, START, 16, 23, null, null, false, true, ACT),
                    new EligibilityRule(
                            Category.SINGLE_PARENT_POOR,
                            START,
                            null,
                            null,
                            PovertyRequirement.POOR_OR_NEAR_POOR,
                            null,
                            false,
                            false,
                            ACT),
                    new EligibilityRule(Category.ELDERLY_80_NO_PENSION, START, 80, null, null, null, true, false, ACT),
                    new EligibilityRule(
                            Category.DISABLED,
                            START,
                            null,
                            null,
                            null,
                            "PARTICULARLY_SEVERE,SEVERE",
                            false,
                            false,
                            ACT)));

    private static EligibilityFacts facts(Category category, PartialDate born) {
        return new EligibilityFacts(category, born, null, null, null, false);
    }

    @Test
    void a_woman_born_in_1976_is_no_child_without_support() {
        List<EligibilityFailure> failures = rules.check(
                facts(Category.CHILD_WITHOUT_SUPPORT, PartialDate.of(1976, 5, 2)), LocalDate.of(2026, 12, 2));
        assertThat(failures).singleElement().satisfies(f -> {
            assertThat(f.key()).isEqualTo("eligibility.fail.tooOld");
            assertThat(f.arguments()).containsExactly("category.CHILD_WITHOUT_SUPPORT", 50, 16);
            assertThat(f.unknown()).isFalse();
        });
        assertThat(rules.check(
                        facts(Category.CHILD_WITHOUT_SUPPORT, PartialDate.of(2015, 5, 2)), LocalDate.of(2026, 12, 2)))
                .isEmpty();
    }

    @Test
    void a_category_ended_by_law_exists_until_the_day_before_its_end() {
        assertThat(rules.exists(Category.ELDERLY_80_NO_PENSION, END.minusDays(1)))
                .isTrue();
        assertThat(rules.exists(Category.ELDERLY_80_NO_PENSION, END)).isFalse();
        assertThat(rules.endAfter(Category.ELDERLY_80_NO_PENSION, LocalDate.of(2026, 9, 20)))
                .contains(END);
        assertThat(rules.endAfter(Category.ELDERLY_80_NO_PENSION, LocalDate.of(2026, 12, 2)))
                .contains(END);
        assertThat(rules.endAfter(Category.CHILD_WITHOUT_SUPPORT, LocalDate.of(2026, 12, 2)))
                .isEmpty();
        EligibilityFacts elder =
                new EligibilityFacts(Category.ELDERLY_80_NO_PENSION, PartialDate.of(1940), null, null, false, false);
        assertThat(rules.check(elder, END.minusDays(1))).isEmpty();
        assertThat(rules.check(elder, END))
                .extracting(EligibilityFailure::key)
                .containsExactly("eligibility.fail.categoryEnded");
        // a category without a period row is not restricted
        assertThat(rules.exists(Category.DISABLED, END)).isTrue();
    }

    @Test
    void poverty_pension_school_and_disability_are_named() {
        LocalDate day = LocalDate.of(2026, 3, 1);
        assertThat(rules.check(
                        new EligibilityFacts(
                                Category.SINGLE_PARENT_POOR,
                                PartialDate.of(1990),
                                null,
                                PovertyClassification.AVERAGE,
                                null,
                                false),
                        day))
                .singleElement()
                .satisfies(f -> assertThat(f.arguments())
                        .containsExactly(
                                "category.SINGLE_PARENT_POOR",
                                "eligibility.poverty.POOR_OR_NEAR_POOR",
                                "poverty.AVERAGE",
                                "2025"));
        assertThat(rules.check(
                        new EligibilityFacts(
                                Category.SINGLE_PARENT_POOR,
                                PartialDate.of(1990),
                                null,
                                PovertyClassification.NEAR_POOR,
                                null,
                                false),
                        day))
                .isEmpty();
        assertThat(rules.check(facts(Category.SINGLE_PARENT_POOR, PartialDate.of(1990)), day))
                .singleElement()
                .satisfies(f -> assertThat(f.unknown()).isTrue());
        assertThat(rules.check(
                        new EligibilityFacts(
                                Category.ELDERLY_80_NO_PENSION, PartialDate.of(1940), null, null, true, false),
                        day))
                .extracting(EligibilityFailure::key)
                .containsExactly("eligibility.fail.pension");
        assertThat(rules.check(facts(Category.YOUTH_IN_EDUCATION, PartialDate.of(2008)), day))
                .extracting(EligibilityFailure::key)
                .containsExactly("eligibility.fail.notInSchool");
        assertThat(rules.check(facts(Category.DISABLED, PartialDate.of(1990)), day))
                .extracting(EligibilityFailure::key)
                .containsExactly("eligibility.fail.disability");
    }

    @Test
    void a_pending_row_does_not_count() {
        CategoryPeriod pending = new CategoryPeriod(Category.CHILD_WITHOUT_SUPPORT, END, false, ACT);
        assertThat(ConfirmedRates.of(List.of(pending), Instant.parse("2026-12-02T00:00:00Z")))
                .isEmpty();
    }
}
