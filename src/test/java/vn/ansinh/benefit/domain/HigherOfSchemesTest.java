package vn.ansinh.benefit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ansinh.benefit.domain.HigherOfSchemes.Claim;
import vn.ansinh.benefit.domain.HigherOfSchemes.Payment;

class HigherOfSchemesTest {

    private static final YearMonth EARLY = YearMonth.of(2024, 7);
    private static final YearMonth LATE = YearMonth.of(2025, 7);

    @Test
    void theHigherAmountIsPaid() {
        Claim assistance = new Claim(1, Scheme.SOCIAL_ASSISTANCE, 1_000_000, LATE, false);
        Claim pension = new Claim(2, Scheme.SOCIAL_PENSION, 500_000, EARLY, false);
        assertThat(HigherOfSchemes.toPay(List.of(pension, assistance))).contains(new Payment(assistance, 1_000_000));
    }

    @Test
    void onEqualAmountsThePersonStaysInTheSchemeTheyAreIn() {
        Claim assistance = new Claim(9, Scheme.SOCIAL_ASSISTANCE, 500_000, EARLY, false);
        Claim pension = new Claim(3, Scheme.SOCIAL_PENSION, 500_000, LATE, false);
        assertThat(HigherOfSchemes.toPay(List.of(pension, assistance)))
                .map(Payment::claim)
                .contains(assistance);
        Claim pensionFirst = new Claim(3, Scheme.SOCIAL_PENSION, 500_000, EARLY.minusMonths(1), false);
        assertThat(HigherOfSchemes.toPay(List.of(pensionFirst, assistance)))
                .map(Payment::claim)
                .contains(pensionFirst);
    }

    @Test
    void aHigherSchemeDecidedAfterTheLowerWasPaidPaysOnlyTheDifference() {
        Claim paid = new Claim(1, Scheme.SOCIAL_ASSISTANCE, 500_000, EARLY, true);
        Claim higher = new Claim(2, Scheme.SOCIAL_PENSION, 700_000, EARLY, false);
        assertThat(HigherOfSchemes.toPay(List.of(higher, paid))).contains(new Payment(higher, 200_000));
    }

    @Test
    void aLowerOrEqualSchemeDecidedAfterTheHigherWasPaidPaysNothingAndClawsNothingBack() {
        Claim paid = new Claim(1, Scheme.SOCIAL_ASSISTANCE, 1_000_000, EARLY, true);
        Claim lower = new Claim(2, Scheme.SOCIAL_PENSION, 500_000, EARLY, false);
        assertThat(HigherOfSchemes.toPay(List.of(lower, paid))).isEmpty();
        Claim equal = new Claim(3, Scheme.SOCIAL_PENSION, 1_000_000, EARLY, false);
        assertThat(HigherOfSchemes.toPay(List.of(equal, paid))).isEmpty();
    }

    @Test
    void meritoriousLinesAreNotPartOfTheChoice() {
        assertThat(HigherOfSchemes.toPay(List.of(new Claim(1, Scheme.MERITORIOUS, 2_000_000, EARLY, false))))
                .isEmpty();
        assertThat(HigherOfSchemes.toPay(List.of(
                        new Claim(1, Scheme.MERITORIOUS, 2_000_000, EARLY, true),
                        new Claim(2, Scheme.SOCIAL_PENSION, 500_000, EARLY, false))))
                .as("a meritorious line paid is not a social pension paid")
                .map(Payment::amount)
                .contains(500_000L);
        assertThat(HigherOfSchemes.exclusiveSql("l.scheme"))
                .isEqualTo("l.scheme IN ('SOCIAL_ASSISTANCE', 'SOCIAL_PENSION')");
    }
}
