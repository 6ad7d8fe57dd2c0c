package vn.ansinh.population.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The database's ISO dates as pages write days: dd/MM/yyyy, as precise as given. */
class PopulationTextsTest {

    @Test
    void isoDatesAreShownInVietnameseOrderAtTheirPrecision() {
        assertThat(PopulationTexts.day("1955-07-01")).isEqualTo("01/07/1955");
        assertThat(PopulationTexts.day("1955-07")).isEqualTo("07/1955");
        assertThat(PopulationTexts.day("1955")).isEqualTo("1955");
        assertThat(PopulationTexts.day("01/07/1955")).isEqualTo("01/07/1955");
    }
}
