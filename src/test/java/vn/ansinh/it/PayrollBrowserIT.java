package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import vn.ansinh.casework.application.ApproveCaseCommand;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.devstack.DemoUser;
import vn.ansinh.it.pages.ChannelsPage;
import vn.ansinh.it.pages.LifeEventsPage;
import vn.ansinh.it.pages.PayrollRunPage;
import vn.ansinh.it.pages.PayrollRunsPage;
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

    @RegisterExtension
    final BrowserSession browser = new BrowserSession();

    private final AnSinhPages pages = browser.pages();
    private final TestDatabase db = browser.db();
    private final PayrollRunPage runPage = new PayrollRunPage(pages);
    private final ChannelsPage channels = new ChannelsPage(pages);
    private final LifeEventsPage lifeEvents = new LifeEventsPage(pages);

    @Test
    void anOfficerRunsThePayrollWatchesItFinishAndExportsTheBankFile() {
        BenefitCase c;
        BenefitCase byBank;
        try (CaseworkFixture fx = browser.data()) {
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

        pages.openAs(DemoUser.OFFICER_QUY_HOP, PayrollRunsPage.PATH);
        new PayrollRunsPage(pages).create(month);
        runPage.compute();
        runPage.awaitStatus("Đã tính, chờ phê duyệt", 90);

        assertThat(runPage.progress()).contains("100%");
        // this month is paid at 540,000 x 1.5 (Decree 335/2026, from 1 Jul 2026)
        assertThat(db.row("select amount, channel from payroll_line where case_id = ?", c.id()))
                .containsEntry("amount", 810_000L)
                .containsEntry("channel", "CASH");
        assertThat(runPage.total()).isNotBlank();
        assertThat(runPage.summary()).contains("Người khuyết tật nặng").contains("810.000");
        assertThat(db.row("select channel, bank_code from payroll_line where case_id = ?", byBank.id()))
                .containsEntry("channel", "BANK_TRANSFER")
                .containsEntry("bank_code", "AGRIBANK");

        long runId = runPage.id();
        assertThat(db.row("select rates_as_of from payroll_run where id = ?", runId)
                        .get("rates_as_of"))
                .as("the job computed with the rates as confirmed when it started")
                .isNotNull();
        try (CaseworkFixture fx = browser.data()) {
            fx.run(
                    CaseworkFixture.CHAIRMAN_QUY_HOP,
                    Instant.now().toString(),
                    () -> new vn.ansinh.payment.application.ApprovePayrollCommand(runId, CaseworkFixture.QUY_HOP));
        }
        channels.open(runId).exportFirstBankFile();
        pages.waitUntil(
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
        lifeEvents.open(personId).recordDeath(lastMonth);
        pages.waitUntil(
                d -> "HELD"
                        .equals(db.row("select payment_status from payroll_line where case_id = ?", c.id())
                                .get("payment_status")),
                20);
        runPage.open(runId);
        assertThat(runPage.held())
                .contains("Vi Văn Lĩnh")
                .contains("Tạm giữ, không chi")
                .contains("Người hưởng đã chết")
                .contains("810.000");
        pages.open("/payment/history.xhtml?personId=" + personId);
        assertThat(browser.driver().findElement(By.id("lines")).getText())
                .contains("Tạm giữ, không chi")
                .contains("Lý do: Người hưởng đã chết");

        // the holder's transfer was exported: her death puts it on the channels page's stop-payment notice
        long holderId = ((Number) db.row("select person_id from benefit_case where id = ?", byBank.id())
                        .get("person_id"))
                .longValue();
        lifeEvents.open(holderId).recordDeath(lastMonth);
        pages.waitUntil(
                d -> "STOP_REQUESTED"
                        .equals(db.row("select payment_status from payroll_line where case_id = ?", byBank.id())
                                .get("payment_status")),
                20);
        channels.open(runId);
        assertThat(channels.stops())
                .contains("Lang Thị Thẻ")
                .contains("3600205888777")
                .contains("Người hưởng đã chết");
        assertThat(channels.stopPdfHref()).endsWith("/payments/" + runId + "/stop.pdf?bank=AGRIBANK");
        channels.recordFirstStopped();
        pages.waitUntil(
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
        try (CaseworkFixture fx = browser.data()) {
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

        pages.openAs(DemoUser.AUDITOR_DIEN_BIEN, PayrollRunPage.PATH + "?id=" + runId);
        assertThat(runPage.approveButtons()).isEmpty();
        runPage.compare();

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

    @Test
    void anApproverSeesTheLinesFiltersThemAndConfirmsTheCountAndTotalBeforeApproving() {
        YearMonth october = YearMonth.of(2026, 10);
        long runId;
        long hungId = 0;
        try (CaseworkFixture fx = browser.data()) {
            PayrollFixture payroll = new PayrollFixture(fx);
            for (String name : new String[] {"Lò Văn Hùng", "Vi Thị Lan"}) {
                Person person = fx.person(CaseworkFixture.QUY_HOP, name, PartialDate.of(1972, 3, 3), Sex.MALE);
                if (hungId == 0) {
                    hungId = person.id();
                }
                payroll.active(
                        person,
                        Category.DISABLED,
                        Map.of(ProgrammeField.DISABILITY_LEVEL, "SEVERE"),
                        "2026-09-03",
                        CaseworkFixture.OFFICER_QUY_HOP,
                        CaseworkFixture.chairmanOf(CaseworkFixture.QUY_HOP));
            }
            // created by the administrator: the approver may approve it
            runId = payroll.compute(payroll.create(CaseworkFixture.QUY_HOP, october), 50_000)
                    .id();
        }
        Map<String, Object> run = db.row("select line_count, total_amount from payroll_run where id = ?", runId);
        long count = ((Number) run.get("line_count")).longValue();
        long total = ((Number) run.get("total_amount")).longValue();
        assertThat(count).isGreaterThanOrEqualTo(2);
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1366, 900));

        pages.openAs(DemoUser.APPROVER_QUY_HOP, PayrollRunPage.PATH + "?id=" + runId);
        assertThat(runPage.lines())
                .contains("Lò Văn Hùng")
                .contains("Vi Thị Lan")
                .contains("810.000");
        assertThat(runPage.linesTotals())
                .as("the whole run: its line count and total")
                .isEqualTo(count + " dòng · tổng " + money(total) + " đồng");
        runPage.filterLinesBy("hung lo van");
        assertThat(runPage.lines()).contains("Lò Văn Hùng").doesNotContain("Vi Thị Lan");
        // his lines: October, and September's arrears unless an earlier test already paid Quỳ Hợp's September
        Map<String, Object> his = db.row(
                "select count(*) as n, sum(amount) as total from payroll_line where run_id = ? and person_id = ?",
                runId,
                hungId);
        long hisCount = ((Number) his.get("n")).longValue();
        assertThat(hisCount).isBetween(1L, 2L);
        assertThat(runPage.linesTotals())
                .isEqualTo(hisCount + " dòng · tổng " + money(((Number) his.get("total")).longValue()) + " đồng");
        screenshot("payroll-run-lines.png");

        String question = runPage.askToApprove();
        assertThat(question)
                .isEqualTo("Phê duyệt bảng chi trả tháng 10/2026 của Xã Quỳ Hợp: " + count + " dòng, tổng "
                        + money(total) + " đồng?");
        screenshot("payroll-run-approve-confirm.png");
        runPage.cancelApproval();
        assertThat(db.row("select status from payroll_run where id = ?", runId))
                .as("cancelled: still computed")
                .containsEntry("status", "COMPUTED");
        assertThat(runPage.approveButtons()).isNotEmpty();

        runPage.askToApprove();
        runPage.confirmApproval();
        runPage.awaitStatus("Đã phê duyệt, khóa sổ", 20);
        assertThat(db.row("select status, approved_by from payroll_run where id = ?", runId))
                .containsEntry("status", "APPROVED")
                .containsEntry("approved_by", DemoUser.APPROVER_QUY_HOP.username());
        assertThat(runPage.lines()).as("the lines stay on the approved run").contains("Lò Văn Hùng");
    }

    private static String money(long amount) {
        return vn.ansinh.shared.text.VietnameseFormat.money(amount);
    }

    /** The page as a PNG in target/screenshots, 1366 wide and as tall as the page. */
    private void screenshot(String name) {
        browser.screenshot(name);
    }
}
