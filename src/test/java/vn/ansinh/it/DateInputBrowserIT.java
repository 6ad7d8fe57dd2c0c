package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.ansinh.devstack.DemoUser;
import vn.ansinh.registry.domain.PartialDate;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.Sex;

/**
 * Days and months in the browser: an officer who types 31/02/2026 as a date of death is told next to the field that
 * February 2026 has 28 days and nothing is recorded (the old parser recorded 28/02); the forms prefill today and
 * this month as dd/MM/yyyy and MM/yyyy. Screenshots of the pages go to {@code target/screenshots/}.
 */
class DateInputBrowserIT {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @RegisterExtension
    final BrowserSession browser = new BrowserSession();

    private final AnSinhPages pages = browser.pages();
    private final TestDatabase db = browser.db();

    @Test
    void anImpossibleDateIsRefusedNextToItsFieldAndNothingIsRecorded() throws IOException {
        Person person;
        try (CaseworkFixture fx = browser.data()) {
            person = fx.person(CaseworkFixture.TUAN_GIAO, "Lò Văn Nhất", PartialDate.of(1950, 3, 1), Sex.MALE);
        }
        pages.openAs(DemoUser.OFFICER_TUAN_GIAO, "/casework/life-events.xhtml?personId=" + person.id());
        browser.driver().findElement(By.id("death:date")).sendKeys("31/02/2026");
        browser.driver().findElement(By.id("death:record")).click();
        assertThat(new vn.ansinh.it.pages.LifeEventsPage(pages).confirm())
                .as("the question names the person")
                .contains("Lò Văn Nhất");

        WebElement refusal = new WebDriverWait(browser.driver(), Duration.ofSeconds(20), AnSinhPages.POLL)
                .until(d -> d.findElements(By.cssSelector("#death .ui-message-error")).stream()
                        .findFirst()
                        .orElse(null));
        screenshot("life-events-31-02-refused");
        assertThat(refusal.getText()).contains("Ngày «31/02/2026» không có thật: tháng 02/2026 chỉ có 28 ngày");
        assertThat(pages.path()).startsWith("/casework/life-events.xhtml");
        assertThat(db.row("select date_of_death from person where id = ?", person.id()))
                .as("nothing recorded, least of all 28/02/2026")
                .containsEntry("date_of_death", null);
        assertThat(browser.driver().findElement(By.id("death:date")).getAttribute("value"))
                .as("the text typed stays in the field")
                .isEqualTo("31/02/2026");
    }

    @Test
    void formsPrefillTodayAndThisMonthAsVietnameseFormsWriteThem() throws IOException {
        Person person;
        try (CaseworkFixture fx = browser.data()) {
            person = fx.person(CaseworkFixture.QUY_HOP, "Vi Thị Nhì", PartialDate.of(1961, 8, 20), Sex.FEMALE);
        }
        pages.openAs(DemoUser.OFFICER_QUY_HOP, "/intake/application.xhtml?personId=" + person.id());
        screenshot("application-received-on");
        assertThat(browser.driver().findElement(By.id("application:receivedOn")).getAttribute("value"))
                .isEqualTo(java.time.LocalDate.now(VIETNAM).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));

        pages.open("/payroll/runs.xhtml");
        screenshot("payroll-runs-month");
        assertThat(pages.input("create:month").getAttribute("value"))
                .isEqualTo(YearMonth.now(VIETNAM).format(DateTimeFormatter.ofPattern("MM/yyyy")));
    }

    private void screenshot(String name) {
        browser.screenshot(name + ".png");
    }
}
