package vn.ansinh.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JaroWinklerTest {

    /** The textbook values (Winkler 1990 and the usual worked examples). */
    @ParameterizedTest
    @CsvSource({"martha, marhta, 0.961", "dwayne, duane, 0.840", "dixon, dicksonx, 0.813"})
    void reproducesTheTextbookValues(String s, String t, double expected) {
        assertThat(JaroWinkler.similarity(s, t)).isCloseTo(expected, within(0.001));
        assertThat(JaroWinkler.similarity(t, s)).isCloseTo(expected, within(0.001));
    }

    @Test
    void equalWordsScoreOneAndWordsWithoutCommonLettersScoreZero() {
        assertThat(JaroWinkler.similarity("an", "an")).isEqualTo(1.0);
        assertThat(JaroWinkler.similarity("lan", "hoa")).isZero();
    }

    @Test
    void aCommonPrefixRaisesTheScore() {
        assertThat(JaroWinkler.similarity("an", "anh")).isCloseTo(0.911, within(0.001));
    }
}
