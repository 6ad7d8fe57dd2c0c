package vn.ansinh.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CoefficientsTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    @Test
    void vietnameseWritesTheDecimalCommaAndNoUselessZeros() {
        assertThat(Coefficients.text(new BigDecimal("1.500"), VI)).isEqualTo("1,5");
        assertThat(Coefficients.text(new BigDecimal("2.000"), VI)).isEqualTo("2");
        assertThat(Coefficients.text(new BigDecimal("0.125"), VI)).isEqualTo("0,125");
        assertThat(Coefficients.text(new BigDecimal("10.000"), VI)).isEqualTo("10");
    }

    @Test
    void englishWritesTheDecimalPoint() {
        assertThat(Coefficients.text(new BigDecimal("1.500"), Locale.ENGLISH)).isEqualTo("1.5");
        assertThat(Coefficients.text(new BigDecimal("2.000"), Locale.ENGLISH)).isEqualTo("2");
    }

    @Test
    void nothingIsWrittenForNoCoefficient() {
        assertThat(Coefficients.text(null, VI)).isEmpty();
    }
}
