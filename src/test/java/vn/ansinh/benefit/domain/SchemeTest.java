package vn.ansinh.benefit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.ansinh.casework.domain.Lifecycle;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.Programme;

class SchemeTest {

    @Test
    void theProgrammesPaidMonthlyAreThoseWithAMonthlyAllowanceLifecycle() {
        assertThat(Scheme.paidProgrammes())
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(Programme.values())
                        .filter(p -> Lifecycle.of(p) == Lifecycle.MONTHLY_ALLOWANCE)
                        .toList());
        assertThat(Scheme.paidProgrammes()).contains(Programme.SOCIAL_PENSION);
    }

    @Test
    void theSocialPensionIsItsOwnScheme() {
        assertThat(Scheme.ofMonthly(Programme.SOCIAL_PENSION)).contains(Scheme.SOCIAL_PENSION);
        assertThat(Scheme.of(Category.SOCIAL_PENSION_75_NO_PENSION)).contains(Scheme.SOCIAL_PENSION);
        assertThat(Scheme.of(Category.SOCIAL_PENSION_70_POOR)).contains(Scheme.SOCIAL_PENSION);
        assertThat(Scheme.of(Category.FUNERAL_SOCIAL_PENSION)).contains(Scheme.SOCIAL_PENSION);
        // a meritorious person's funeral support is 10 times the base salary, its own reference level
        assertThat(Scheme.of(Category.FUNERAL_MERITORIOUS)).contains(Scheme.BASE_SALARY);
        assertThat(Scheme.BASE_SALARY.isPayrollScheme()).isFalse();
        assertThat(Scheme.ofMonthly(Programme.FUNERAL_SUPPORT)).isEqualTo(Optional.empty());
    }

    @Test
    void theSqlNamesEveryPaidProgrammeWithItsScheme() {
        assertThat(Scheme.sqlOf("c.programme"))
                .isEqualTo("CASE c.programme WHEN 'MERITORIOUS_PERSON' THEN 'MERITORIOUS'"
                        + " WHEN 'MERITORIOUS_RELATIVE' THEN 'MERITORIOUS' WHEN 'SOCIAL_ASSISTANCE' THEN 'SOCIAL_ASSISTANCE'"
                        + " WHEN 'SOCIAL_PENSION' THEN 'SOCIAL_PENSION' END");
        assertThat(Scheme.paidProgrammesSql("c.programme"))
                .isEqualTo(
                        "c.programme IN ('MERITORIOUS_PERSON', 'MERITORIOUS_RELATIVE', 'SOCIAL_ASSISTANCE', 'SOCIAL_PENSION')");
        assertThat(Scheme.MERITORIOUS.programmesSql("c.programme"))
                .isEqualTo("c.programme IN ('MERITORIOUS_PERSON', 'MERITORIOUS_RELATIVE')");
    }
}
