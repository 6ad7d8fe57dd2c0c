package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.ansinh.devstack.DemoUser;

/**
 * Every page of casework, payroll, payments and accounts opens for the roles that use it, with its
 * title and its main table or form, no error page, and no script error in the browser (the CSP
 * would show as one).
 */
class PagesBrowserIT {

    private WebDriver driver;
    private AnSinhPages pages;
    private TestDatabase db;

    @BeforeEach
    void startBrowser() {
        db = new TestDatabase(TestStack.app().database());
        driver = Browser.start();
        pages = new AnSinhPages(driver, TestStack.app().appUrl());
    }

    @AfterEach
    void stopBrowser() {
        driver.quit();
    }

    @Test
    void anOfficersPagesOpen() {
        long personId;
        try (CaseworkFixture fx = new CaseworkFixture(TestStack.appData(), db)) {
            personId = fx.person(CaseworkFixture.TUAN_GIAO, "Lò Thị Trang", vn.ansinh.registry.domain.PartialDate.of(1990),
                    vn.ansinh.registry.domain.Sex.FEMALE).id();
        }
        pages.openAs(DemoUser.OFFICER_TUAN_GIAO, "/casework/worklist.xhtml");
        expectPage("drafts");
        open("/alerts/worklist.xhtml", "page-title");
        open("/payroll/runs.xhtml", "runs");
        open("/account/import.xhtml", "page-title");
        open("/payment/history.xhtml?personId=" + personId, "lines");
        open("/account/person.xhtml?personId=" + personId, "page-title");
        open("/casework/life-events.xhtml?personId=" + personId, "death");
        open("/registry/person.xhtml?id=" + personId, "person:cases");
        assertThat(driver.findElements(By.id("person:paymentHistory"))).hasSize(1);
        assertThat(driver.findElements(By.id("person:account"))).hasSize(1);
    }

    @Test
    void anAdministratorsAndAnAuditorsPagesOpen() {
        pages.openAs(DemoUser.ADMIN, "/admin/rates.xhtml");
        expectPage("levels");
        assertThat(driver.findElement(By.id("levels")).getText()).contains("500.000").contains("2.789.000");
        open("/payroll/runs.xhtml", "runs");
        open("/account/project06.xhtml", "choice");
        pages.logout();
        driver.quit();
        driver = Browser.start();
        pages = new AnSinhPages(driver, TestStack.app().appUrl());
        pages.openAs(DemoUser.AUDITOR_DIEN_BIEN, "/account/project06.xhtml");
        expectPage("choice");
        driver.findElement(By.id("choice:show")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> !d.findElements(By.id("targets")).isEmpty());
        open("/casework/worklist.xhtml", "queue");
        open("/payroll/runs.xhtml", "runs");
        assertThat(driver.findElements(By.id("create:new"))).as("an auditor creates nothing").isEmpty();
    }

    private void open(String path, String mainId) {
        pages.open(path);
        expectPage(mainId);
    }

    private void expectPage(String mainId) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> !d.findElements(By.id(mainId)).isEmpty() || !d.findElements(By.id("error-title")).isEmpty());
        assertThat(driver.findElements(By.id("error-title"))).as(pages.path() + " is not an error page").isEmpty();
        assertThat(pages.text("page-title")).as(pages.path()).isNotBlank();
        List<String> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(entry -> entry.getMessage()).filter(message -> !message.contains("favicon")).toList();
        assertThat(severe).as("browser errors on " + pages.path()).isEmpty();
    }
}
