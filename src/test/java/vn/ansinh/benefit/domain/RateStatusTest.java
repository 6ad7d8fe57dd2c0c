package vn.ansinh.benefit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.ansinh.shared.kernel.BusinessRuleException;

/** The life of a rate change: PENDING → CONFIRMED | REJECTED; CONFIRMED → SUPERSEDED; nothing else. */
class RateStatusTest {

    private static final Instant ENTERED = Instant.parse("2026-09-01T02:00:00Z");
    private static final Instant CONFIRMED = Instant.parse("2026-09-02T02:00:00Z");

    @Test
    void aPendingChangeIsConfirmedOrRejectedOnly() {
        assertThat(RateStatus.PENDING.confirm()).isEqualTo(RateStatus.CONFIRMED);
        assertThat(RateStatus.PENDING.reject()).isEqualTo(RateStatus.REJECTED);
        assertThatThrownBy(RateStatus.PENDING::supersede)
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("rate.error.transition");
    }

    @Test
    void onlyAConfirmedRateIsSuperseded() {
        assertThat(RateStatus.CONFIRMED.supersede()).isEqualTo(RateStatus.SUPERSEDED);
        assertThatThrownBy(RateStatus.CONFIRMED::confirm).hasMessage("rate.error.transition");
        assertThatThrownBy(RateStatus.CONFIRMED::reject).hasMessage("rate.error.transition");
    }

    @Test
    void rejectedAndSupersededAreFinal() {
        for (RateStatus end : new RateStatus[] {RateStatus.REJECTED, RateStatus.SUPERSEDED}) {
            for (RateStep step : RateStep.values()) {
                assertThat(end.allows(step)).as("%s %s", end, step).isFalse();
            }
        }
    }

    @Test
    void theRefusalNamesTheStepAndTheStatus() {
        assertThatThrownBy(RateStatus.REJECTED::confirm)
                .isInstanceOfSatisfying(
                        BusinessRuleException.class,
                        e -> assertThat(e.arguments())
                                .extracting(Object::toString)
                                .containsExactly("Label[key=rate.step.CONFIRM]", "Label[key=rate.status.REJECTED]"));
    }

    @Test
    void itsAuthorNeverConfirmsAChangeAnotherAdministratorDoes() {
        StandardLevel level = level();
        level.recordAuthor("admin", ENTERED);

        assertThat(level.mayBeConfirmedBy("admin")).isFalse();
        assertThat(level.mayBeConfirmedBy("admin2")).isTrue();
        level.confirm("admin2", CONFIRMED);
        assertThat(level.status()).isEqualTo(RateStatus.CONFIRMED);
        assertThat(level.decidedBy()).isEqualTo("admin2");
        assertThat(level.mayBeConfirmedBy("admin3")).as("already confirmed").isFalse();
    }

    @Test
    void aRateCountsFromItsConfirmationUntilItIsSuperseded() {
        StandardLevel old = level();
        StandardLevel replacement = level();
        assertThat(ConfirmedRates.counts(old, CONFIRMED.plusSeconds(86_400)))
                .as("pending")
                .isFalse();
        old.confirm("admin2", CONFIRMED);
        Instant replacedAt = CONFIRMED.plusSeconds(3_600);
        replacement.confirm("admin", replacedAt);
        old.supersede(replacement, replacedAt);

        assertThat(ConfirmedRates.counts(old, CONFIRMED.minusNanos(1_000))).isFalse();
        assertThat(ConfirmedRates.counts(old, CONFIRMED)).isTrue();
        assertThat(ConfirmedRates.counts(old, replacedAt.minusNanos(1_000))).isTrue();
        assertThat(ConfirmedRates.counts(old, replacedAt)).isFalse();
        assertThat(ConfirmedRates.counts(replacement, replacedAt)).isTrue();
        assertThat(old.status()).isEqualTo(RateStatus.SUPERSEDED);
    }

    @Test
    void theSqlFormAcceptsOnlyAnAliasAndAMomentParameterOrLiteral() {
        assertThat(ConfirmedRates.condition("s", ConfirmedRates.at(Instant.parse("2026-12-02T04:00:00Z"))))
                .contains("s.confirmed_at <= TIMESTAMP '2026-12-02 04:00:00'");
        assertThatThrownBy(() -> ConfirmedRates.condition("s; DROP TABLE x", "?"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ConfirmedRates.condition("s", "NOW() OR 1=1"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLegalActNeedsItsBasisNumberAndDate() {
        assertThatThrownBy(() -> new LegalAct("Nghị định số 335/2026/NĐ-CP", " ", LocalDate.of(2026, 8, 21)))
                .hasMessage("rate.error.documentNumber");
        assertThatThrownBy(() -> new LegalAct("Nghị định số 335/2026/NĐ-CP", "335/2026/NĐ-CP", null))
                .hasMessage("rate.error.documentDate");
        assertThatThrownBy(() -> new LegalAct("NĐ", "335/2026/NĐ-CP", LocalDate.of(2026, 8, 21)))
                .hasMessage("rate.error.legalBasis");
    }

    private static StandardLevel level() {
        return new StandardLevel(
                Scheme.SOCIAL_ASSISTANCE,
                null,
                LocalDate.of(2026, 7, 1),
                540_000,
                new LegalAct("Nghị định số 335/2026/NĐ-CP", "335/2026/NĐ-CP", LocalDate.of(2026, 8, 21)));
    }
}
