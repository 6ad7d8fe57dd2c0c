package vn.ansinh.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The classification follows the poverty line of the review's period (DOMAIN.md §1.3). */
class PovertyStandardTest {

    private final PovertyStandard rural2022 =
            new PovertyStandard(2022, 2026, Area.RURAL, 1_500_000, 2_250_000L, 3, "ND 07/2021");
    private final PovertyStandard urban2022 =
            new PovertyStandard(2022, 2026, Area.URBAN, 2_000_000, 3_000_000L, 3, "ND 07/2021");
    private final PovertyStandard rural2027 =
            new PovertyStandard(2027, 2030, Area.RURAL, 2_200_000, null, 3, "ND 351/2025");

    private static final Deprivations THREE = Deprivations.of(
            DeprivationIndicator.EMPLOYMENT, DeprivationIndicator.NUTRITION, DeprivationIndicator.HOUSING_QUALITY);
    private static final Deprivations TWO =
            Deprivations.of(DeprivationIndicator.EMPLOYMENT, DeprivationIndicator.NUTRITION);

    @Test
    void atOrUnderTheLineWithThreeDeprivationsIsPoorAndWithFewerNearPoor() {
        assertThat(rural2022.classify(1_500_000, THREE, null)).isEqualTo(PovertyClassification.POOR);
        assertThat(rural2022.classify(1_500_000, TWO, null)).isEqualTo(PovertyClassification.NEAR_POOR);
    }

    @Test
    void theSameIncomeIsPoorInTownButAverageInTheCountryside() {
        assertThat(urban2022.classify(1_800_000, THREE, null)).isEqualTo(PovertyClassification.POOR);
        assertThat(rural2022.classify(1_800_000, THREE, null)).isEqualTo(PovertyClassification.AVERAGE);
    }

    @Test
    void the2027LineMakesA2026AverageHouseholdPoor() {
        assertThat(rural2022.classify(2_000_000, THREE, null)).isEqualTo(PovertyClassification.AVERAGE);
        assertThat(rural2027.classify(2_000_000, THREE, null)).isEqualTo(PovertyClassification.POOR);
    }

    @Test
    void aPoorHouseholdAboveTheLineNextYearIsNewlyEscaped() {
        assertThat(rural2022.classify(1_600_000, TWO, PovertyClassification.POOR))
                .isEqualTo(PovertyClassification.NEWLY_ESCAPED);
        assertThat(rural2022.classify(1_600_000, TWO, PovertyClassification.AVERAGE))
                .isEqualTo(PovertyClassification.AVERAGE);
    }

    @Test
    void aboveTheAverageBoundOrWithoutOneIsAboveAverage() {
        assertThat(rural2022.classify(2_250_001, TWO, null)).isEqualTo(PovertyClassification.ABOVE_AVERAGE);
        assertThat(rural2027.classify(2_300_000, TWO, null)).isEqualTo(PovertyClassification.ABOVE_AVERAGE);
    }

    @Test
    void aStandardAppliesOnlyToItsYearsAndArea() {
        assertThat(rural2022.appliesTo(2026, Area.RURAL)).isTrue();
        assertThat(rural2022.appliesTo(2027, Area.RURAL)).isFalse();
        assertThat(rural2022.appliesTo(2025, Area.URBAN)).isFalse();
    }

    @Test
    void deprivationsSurviveTheTwelveBitMask() {
        Deprivations all = Deprivations.fromMask(0xFFF);
        assertThat(all.count()).isEqualTo(12);
        assertThat(Deprivations.fromMask(THREE.mask())).isEqualTo(THREE);
    }
}
