package vn.ansinh.report.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import vn.ansinh.casework.domain.CaseStatus;
import vn.ansinh.casework.domain.EndReason;

class HeadcountTest {

    private static final LocalDate JAN = LocalDate.of(2026, 1, 1);
    private static final LocalDate MAR = LocalDate.of(2026, 3, 1);

    @Test
    void aBeneficiaryCountsFromTheFirstToTheLastMonthOfTheEntitledPeriod() {
        assertThat(Headcount.counts(CaseStatus.TERMINATED, JAN, MAR, YearMonth.of(2025, 12)))
                .isFalse();
        assertThat(Headcount.counts(CaseStatus.TERMINATED, JAN, MAR, YearMonth.of(2026, 1)))
                .isTrue();
        assertThat(Headcount.counts(CaseStatus.TERMINATED, JAN, MAR, YearMonth.of(2026, 3)))
                .isTrue();
        assertThat(Headcount.counts(CaseStatus.TERMINATED, JAN, MAR, YearMonth.of(2026, 4)))
                .isFalse();
        assertThat(Headcount.counts(CaseStatus.ACTIVE, JAN, null, YearMonth.of(2030, 4)))
                .isTrue();
    }

    @Test
    void aPausedBenefitStillCountsButAnUndecidedOrRefusedCaseNever() {
        assertThat(Headcount.counts(CaseStatus.SUSPENDED, JAN, null, YearMonth.of(2026, 2)))
                .isTrue();
        assertThat(Headcount.counts(CaseStatus.ESCAPED, JAN, MAR, YearMonth.of(2026, 2)))
                .isTrue();
        for (CaseStatus undecided : new CaseStatus[] {
            CaseStatus.DRAFT,
            CaseStatus.SUBMITTED,
            CaseStatus.POSTED,
            CaseStatus.RETURNED,
            CaseStatus.WITHDRAWN,
            CaseStatus.REJECTED
        }) {
            assertThat(Headcount.counts(undecided, JAN, null, YearMonth.of(2026, 2)))
                    .as(undecided.name())
                    .isFalse();
        }
        assertThat(Headcount.counts(CaseStatus.ACTIVE, null, null, YearMonth.of(2026, 2)))
                .as("no entitled period: not a monthly benefit")
                .isFalse();
    }

    @Test
    void theSqlIsWrittenFromTheStatusRuleAndAcceptsOnlyAParameterOrAMonthLiteral() {
        String sql = Headcount.sql("c", "?1");
        for (CaseStatus status : CaseStatus.values()) {
            assertThat(sql.contains("'" + status.name() + "'"))
                    .as(status.name())
                    .isEqualTo(Headcount.granted(status));
        }
        assertThat(Headcount.sql("c", Headcount.literal(YearMonth.of(2026, 3)))).contains("DATE '2026-03-01'");
        assertThatThrownBy(() -> Headcount.sql("c", "'2026-03-01' OR 1=1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Headcount.sql("c; drop", "?1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyEndReasonHasItsColumn() {
        for (EndReason reason : EndReason.values()) {
            assertThat(StopReason.values()).anyMatch(r -> r.endReason() == reason);
        }
    }
}
