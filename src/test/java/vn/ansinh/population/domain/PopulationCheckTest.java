package vn.ansinh.population.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ansinh.registry.domain.PartialDate;

/** The latest answer per person: an outage never erases what is known. */
class PopulationCheckTest {

    private static final Instant MORNING = Instant.parse("2026-12-05T01:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    @Test
    void aPersonFirstCheckedDuringAnOutageIsNotCheckedAndSaysWhy() {
        PopulationCheck check = PopulationCheck.first(
                7L, PopulationAnswer.unavailable("7", "population.unavailable.timeout"), "officer", MORNING, TODAY);

        assertThat(check.outcome()).isEqualTo(CheckOutcome.UNAVAILABLE);
        assertThat(check.checkedOn()).isNull();
        assertThat(check.lastAttemptFailed()).isTrue();
        assertThat(check.messageKey()).isEqualTo("population.unavailable.timeout");
    }

    @Test
    void aFailedCheckKeepsTheLastAnswerAndANewAnswerClearsTheFailure() {
        var name = new Mismatch(PopulationField.FULL_NAME, "Lường Văn Xôm");
        PopulationCheck check = PopulationCheck.first(
                7L,
                PopulationAnswer.found("7", List.of(PopulationField.SEX), List.of(name), false, null),
                "officer",
                MORNING,
                TODAY);

        check.record(
                PopulationAnswer.unavailable("7", "population.unavailable.unreachable"),
                "officer",
                MORNING.plusSeconds(86_400),
                TODAY.plusDays(1));

        assertThat(check.outcome()).isEqualTo(CheckOutcome.MISMATCHED);
        assertThat(check.mismatches()).containsExactly(name);
        assertThat(check.checkedOn()).isEqualTo(TODAY);
        assertThat(check.messageKey()).isEqualTo("population.unavailable.unreachable");

        check.record(
                PopulationAnswer.found("7", List.of(), List.of(), true, LocalDate.of(2026, 10, 2)),
                "approver",
                MORNING.plusSeconds(2 * 86_400),
                TODAY.plusDays(2));

        assertThat(check.outcome()).isEqualTo(CheckOutcome.DECEASED);
        assertThat(check.deathDate()).isEqualTo(LocalDate.of(2026, 10, 2));
        assertThat(check.mismatches()).isEmpty();
        assertThat(check.lastAttemptFailed()).isFalse();
        assertThat(check.checkedBy()).isEqualTo("approver");
    }

    @Test
    void deceasedOutweighsMismatchesAndOnlyItRaisesAnAlert() {
        var answer = PopulationAnswer.found(
                "1", List.of(), List.of(new Mismatch(PopulationField.SEX, "FEMALE")), true, null);

        assertThat(answer.outcome()).isEqualTo(CheckOutcome.DECEASED);
        assertThat(java.util.Arrays.stream(CheckOutcome.values()).filter(CheckOutcome::raisesDeathAlert))
                .containsExactly(CheckOutcome.DECEASED);
        assertThat(java.util.Arrays.stream(CheckOutcome.values()).filter(CheckOutcome::needsReview))
                .containsExactly(CheckOutcome.MISMATCHED, CheckOutcome.DECEASED, CheckOutcome.NOT_FOUND);
    }

    @Test
    void birthDatesGoOutInIsoAsPreciselyAsTheyAreKnown() {
        assertThat(PopulationQuery.iso(PartialDate.of(1948))).isEqualTo("1948");
        assertThat(PopulationQuery.iso(PartialDate.of(1948, 3))).isEqualTo("1948-03");
        assertThat(PopulationQuery.iso(PartialDate.of(1948, 3, 5))).isEqualTo("1948-03-05");
    }
}
