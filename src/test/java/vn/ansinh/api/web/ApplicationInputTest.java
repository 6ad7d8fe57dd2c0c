package vn.ansinh.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ansinh.intake.domain.ScanMediaType;
import vn.ansinh.shared.command.AccessDeniedException;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.ProgrammeField;

class ApplicationInputTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    @Test
    void aCompleteRequestBecomesItsPartsWithTodayAsTheDayReceivedWhenNoneIsSent() {
        ApplicationInput input = new ApplicationInput();
        input.personId = 12L;
        input.programme = "SOCIAL_ASSISTANCE";
        input.category = "DISABLED";
        input.fields = Map.of("DISABILITY_LEVEL", "SEVERE");

        ApplicationInput.Parts parts = input.toParts(TODAY);

        assertThat(parts.personId()).isEqualTo(12L);
        assertThat(parts.category()).isEqualTo(Category.DISABLED);
        assertThat(parts.values()).containsEntry(ProgrammeField.DISABILITY_LEVEL, "SEVERE");
        assertThat(parts.receivedOn()).isEqualTo(TODAY);
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        ApplicationInput input = new ApplicationInput();
        input.category = "ELDERLY_81";
        input.fields = Map.of("SHOE_SIZE", "42");
        input.receivedOn = "05/12/2026";

        assertThatThrownBy(() -> input.toParts(TODAY))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        e -> assertThat(e.fields())
                                .containsExactlyInAnyOrder("personId", "category", "fields.SHOE_SIZE", "receivedOn"));
    }

    @Test
    void aProgrammeThatIsNotTheCategorysIsRefused() {
        ApplicationInput input = new ApplicationInput();
        input.personId = 12L;
        input.programme = "MERITORIOUS_PERSON";
        input.category = "ELDERLY_80_NO_PENSION";
        input.receivedOn = "2026-12-01";

        assertThatThrownBy(() -> input.toParts(TODAY)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.fields()).containsExactly("programme");
            assertThat(e.fieldProblems.get("programme").messageKey()).isEqualTo("api.error.categoryProgramme");
        });
    }

    @Test
    void onlyTheThreeScanTypesAreAcceptedAsTheBodyOfAnUpload() {
        assertThat(UploadType.of("application/pdf")).contains(ScanMediaType.PDF);
        assertThat(UploadType.of("Image/JPEG; name=a.jpg")).contains(ScanMediaType.JPEG);
        assertThat(UploadType.of("text/html")).isEmpty();
        assertThat(UploadType.of(null)).isEmpty();
    }

    @Test
    void aRecordOutsideTheCallersUnitIsAnsweredAsMissingButARoleRefusalStaysARefusal() {
        assertThatThrownBy(() -> OwnUnit.write(() -> {
                    throw new AccessDeniedException("error.access.unit", "elsewhere");
                }))
                .isInstanceOfSatisfying(
                        AccessDeniedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.notFound"));
        assertThatThrownBy(() -> OwnUnit.write(() -> {
                    throw new AccessDeniedException("error.access.role", "auditor");
                }))
                .isInstanceOfSatisfying(
                        AccessDeniedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.access.role"));
    }
}
