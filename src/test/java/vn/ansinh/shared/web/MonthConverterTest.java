package vn.ansinh.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.faces.convert.ConverterException;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The month every page reads: MM/yyyy (the ISO 2026-07 too), 13/2026 refused, shown back as MM/yyyy. */
class MonthConverterTest {

    private final MonthConverter converter = new MonthConverter();

    private YearMonth read(String text) {
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
    void aMonthIsTypedAsVietnameseFormsWriteItOrInIsoForm() {
        assertThat(read(" 07/2026 ")).isEqualTo(YearMonth.of(2026, 7));
        assertThat(read("2026-07")).isEqualTo(YearMonth.of(2026, 7));
        assertThat(read("7/2026")).isEqualTo(YearMonth.of(2026, 7));
        assertThat(converter.getAsString(null, null, read("7/2026"))).isEqualTo("07/2026");
    }

    @Test
    void theThirteenthMonthAndGarbageAreRefused() {
        assertThat(refusal("13/2026"))
                .isEqualTo("«13/2026» không phải là một tháng: hãy nhập tháng/năm, ví dụ 07/2026.");
        for (String garbage : new String[] {"0/2026", "2026-13", "07/26", "tháng 7", "01/02/2026", "2026/07"}) {
            assertThat(refusal(garbage)).as(garbage).startsWith("«" + garbage + "» không phải là một tháng");
        }
    }

    @Test
    void emptyTextIsNoMonth() {
        assertThat(read(null)).isNull();
        assertThat(read("")).isNull();
        assertThat(converter.getAsString(null, null, null)).isEmpty();
    }
}
