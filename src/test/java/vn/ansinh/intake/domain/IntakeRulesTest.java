package vn.ansinh.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.Programme;
import vn.ansinh.shared.kernel.ProgrammeField;

class IntakeRulesTest {

    @Test
    void scansAreRecognisedByTheirFirstBytesNotTheirName() {
        assertThat(ScanMediaType.sniff("%PDF-1.7".getBytes(StandardCharsets.US_ASCII)))
                .contains(ScanMediaType.PDF);
        assertThat(ScanMediaType.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}))
                .contains(ScanMediaType.JPEG);
        assertThat(ScanMediaType.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}))
                .contains(ScanMediaType.PNG);
        assertThat(ScanMediaType.sniff("<html><script>".getBytes(StandardCharsets.US_ASCII)))
                .isEmpty();
        assertThat(ScanMediaType.sniff(new byte[] {'%', 'P'})).isEmpty();
    }

    @Test
    void storedNamesLoseTheirPathsAndTakeTheRealExtension() {
        assertThat(StoredFile.safeName("C:\\Users\\a\\giấy khai sinh.exe", ScanMediaType.PDF))
                .isEqualTo("giấy khai sinh.pdf");
        assertThat(StoredFile.safeName("../../etc/passwd", ScanMediaType.PNG)).isEqualTo("passwd.png");
        assertThat(StoredFile.safeName("<script>.html", ScanMediaType.JPEG)).isEqualTo("_script_.jpg");
        assertThat(StoredFile.safeName("", ScanMediaType.PDF)).isEqualTo("tai-lieu.pdf");
    }

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
                .isInstanceOf(IntakeException.class);
        assertThatThrownBy(() -> ProgrammeField.DISABILITY_LEVEL.validate("MILD"))
                .isInstanceOf(IntakeException.class);
        assertThatThrownBy(() -> ProgrammeField.SCHOOL_NAME.validate(""))
                .isInstanceOf(IntakeException.class)
                .extracting(e -> ((IntakeException) e).messageKey())
                .isEqualTo("application.error.required");
        assertThat(ProgrammeField.REHAB_FORM.validate("IN_COMMUNITY")).isEqualTo("IN_COMMUNITY");
    }

    @Test
    void aProgrammeTextFieldThatASpreadsheetWouldRunAsAFormulaIsRefused() {
        assertThatThrownBy(() -> ProgrammeField.SCHOOL_NAME.validate("=HYPERLINK(\"http://evil.example\",\"x\")"))
                .isInstanceOf(IntakeException.class)
                .hasMessageContaining("text.error.formula");
        assertThatThrownBy(() -> ProgrammeField.MERITORIOUS_PERSON_NAME.validate("@SUM(A1)"))
                .isInstanceOf(IntakeException.class)
                .hasMessageContaining("text.error.formula");
        assertThat(ProgrammeField.SCHOOL_NAME.validate("Trường THPT Tuần Giáo")).isEqualTo("Trường THPT Tuần Giáo");
    }
}
