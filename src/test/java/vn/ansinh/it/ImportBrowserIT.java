package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ansinh.registry.application.ImportFiles.person;
import static vn.ansinh.registry.application.ImportFiles.review;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.ansinh.devstack.DemoUser;
import vn.ansinh.registry.application.ImportColumn;
import vn.ansinh.registry.application.ImportFiles;

/** The annual review arrives as Excel: the officer sees the report first, then confirms. */
class ImportBrowserIT {

    private ChromeDriver driver;
    private AnSinhPages pages;
    private TestDatabase db;

    @BeforeEach
    void startBrowser() {
        String appUrl = TestStack.app().appUrl();
        db = new TestDatabase(TestStack.app().database());
        driver = Browser.start();
        pages = new AnSinhPages(driver, appUrl);
    }

    @AfterEach
    void stopBrowser() {
        driver.quit();
    }

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
        pages.openAs(DemoUser.OFFICER_TUAN_GIAO, "/registry/import.xhtml");

        driver.findElement(By.cssSelector("#upload input[type=file]")).sendKeys(file.toString());

        String summary = pages.textOf(By.id("reportSummary"));
        assertThat(summary).contains("3 dòng").contains("2 người").contains("1 hộ");
        assertThat(driver.findElement(By.id("report:problems")).getText())
                .contains("C4")
                .contains("Tháng 2 năm 1990 không có ngày 31.");
        assertThat(db.count("person"))
                .as("nothing is written before confirmation")
                .isEqualTo(before);

        driver.findElement(By.id("report:confirm")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("messages")).getText().contains("Đã nhập 2 nhân khẩu"));
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
        pages.openAs(DemoUser.OFFICER_TUAN_GIAO, "/registry/import.xhtml");

        driver.findElement(By.cssSelector("#upload input[type=file]")).sendKeys(file.toString());

        assertThat(pages.textOf(By.id("report:problems"))).contains("Excel");
        assertThat(driver.findElements(By.id("report:confirm"))).isEmpty();
    }

    @Test
    void anAuditorCannotOpenTheImport() {
        pages.openAs(DemoUser.AUDITOR_DIEN_BIEN, "/registry/import.xhtml");

        assertThat(pages.text("error-title")).isEqualTo("Không có quyền truy cập");
    }
}
