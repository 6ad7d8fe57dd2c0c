package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.ansinh.anomaly.domain.AnomalyRule;
import vn.ansinh.devstack.DemoUser;
import vn.ansinh.it.pages.AnomaliesPage;

/**
 * In the browser, as the auditor of Điện Biên: run the checks for a month, open the rule "amount differs", find
 * the wrongly priced line, mark it explained with a note; the page, the finding and the audit trail say so.
 */
class AnomalyBrowserIT {

    @RegisterExtension
    final BrowserSession browser = new BrowserSession();

    private final AnSinhPages pages = browser.pages();
    private final TestDatabase db = browser.db();
    private final AnomaliesPage anomalies = new AnomaliesPage(pages);

    @Test
    void anAuditorRunsTheChecksOpensARuleAndMarksAFindingExplained() {
        AnomalyFixture data = new AnomalyFixture(db);
        YearMonth month = PaymentFixture.freshMonths(1);
        long run = data.approvedRun(month);
        long person = data.person("Đèo Văn Sai Mức");
        String name = (String)
                db.row("select full_name from person where id = ?", person).get("full_name");
        long line = data.line(run, data.socialAssistance(person), person, month)
                .amount(815_000)
                .insert();

        pages.openAs(DemoUser.AUDITOR_DIEN_BIEN, AnomaliesPage.PATH);
        String ran = anomalies.runNow(String.format("%02d/%d", month.getMonthValue(), month.getYear()));

        assertThat(ran).startsWith("Đã chạy kiểm tra");
        assertThat(Integer.parseInt(anomalies.openCount(AnomalyRule.AMOUNT_DIFFERS)))
                .isPositive();
        anomalies.show(AnomalyRule.AMOUNT_DIFFERS);
        assertThat(anomalies.rowOf(name).getText()).contains("815.000").contains("Tính lại: 810.000 đồng");
        anomalies.markExplained(name, "Đã đối chiếu hồ sơ, chênh lệch do làm tròn thủ công");

        pages.waitUntil(d -> anomalies.rowOf(name).getText().contains("Đã giải trình"), 20);
        assertThat(db.row(
                        "select status, note, marked_by from anomaly_finding where rule = 'AMOUNT_DIFFERS'"
                                + " and line_id = ?",
                        line))
                .containsEntry("status", "EXPLAINED")
                .containsEntry("note", "Đã đối chiếu hồ sơ, chênh lệch do làm tròn thủ công")
                .containsEntry("marked_by", "auditor.dienbien");
        assertThat(db.countOf("select count(*) from audit_record where action = 'anomaly.mark' and actor ="
                        + " 'auditor.dienbien'"))
                .isPositive();
        assertThat(db.countOf("select count(*) from audit_record where action = 'anomaly.run' and actor ="
                        + " 'auditor.dienbien'"))
                .isPositive();
    }
}
