package vn.ansinh.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class VietnameseFormatTest {

    @Test
    void anAmountIsWrittenWithDotsBetweenThousands() {
        assertThat(VietnameseFormat.money(1_500_000)).isEqualTo("1.500.000");
        assertThat(VietnameseFormat.money(750_000)).isEqualTo("750.000");
        assertThat(VietnameseFormat.money(999)).isEqualTo("999");
        assertThat(VietnameseFormat.money(0)).isEqualTo("0");
        assertThat(VietnameseFormat.money(-360_000)).isEqualTo("-360.000");
    }

    @Test
    void aDayIsWrittenDayMonthYearAndAMonthMonthYearWithLeadingZeros() {
        assertThat(VietnameseFormat.date(LocalDate.of(2026, 3, 5))).isEqualTo("05/03/2026");
        assertThat(VietnameseFormat.month(YearMonth.of(2026, 3))).isEqualTo("03/2026");
        assertThat(VietnameseFormat.month(YearMonth.of(2025, 12))).isEqualTo("12/2025");
    }

    @Test
    void aMissingValueIsWrittenAsNothing() {
        assertThat(VietnameseFormat.date(null)).isEmpty();
        assertThat(VietnameseFormat.month(null)).isEmpty();
    }
}
