package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.ansinh.devstack.DemoUser;

/** The administrator changes a setting in the UI; the change and its audit row are visible. */
class SettingsBrowserIT {

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
    void anAdministratorRenamesTheOrganisationAndTheAuditTrailShowsBeforeAndAfter() {
        String newName = "Sở Y tế tỉnh Điện Biên " + System.nanoTime() % 10000;
        pages.openAs(DemoUser.ADMIN, "/admin/settings.xhtml");

        editRow("ORGANISATION_NAME", newName);
        waitForDialogToClose();

        assertThat(pages.text("messages")).contains("Đã lưu tham số");
        pages.open("/admin/home.xhtml");
        assertThat(driver.findElement(By.cssSelector(".brand .org")).getText()).isEqualTo(newName);
        assertThat(db.latestAudit("setting.change"))
                .containsEntry("actor", "admin")
                .containsEntry("outcome", "SUCCEEDED")
                .containsEntry("target_id", "ORGANISATION_NAME")
                .containsEntry("after_value", "{\"value\":\"" + newName + "\"}");

        pages.open("/audit/trail.xhtml");
        String firstRow =
                driver.findElement(By.cssSelector("#audit\\:table_data tr")).getText();
        assertThat(firstRow).contains("setting.change").contains(newName).contains("Thành công");
    }

    @Test
    void aBadValueIsRefusedNextToTheFieldAndWhatWasTypedStays() {
        long auditRowsBefore = db.count("audit_record");
        pages.openAs(DemoUser.ADMIN, "/admin/settings.xhtml");

        editRow("RECORD_REVIEW_MONTHS", "mười hai");

        String message = new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    String text =
                            d.findElement(By.id("settingForm:valueMessage")).getText();
                    return text.isBlank() ? null : text;
                });
        assertThat(message).isEqualTo("Giá trị phải là một số nguyên, ví dụ 12.");
        assertThat(driver.findElement(By.id("settingForm:value")).getAttribute("value"))
                .isEqualTo("mười hai");
        assertThat(db.setting("RECORD_REVIEW_MONTHS")).isEqualTo("12");
        assertThat(db.count("audit_record")).isEqualTo(auditRowsBefore);
    }

    @Test
    void anActionOnAPageWhoseViewHasExpiredLandsOnTheExpiredPage() {
        pages.openAs(DemoUser.ADMIN, "/admin/settings.xhtml");
        // what a server restart or a long-idle view does: the server no longer knows the view state
        driver.executeScript("document.querySelectorAll(\"input[name='jakarta.faces.ViewState']\")"
                + ".forEach(function (i) { i.value = 'expired:0'; });");

        pages.waitFor(By.id("settings:table:0:edit")).click();
        // PrimeFaces redirects after the ajax answer: read the page once the browser has landed on it
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().contains("/errors/expired.xhtml"));

        assertThat(pages.text("error-title")).isEqualTo("Phiên làm việc đã hết hạn");
        assertThat(pages.path()).isEqualTo("/errors/expired.xhtml");
    }

    private void editRow(String key, String value) {
        int row = db.settingRowIndex(key);
        pages.waitFor(By.id("settings:table:" + row + ":edit")).click();
        WebElement input = pages.waitFor(By.id("settingForm:value"));
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> !input.getAttribute("value").isEmpty());
        input.clear();
        input.sendKeys(value);
        driver.findElement(By.id("settingForm:save")).click();
    }

    private void waitForDialogToClose() {
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("settingDialog")));
    }
}
