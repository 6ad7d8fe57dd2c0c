package vn.ansinh.gift.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.ansinh.casework.domain.CaseStatus;

/** Who a one-off list draws at its cut-off, in Java (the SQL form is checked against it by GiftDrawIT). */
class GiftEligibilityTest {

    private static final LocalDate CUT_OFF = LocalDate.of(2026, 1, 20);
    private static final LocalDate FROM = LocalDate.of(2025, 3, 1);
    private static final LocalDate DECIDED = LocalDate.of(2025, 2, 20);

    @Test
    void anActiveBeneficiaryAliveOnTheCutOffQualifies() {
        assertThat(GiftEligibility.qualifies(CaseStatus.ACTIVE, FROM, null, DECIDED, null, CUT_OFF))
                .isTrue();
        assertThat(GiftEligibility.qualifies(CaseStatus.ACTIVE, FROM, null, DECIDED, CUT_OFF, CUT_OFF))
                .as("died on the cut-off day: alive when the day began")
                .isTrue();
    }

    @Test
    void aPersonDeadBeforeTheCutOffDoesNotQualify() {
        assertThat(GiftEligibility.qualifies(
                        CaseStatus.TERMINATED,
                        FROM,
                        LocalDate.of(2026, 1, 1),
                        DECIDED,
                        LocalDate.of(2026, 1, 10),
                        CUT_OFF))
                .isFalse();
    }

    @Test
    void aCaseNotPayingOnTheCutOffOrDecidedAfterItDoesNotQualify() {
        assertThat(GiftEligibility.qualifies(CaseStatus.SUSPENDED, FROM, null, DECIDED, null, CUT_OFF))
                .isFalse();
        assertThat(GiftEligibility.qualifies(
                        CaseStatus.TERMINATED, FROM, LocalDate.of(2025, 12, 1), DECIDED, null, CUT_OFF))
                .isFalse();
        assertThat(GiftEligibility.qualifies(CaseStatus.ACTIVE, FROM, null, LocalDate.of(2026, 1, 21), null, CUT_OFF))
                .isFalse();
        assertThat(GiftEligibility.qualifies(CaseStatus.ACTIVE, LocalDate.of(2026, 2, 1), null, DECIDED, null, CUT_OFF))
                .isFalse();
    }

    @Test
    void theSqlFormNamesOnlyItsAliasesAndTheCutOff() {
        String sql = GiftEligibility.sql("c", "p", CUT_OFF);

        assertThat(sql)
                .contains("c.status IN ('ACTIVE', 'TERMINATED')")
                .contains("DATE '2026-01-01'")
                .contains("c.decided_on <= DATE '2026-01-20'")
                .contains("p.date_of_death >= DATE '2026-01-20'");
        assertThatThrownBy(() -> GiftEligibility.sql("c) OR (1", "p", CUT_OFF))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
