package vn.ansinh.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.ansinh.shared.kernel.AdminUnitCode;

class DuplicateScoreTest {

    private static final AdminUnitCode TUAN_GIAO = AdminUnitCode.of("03253");
    private static final AdminUnitCode OTHER_COMMUNE = AdminUnitCode.of("03256");

    @Test
    void theSameNameWithoutDiacriticsInTheSameCommuneScoresFull() {
        assertThat(score("Lường Văn Hặc", "Luong Van Hac", TUAN_GIAO)).isEqualTo(100);
    }

    @Test
    void swappedWordOrderIsStillTheSameName() {
        assertThat(score("Nguyễn Văn An", "Văn An Nguyễn", TUAN_GIAO)).isEqualTo(100);
    }

    @Test
    void aNeighbouringCommuneScoresLessThanTheSameOne() {
        assertThat(score("Lường Văn Hặc", "Lường Văn Hặc", OTHER_COMMUNE)).isEqualTo(93);
    }

    @Test
    void aDifferentNameScoresUnderTheDefaultWarningLevel() {
        assertThat(score("Nguyễn Văn An", "Trần Thị Bích", TUAN_GIAO)).isLessThan(75);
    }

    @Test
    void differentSexOrBirthYearIsNoDuplicate() {
        assertThat(DuplicateScore.of(
                        "Lò Văn A",
                        PartialDate.of(1950),
                        Sex.MALE,
                        TUAN_GIAO,
                        "Lò Văn A",
                        PartialDate.of(1950),
                        Sex.FEMALE,
                        TUAN_GIAO))
                .isZero();
        assertThat(DuplicateScore.of(
                        "Lò Văn A",
                        PartialDate.of(1950),
                        Sex.MALE,
                        TUAN_GIAO,
                        "Lò Văn A",
                        PartialDate.of(1951),
                        Sex.MALE,
                        TUAN_GIAO))
                .isZero();
    }

    @Test
    void twoDifferentFullBirthDatesLowerTheScore() {
        int same = DuplicateScore.of(
                "Lò Văn A",
                PartialDate.of(1950, 3, 1),
                Sex.MALE,
                TUAN_GIAO,
                "Lò Văn A",
                PartialDate.of(1950, 3, 1),
                Sex.MALE,
                TUAN_GIAO);
        int differ = DuplicateScore.of(
                "Lò Văn A",
                PartialDate.of(1950, 3, 1),
                Sex.MALE,
                TUAN_GIAO,
                "Lò Văn A",
                PartialDate.of(1950, 9, 9),
                Sex.MALE,
                TUAN_GIAO);
        assertThat(differ).isEqualTo(same - 25);
    }

    private static int score(String a, String b, AdminUnitCode communeB) {
        return DuplicateScore.of(
                a, PartialDate.of(1948), Sex.MALE, TUAN_GIAO, b, PartialDate.of(1948), Sex.MALE, communeB);
    }
}
