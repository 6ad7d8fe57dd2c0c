package vn.ansinh.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.faces.convert.ConverterException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The day every page reads: dd/MM/yyyy, strict about the calendar (31/02 is refused, never turned into 28/02),
 * lenient about leading zeros; refusals in Vietnamese (the page's language; Vietnamese outside a page).
 */
class DayConverterTest {

    private final DayConverter converter = new DayConverter();

    private LocalDate read(String text) {
        return converter.getAsObject(null, null, text);
    }

    private String refusal(String text) {
        try {
            read(text);
        } catch (ConverterException e) {
            return e.getFacesMessage().getSummary();
        }
        throw new AssertionError(text + " was accepted");
    }

    @Test
    void aDayIsTypedDayMonthYear() {
        assertThat(read("05/03/2026")).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(read(" 31/12/2025 ")).isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @Test
    void leadingZerosMayBeLeftOutAndTheDayIsShownBackWithThem() {
        assertThat(read("1/2/2026")).isEqualTo(LocalDate.of(2026, 2, 1)).isEqualTo(read("01/02/2026"));
        assertThat(converter.getAsString(null, null, read("1/2/2026"))).isEqualTo("01/02/2026");
    }

    @Test
    void theThirtyFirstOfFebruaryIsRefusedNotMovedToItsLastDay() {
        assertThat(refusal("31/02/2026")).isEqualTo("Ngày «31/02/2026» không có thật: tháng 02/2026 chỉ có 28 ngày.");
        assertThat(refusal("31/04/2026")).contains("tháng 04/2026 chỉ có 30 ngày");
    }

    @Test
    void theTwentyNinthOfFebruaryExistsOnlyInALeapYear() {
        assertThat(read("29/02/2024")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(read("29/02/2000")).isEqualTo(LocalDate.of(2000, 2, 29));
        assertThat(refusal("29/02/2026")).contains("tháng 02/2026 chỉ có 28 ngày");
        assertThat(refusal("29/02/1900")).as("1900 is not a leap year").contains("chỉ có 28 ngày");
    }

    @Test
    void emptyTextIsNoDayTheCommandDecidesWhetherOneIsRequired() {
        assertThat(read(null)).isNull();
        assertThat(read("")).isNull();
        assertThat(read("   ")).isNull();
    }

    @Test
    void anythingButDayMonthYearIsRefusedAsNotADay() {
        for (String garbage :
                new String[] {"hôm nay", "2026-02-01", "1/2/26", "01/13/2026", "00/01/2026", "32/01/2026", "01.02.2026"
                }) {
            assertThat(refusal(garbage)).as(garbage).startsWith("«" + garbage + "» không phải là một ngày");
        }
        assertThatThrownBy(() -> read("13/2026")).isInstanceOf(ConverterException.class);
    }

    @Test
    void noDayIsShownAsEmptyText() {
        assertThat(converter.getAsString(null, null, null)).isEmpty();
    }
}
