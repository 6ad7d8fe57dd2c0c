package vn.ansinh.shared.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The programme vocabulary every domain uses: categories, their programmes and their own fields. */
class ProgrammeVocabularyTest {

    @Test
    void everyCategoryBelongsToItsProgrammeAndDisabilityNeedsItsLevel() {
        assertThat(Programme.SOCIAL_ASSISTANCE.categories())
                .contains(Category.DISABLED)
                .doesNotContain(Category.WAR_INVALID);
        assertThat(Category.DISABLED.fields()).containsExactly(ProgrammeField.DISABILITY_LEVEL);
        assertThat(Category.VOLUNTARY_REHABILITATION.fields()).containsExactly(ProgrammeField.REHAB_FORM);
    }

    @Test
    void programmeFieldsCheckTheirValues() {
        assertThat(ProgrammeField.IMPAIRMENT_PERCENT.validate(" 081 ")).isEqualTo("81");
        assertThatThrownBy(() -> ProgrammeField.IMPAIRMENT_PERCENT.validate("101"))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> ProgrammeField.DISABILITY_LEVEL.validate("MILD"))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> ProgrammeField.SCHOOL_NAME.validate(""))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).messageKey())
                .isEqualTo("application.error.required");
        assertThat(ProgrammeField.REHAB_FORM.validate("IN_COMMUNITY")).isEqualTo("IN_COMMUNITY");
    }

    @Test
    void aProgrammeTextFieldThatASpreadsheetWouldRunAsAFormulaIsRefused() {
        assertThatThrownBy(() -> ProgrammeField.SCHOOL_NAME.validate("=HYPERLINK(\"http://evil.example\",\"x\")"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("text.error.formula");
        assertThatThrownBy(() -> ProgrammeField.MERITORIOUS_PERSON_NAME.validate("@SUM(A1)"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("text.error.formula");
        assertThat(ProgrammeField.SCHOOL_NAME.validate("Trường THPT Tuần Giáo")).isEqualTo("Trường THPT Tuần Giáo");
    }
}
