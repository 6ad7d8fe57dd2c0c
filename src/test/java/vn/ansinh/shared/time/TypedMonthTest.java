package vn.ansinh.shared.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class TypedMonthTest {

    @Test
    void aMonthIsTypedAsVietnameseFormsWriteItOrInIsoForm() {
        assertThat(TypedMonth.parse(" 07/2026 ")).contains(YearMonth.of(2026, 7));
        assertThat(TypedMonth.parse("2026-07")).contains(YearMonth.of(2026, 7));
    }

    @Test
    void blankOrMalformedTextIsNoMonth() {
        assertThat(TypedMonth.parse(null)).isEmpty();
        assertThat(TypedMonth.parse("")).isEmpty();
        assertThat(TypedMonth.parse("13/2026")).isEmpty();
        assertThat(TypedMonth.parse("7/2026")).isEmpty();
        assertThat(TypedMonth.parse("tháng 7")).isEmpty();
    }
}
