package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.ansinh.casework.application.ApproveCaseCommand;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.devstack.DemoUser;
import vn.ansinh.registry.domain.PartialDate;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.Sex;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.ProgrammeField;

/**
 * In the browser: an officer runs the month's payroll with the batch job, watches it finish, exports the bank file;
 * a death recorded afterwards shows the month's line held on the run page and in the payment history.
 */
class PayrollBrowserIT {

    private static EntityManagerFactory emf;
    private static TestDatabase db;
    private WebDriver driver;
    private AnSinhPages pages;

    @BeforeAll
    static void openAppDatabase() {
        db = new TestDatabase(TestStack.app().database());
        emf = TestStack.appData();
    }

    @BeforeEach
    void startBrowser() {
        driver = Browser.start();
        pages = new AnSinhPages(driver, TestStack.app().appUrl());
    }

    @AfterEach
    void stopBrowser() {
        driver.quit();
    }

    @Test
    void anOfficerRunsThePayrollWatchesItFinishAndExportsTheBankFile() {
        BenefitCase c;
        BenefitCase byBank;
        try (CaseworkFixture fx = new CaseworkFixture(emf, db)) {
            Person holder = fx.person(CaseworkFixture.QUY_HOP, "Lang Thị Thẻ", PartialDate.of(1975, 2, 2), Sex.FEMALE);
            String at = Instant.now().toString();
            BenefitCase paidByBank =
                    fx.submitted(holder, Category.DISABLED, Map.of(ProgrammeField.DISABILITY_LEVEL, "SEVERE"), at);
            fx.run(
                    CaseworkFixture.CHAIRMAN_QUY_HOP,
                    at,
                    () -> new ApproveCaseCommand(paidByBank.id(), CaseworkFixture.QUY_HOP, fx.units()));
            byBank = paidByBank;
            try (var connection = db.connect();
                    var insert = connection.prepareStatement("INSERT INTO ss_account (person_id,"
                            + " status, bank_code, account_no, commune_code, province_code, opened_on, registered_on, verified_on,"
                            + " updated_at, updated_by) VALUES (?, 'VERIFIED', 'AGRIBANK', '3600205888777', '17035', '40', '2025-08-01',"
                            + " '2025-08-02', '2025-08-03', UTC_TIMESTAMP(6), 'test')")) {
                insert.setLong(1, holder.id());
                insert.executeUpdate();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            Person person = fx.person(CaseworkFixture.QUY_HOP, "Vi Văn Lĩnh", PartialDate.of(1969, 4, 4), Sex.MALE);
            String now = Instant.now().toString();
            BenefitCase submitted =
                    fx.submitted(person, Category.DISABLED, Map.of(ProgrammeField.DISABILITY_LEVEL, "SEVERE"), now);
            fx.run(
                    CaseworkFixture.CHAIRMAN_QUY_HOP,
                    now,
                    () -> new ApproveCaseCommand(submitted.id(), CaseworkFixture.QUY_HOP, fx.units()));
            c = submitted;
        }
        String month = YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();

        pages.openAs(DemoUser.OFFICER_QUY_HOP, "/payroll/runs.xhtml");
        driver.findElement(By.id("create:month")).clear();
        driver.findElement(By.id("create:month")).sendKeys(month);
        driver.findElement(By.id("create:new")).click();
        waitUntil(d -> pages.path().startsWith("/payroll/run.xhtml"), 20);
        driver.findElement(By.id("run:compute")).click();
        waitUntil(d -> "Đã tính, chờ phê duyệt".equals(pages.text("status")), 90);

        assertThat(driver.findElement(By.id("run:progress")).getText()).contains("100%");
        // this month is paid at 540,000 x 1.5 (Decree 335/2026, from 1 Jul 2026)
        assertThat(db.row("select amount, channel from payroll_line where case_id = ?", c.id()))
                .containsEntry("amount", 810_000L)
                .containsEntry("channel", "CASH");
        assertThat(pages.text("total")).isNotBlank();
        assertThat(driver.findElement(By.id("run:summary")).getText())
                .contains("Người khuyết tật nặng")
                .contains("810.000");
        assertThat(db.row("select channel, bank_code from payroll_line where case_id = ?", byBank.id()))
                .containsEntry("channel", "BANK_TRANSFER")
                .containsEntry("bank_code", "AGRIBANK");

        long runId = Long.parseLong(driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
        assertThat(db.row("select rates_as_of from payroll_run where id = ?", runId)
                        .get("rates_as_of"))
                .as("the job computed with the rates as confirmed when it started")
                .isNotNull();
        try (CaseworkFixture fx = new CaseworkFixture(emf, db)) {
            fx.run(
                    CaseworkFixture.CHAIRMAN_QUY_HOP,
                    Instant.now().toString(),
                    () -> new vn.ansinh.payment.application.ApprovePayrollCommand(runId, CaseworkFixture.QUY_HOP));
        }
        pages.open("/payment/channels.xhtml?runId=" + runId);
        driver.findElements(By.cssSelector("#exports button[id$=':csv']"))
                .get(0)
                .click();
        waitUntil(
                d -> "EXPORTED"
                        .equals(db.row("select payment_status from payroll_line where case_id = ?", byBank.id())
                                .get("payment_status")),
                20);
        assertThat(db.countOf(
                        "select count(*) from audit_record where action = ? and outcome = 'SUCCEEDED'",
                        vn.ansinh.payment.channel.application.ExportBankFileCommand.ACTION))
                .isPositive();
        assertThat(db.row("select payment_status from payroll_line where case_id = ?", c.id()))
                .as("cash lines are not in the bank file")
                .containsEntry("payment_status", "PENDING");

        // issue 9: a death recorded now holds the approved month's line; the run page and the history say so
        long personId = ((Number) db.row("select person_id from benefit_case where id = ?", c.id())
                        .get("person_id"))
                .longValue();
        java.time.LocalDate lastMonth =
                java.time.LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusMonths(1);
        pages.open("/casework/life-events.xhtml?personId=" + personId);
        driver.findElement(By.id("death:date"))
                .sendKeys(lastMonth.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        driver.findElement(By.id("death:record")).click();
        waitUntil(
                d -> "HELD"
                        .equals(db.row("select payment_status from payroll_line where case_id = ?", c.id())
                                .get("payment_status")),
                20);
        pages.open("/payroll/run.xhtml?id=" + runId);
        assertThat(driver.findElement(By.id("run:held")).getText())
                .contains("Vi Văn Lĩnh")
                .contains("Tạm giữ, không chi")
                .contains("Người hưởng đã chết")
                .contains("810.000");
        pages.open("/payment/history.xhtml?personId=" + personId);
        assertThat(driver.findElement(By.id("lines")).getText())
                .contains("Tạm giữ, không chi")
                .contains("Lý do: Người hưởng đã chết");

        // the holder's transfer was exported: her death puts it on the channels page's stop-payment notice
        long holderId = ((Number) db.row("select person_id from benefit_case where id = ?", byBank.id())
                        .get("person_id"))
                .longValue();
        pages.open("/casework/life-events.xhtml?personId=" + holderId);
        driver.findElement(By.id("death:date"))
                .sendKeys(lastMonth.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        driver.findElement(By.id("death:record")).click();
        waitUntil(
                d -> "STOP_REQUESTED"
                        .equals(db.row("select payment_status from payroll_line where case_id = ?", byBank.id())
                                .get("payment_status")),
                20);
        pages.open("/payment/channels.xhtml?runId=" + runId);
        assertThat(driver.findElement(By.id("stops")).getText())
                .contains("Lang Thị Thẻ")
                .contains("3600205888777")
                .contains("Người hưởng đã chết");
        assertThat(driver.findElement(By.cssSelector("#stops a.stopPdf")).getAttribute("href"))
                .endsWith("/payments/" + runId + "/stop.pdf?bank=AGRIBANK");
        driver.findElements(By.cssSelector("#stops .stopLines button")).get(0).click();
        waitUntil(
                d -> "HELD"
                        .equals(db.row("select payment_status from payroll_line where case_id = ?", byBank.id())
                                .get("payment_status")),
                20);
    }

    @Test
    void anAuditorComparesAnApprovedPayrollAndTheRunStaysAsApproved() {
        YearMonth month = YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusMonths(2);
        long runId;
        BenefitCase c;
        try (CaseworkFixture fx = new CaseworkFixture(emf, db)) {
            Person person = fx.person(CaseworkFixture.TUAN_GIAO, "Lò Văn So", PartialDate.of(1966), Sex.MALE);
            String now = Instant.now().toString();
            BenefitCase submitted =
                    fx.submitted(person, Category.DISABLED, Map.of(ProgrammeField.DISABILITY_LEVEL, "SEVERE"), now);
            fx.run(
                    CaseworkFixture.CHAIRMAN_TUAN_GIAO,
                    now,
                    () -> new ApproveCaseCommand(submitted.id(), CaseworkFixture.TUAN_GIAO, fx.units()));
            c = submitted;
            PayrollFixture payroll = new PayrollFixture(fx);
            runId = payroll.approve(payroll.compute(payroll.create(CaseworkFixture.TUAN_GIAO, month), 50_000))
                    .id();
        }
        long levels = db.countOf("select count(*) from payroll_run_level where run_id = ?", runId);
        Map<String, Object> line = db.row(
                "select * from payroll_line where run_id = ? and case_id = ? and kind = 'MONTHLY'", runId, c.id());
        assertThat(line).isNotEmpty();

        pages.openAs(DemoUser.AUDITOR_DIEN_BIEN, "/payroll/run.xhtml?id=" + runId);
        assertThat(driver.findElements(By.id("run:approve"))).isEmpty();
        driver.findElement(By.id("run:compare")).click();
        waitUntil(d -> !d.findElements(By.id("run:diff")).isEmpty(), 60);

        assertThat(db.countOf(
                        "select count(*) from audit_record where action = 'payroll.compare' and outcome = 'SUCCEEDED'"
                                + " and actor = 'auditor.dienbien'"))
                .isPositive();
        assertThat(db.countOf(
                        "select count(*) from payroll_comparison where run_id = ? and compared_by = 'auditor.dienbien'",
                        runId))
                .isEqualTo(1);
        assertThat(db.countOf("select count(*) from payroll_run_level where run_id = ?", runId))
                .isEqualTo(levels);
        assertThat(db.row(
                        "select * from payroll_line where run_id = ? and case_id = ? and kind = 'MONTHLY'",
                        runId,
                        c.id()))
                .isEqualTo(line);
    }

    private void waitUntil(java.util.function.Function<WebDriver, Boolean> condition, int seconds) {
        new WebDriverWait(driver, Duration.ofSeconds(seconds))
                .ignoring(StaleElementReferenceException.class)
                .until(condition);
    }
}
