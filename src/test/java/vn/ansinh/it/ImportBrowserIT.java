package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ansinh.registry.application.ImportFiles.person;
import static vn.ansinh.registry.application.ImportFiles.review;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.ansinh.devstack.DemoUser;
import vn.ansinh.it.pages.PersonImportPage;
import vn.ansinh.registry.application.ImportColumn;
import vn.ansinh.registry.application.ImportFiles;

/** The annual review arrives as Excel: the officer sees the report first, then confirms. */
class ImportBrowserIT {

    @RegisterExtension
    final BrowserSession browser = new BrowserSession();

    private final AnSinhPages pages = browser.pages();
    private final TestDatabase db = browser.db();
    private final PersonImportPage importPage = new PersonImportPage(pages);

    @Test
    void aMixedFileIsReportedRowByRowAndOnlyTheValidHouseholdIsWrittenAfterConfirmation() throws Exception {
        Path file = Files.createTempFile("ra-soat-2025-", ".xlsx");
        Files.write(
                file,
                ImportFiles.withTemplateHeaders()
                        .row(review(
                                person(1, "Hà Văn Xôm", "1962", "Nam", "Thái", "011062004321", "H1", "Chủ hộ"),
                                2025,
                                1_000_000,
                                ImportColumn.EMPLOYMENT,
                                ImportColumn.NUTRITION,
                                ImportColumn.HOUSING_QUALITY))
                        .row(person(2, "Hà Thị Lựu", "05/1965", "Nữ", "Thái", "011165004322", "H1", "Vợ/chồng"))
                        .row(person(3, "Sai Ngày Sinh", "31/02/1990", "Nam", "Kinh", null, "H2", "Chủ hộ"))
                        .bytes());
        long before = db.count("person");
        pages.openAs(DemoUser.OFFICER_TUAN_GIAO, PersonImportPage.PATH);

        importPage.upload(file);

        String summary = importPage.summary();
        assertThat(summary).contains("3 dòng").contains("2 người").contains("1 hộ");
        assertThat(importPage.problems()).contains("C4").contains("Tháng 2 năm 1990 không có ngày 31.");
        assertThat(db.count("person"))
                .as("nothing is written before confirmation")
                .isEqualTo(before);

        // issue 14: the import asks first, naming what it writes and the file
        assertThat(importPage.confirm("Đã nhập 2 nhân khẩu"))
                .startsWith("Ghi 2 nhân khẩu của 1 hộ từ tệp «")
                .contains(".xlsx» vào sổ đăng ký?");
        assertThat(db.count("person")).isEqualTo(before + 2);
        assertThat(db.row(
                        "select p.classification from poverty_review p join household_member m on m.household_id = p.household_id "
                                + "join person x on x.id = m.person_id where x.personal_id = '011062004321'"))
                .containsEntry("classification", "POOR");
        assertThat(db.latestAudit("person.import")).containsEntry("actor", "officer.tuangiao");
    }

    @Test
    void aFileThatIsNotExcelIsRefusedWithAClearMessage() throws Exception {
        Path file = Files.createTempFile("danh-sach-", ".xlsx");
        Files.writeString(file, "Họ và tên;Ngày sinh\nLò Văn A;1950\n");
        pages.openAs(DemoUser.OFFICER_TUAN_GIAO, PersonImportPage.PATH);

        importPage.upload(file);

        assertThat(importPage.problems()).contains("Excel");
        assertThat(importPage.confirmButtons()).isEmpty();
    }

    @Test
    void anAuditorCannotOpenTheImport() {
        pages.openAs(DemoUser.AUDITOR_DIEN_BIEN, PersonImportPage.PATH);

        assertThat(pages.text("error-title")).isEqualTo("Không có quyền truy cập");
    }
}
