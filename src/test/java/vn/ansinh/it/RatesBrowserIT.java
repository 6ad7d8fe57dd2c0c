package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.ansinh.devstack.DemoUser;

/** Maker-checker on the rates page: {@code admin} enters a standard level, {@code admin2} confirms it. */
class RatesBrowserIT {

    private String appUrl;
    private ChromeDriver driver;
    private AnSinhPages pages;
    private TestDatabase db;

    @BeforeEach
    void startBrowser() {
        appUrl = TestStack.app().appUrl();
        db = new TestDatabase(TestStack.app().database());
        driver = Browser.start();
        pages = new AnSinhPages(driver, appUrl);
    }

    @AfterEach
    void stopBrowser() {
        driver.quit();
    }

    @Test
    void anAdministratorEntersALevelThatOnlyASecondAdministratorCanConfirm() {
        long serial = System.nanoTime() % 100_000;
        String document = serial + "/2039/NQ-HĐND";
        String wrong = serial + "/2039/NQ-SAI";
        String month = "2039-" + String.format("%02d", 1 + serial % 11);
        String nextMonth = "2039-" + String.format("%02d", 2 + serial % 11);
        pages.openAs(DemoUser.ADMIN, "/admin/rates.xhtml");
        enterLevel(nextMonth, wrong);
        row(wrong);
        pages.open("/admin/rates.xhtml");
        enterLevel(month, document);

        String entry = waitUntil(d -> message(d, "chờ"));
        assertThat(entry).contains("chờ một quản trị viên khác xác nhận");
        WebElement entered = row(document);
        assertThat(entered.getText())
                .contains("Chờ xác nhận")
                .contains("admin")
                .contains("820.000")
                .contains("02/11/2026");
        assertThat(entered.findElements(By.cssSelector("[id$=':confirm']")))
                .as("no confirm button for the author")
                .isEmpty();
        assertThat(db.row("select status, created_by from standard_level where document_number = ?", document))
                .containsEntry("status", "PENDING")
                .containsEntry("created_by", "admin");
        pages.logout();
        driver.quit();

        driver = Browser.start();
        pages = new AnSinhPages(driver, appUrl);
        pages.openAs(DemoUser.ADMIN2, "/admin/rates.xhtml");
        row(document).findElement(By.cssSelector("[id$=':confirm']")).click();

        String confirmation = waitUntil(d -> message(d, "xác nhận"));
        assertThat(confirmation).contains("Đã xác nhận mức");
        WebElement confirmed = waitUntil(d -> row(document).getText().contains("Đã xác nhận") ? row(document) : null);
        assertThat(confirmed.getText()).contains("admin2");
        assertThat(confirmed.findElements(By.cssSelector("[id$=':confirm']"))).isEmpty();
        assertThat(db.row("select status, confirmed_by from standard_level where document_number = ?", document))
                .containsEntry("status", "CONFIRMED")
                .containsEntry("confirmed_by", "admin2");
        assertThat(db.latestAudit("rate.confirm"))
                .containsEntry("actor", "admin2")
                .containsEntry("outcome", "SUCCEEDED");

        WebElement toReject = row(wrong);
        toReject.findElement(By.cssSelector("input[id$=':reason']")).sendKeys("Sai số nghị quyết");
        toReject.findElement(By.cssSelector("[id$=':reject']")).click();
        String rejection = waitUntil(d -> message(d, "từ chối"));
        assertThat(rejection).contains("Đã từ chối");
        WebElement rejected = waitUntil(d -> row(wrong).getText().contains("Bị từ chối") ? row(wrong) : null);
        assertThat(rejected.getText()).contains("Sai số nghị quyết").contains("admin2");
        assertThat(db.row("select status, rejection_reason from standard_level where document_number = ?", wrong))
                .containsEntry("status", "REJECTED")
                .containsEntry("rejection_reason", "Sai số nghị quyết");
    }

    private void enterLevel(String month, String document) {
        fill("add:province", "11");
        fill("add:from", month);
        fill("add:amount_input", "820000");
        fill("add:basis", "Nghị quyết HĐND tỉnh Điện Biên (thử nghiệm)");
        fill("add:document", document);
        fill("add:documentDate", "02/11/2026");
        driver.findElement(By.id("add:save")).click();
    }

    private WebElement row(String document) {
        return waitUntil(d -> d.findElements(By.cssSelector("#levelsForm\\:levels_data tr")).stream()
                .filter(tr -> tr.getText().contains(document))
                .findFirst()
                .orElse(null));
    }

    private static String message(WebDriver d, String containing) {
        var found = d.findElements(By.cssSelector("#messages .ui-messages-info-summary"));
        return found.stream()
                .map(WebElement::getText)
                .filter(t -> t.contains(containing))
                .findFirst()
                .orElse(null);
    }

    private void fill(String id, String value) {
        WebElement input = pages.waitFor(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    private <T> T waitUntil(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition::apply);
    }
}
