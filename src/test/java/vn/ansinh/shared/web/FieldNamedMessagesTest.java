package vn.ansinh.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.ansinh.shared.kernel.InvalidValueException;
import vn.ansinh.shared.kernel.ProgrammeField;

/** A programme field's refusal names the field, in the language of the page (issue 14, item 3). */
class FieldNamedMessagesTest {

    private static final Locale VI = Locale.forLanguageTag("vi-VN");

    @Test
    void anEmptyRequiredFieldIsNamedInVietnameseAndInEnglish() {
        InvalidValueException refusal =
                catchThrowableOfType(InvalidValueException.class, () -> ProgrammeField.DISABILITY_LEVEL.validate(" "));

        assertThat(Messages.text(VI, refusal.messageKey(), refusal.arguments()))
                .isEqualTo("Cần nhập «Mức độ khuyết tật».");
        assertThat(Messages.text(Locale.ENGLISH, refusal.messageKey(), refusal.arguments()))
                .isEqualTo("\"Disability level\" is required.");
    }

    @Test
    void aNumberOutOfRangeNamesTheFieldAndTheBounds() {
        InvalidValueException refusal = catchThrowableOfType(
                InvalidValueException.class, () -> ProgrammeField.IMPAIRMENT_PERCENT.validate("101"));

        assertThat(Messages.text(VI, refusal.messageKey(), refusal.arguments()))
                .startsWith("«Tỷ lệ")
                .endsWith("» phải từ 5 đến 100.");
    }

    @Test
    void everyProgrammeFieldHasANameInBothLanguages() {
        for (ProgrammeField field : ProgrammeField.values()) {
            assertThat(Messages.text(VI, field.labelKey())).as(field.name()).isNotEqualTo(field.labelKey());
            assertThat(Messages.text(Locale.ENGLISH, field.labelKey()))
                    .as(field.name())
                    .isNotEqualTo(field.labelKey());
        }
    }
}
