package vn.ansinh.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameSimilarityTest {

    @Test
    void namesThatDifferOnlyInDiacriticsAreTheSame() {
        assertThat(NameSimilarity.score("Nguyễn Văn An", "Nguyen Van An")).isEqualTo(1.0);
        assertThat(NameSimilarity.score("Nguyễn Văn An", "Nguyễn Văn Ân")).isEqualTo(1.0);
        assertThat(NameSimilarity.score("ĐỖ THỊ HOA", "do thi hoa")).isEqualTo(1.0);
    }

    @Test
    void theOrderOfTheWordsDoesNotMatter() {
        assertThat(NameSimilarity.score("Văn An Nguyễn", "Nguyễn Văn An")).isEqualTo(1.0);
    }

    @Test
    void aNameDifferingByOneLetterScoresHigh() {
        assertThat(NameSimilarity.score("Nguyễn Văn An", "Nguyễn Văn Anh"))
                .isGreaterThanOrEqualTo(0.85)
                .isLessThan(1.0);
    }

    @Test
    void aTypingSlipInOneWordScoresHigh() {
        assertThat(NameSimilarity.score("Nguyễn Thị Lan", "Ngyuễn Thị Lan"))
                .isGreaterThan(0.9)
                .isLessThan(1.0);
    }

    @Test
    void aDifferentPersonScoresLow() {
        assertThat(NameSimilarity.score("Nguyễn Văn An", "Trần Thị Bích")).isLessThan(0.5);
    }

    @Test
    void aMissingMiddleNameCostsItsShareOfTheWords() {
        assertThat(NameSimilarity.score("Nguyễn An", "Nguyễn Văn An")).isCloseTo(0.8, within(1e-9));
    }

    @Test
    void sharingOnlyTheFamilyAndMiddleNameGivesTwoThirds() {
        assertThat(NameSimilarity.score("Nguyễn Thị Lan", "Nguyễn Thị Hoa")).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(NameSimilarity.score("Nguyễn Văn An", "Nguyễn Văn Bình")).isCloseTo(2.0 / 3, within(1e-9));
    }

    @Test
    void aRepeatedWordIsMatchedOnlyOnce() {
        assertThat(NameSimilarity.score("Lê Lê", "Lê")).isCloseTo(2.0 / 3, within(1e-9));
    }

    @Test
    void aBlankNameScoresZero() {
        assertThat(NameSimilarity.score("", "Nguyễn Văn An")).isZero();
        assertThat(NameSimilarity.score(null, null)).isZero();
    }

    @ParameterizedTest
    @CsvSource({
        "Nguyễn Văn An, Nguyễn Văn Anh",
        "Nguyễn Văn An, Trần Thị Bích",
        "Lê Thị Hồng, Lê Hồng",
        "Hoàng Minh, Huỳnh Minh",
        "H'Hen Niê, Niê H’Hen"
    })
    void theScoreIsSymmetricAndBetweenZeroAndOne(String a, String b) {
        double score = NameSimilarity.score(a, b);

        assertThat(score).isBetween(0.0, 1.0).isEqualTo(NameSimilarity.score(b, a));
    }
}
