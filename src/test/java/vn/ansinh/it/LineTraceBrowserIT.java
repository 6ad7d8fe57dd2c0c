package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import vn.ansinh.devstack.DemoUser;
import vn.ansinh.it.pages.LineTracePage;
import vn.ansinh.shared.kernel.AdminUnitCode;

/**
 * In the browser (issue 12, item 2): the Điện Biên auditor opens a paid person's payment history, follows
 * a line to its trace — run, rates, decision, case, application, account as of the payment and the
 * bank's result — downloads the decision, follows the difference that corrects the line and back; the
 * links to the payment search carry the line's decision, rate rows, account and person. An approver of
 * the province reads the same trace without those links; a user of another province gets the 404 page.
 */
class LineTraceBrowserIT {

    /** Xa Dung (Điện Biên, 11): a commune of its own for this test. */
    private static final AdminUnitCode XA_DUNG = AdminUnitCode.of("03208");

    private static final String ACCOUNT = "3600205777888";

    @RegisterExtension
    final BrowserSession browser = new BrowserSession();

    private final AnSinhPages pages = browser.pages();
    private final TestDatabase db = browser.db();
    private final LineTracePage trace = new LineTracePage(pages);

    @Test
    void theAuditorTracesAPaidLineFromTheHistoryToItsDecisionRatesAccountAndCorrection() throws Exception {
        TraceFixture.Paid paid;
        try (CaseworkFixture fx = browser.data()) {
            paid = TraceFixture.paidPerson(fx, XA_DUNG, "Lò Thị Trình Duyệt", ACCOUNT);
        }
        Map<String, Object> line = db.row("select * from payroll_line where id = ?", paid.line());
        long decisionId = ((Number) line.get("decision_id")).longValue();
        String decisionNumber = (String)
                db.row("select number from decision where id = ?", decisionId).get("number");

        pages.openAs(
                DemoUser.AUDITOR_DIEN_BIEN,
                "/payment/history.xhtml?personId=" + paid.person().id());
        browser.driver()
                .findElement(By.cssSelector("#lines a.trace-link[href*='id=" + paid.line() + "']"))
                .click();
        pages.waitUntil(d -> d.getCurrentUrl().contains(LineTracePage.PATH));

        assertThat(trace.id()).isEqualTo(paid.line());
        // opening the trace is a read of the person's payments: it is in the access log (written within seconds)
        pages.waitUntil(
                d -> db.countOf(
                                "select count(*) from access_log where reader = 'auditor.dienbien' and kind ="
                                        + " 'PAYMENT_LINE' and person_id = ? and target = ?",
                                paid.person().id(),
                                "#" + paid.line())
                        == 1,
                15);
        assertThat(trace.line())
                .contains(paid.person().fullName())
                .contains("09/2026")
                .contains("Trợ cấp tháng")
                .doesNotContain("ALLOWANCE")
                .contains("750.000")
                .contains("Chuyển khoản")
                .contains("AGRIBANK " + ACCOUNT)
                .contains("Đã chi trả")
                .contains("08/09/2026");
        assertThat(trace.run())
                .contains("Xa Dung")
                .contains("09/2026")
                .contains("Đã phê duyệt, khóa sổ")
                .as("times in Vietnam: created 01:00 UTC, approved 03:00 UTC")
                .contains("admin · 01/09/2026 08:00")
                .contains("approver.payroll 05/09/2026 10:00")
                .contains("02/10/2026 10:00");
        assertThat(trace.rates())
                .contains("Mức chuẩn")
                .contains("500.000")
                .contains("76/2024")
                .contains("Hệ số")
                .contains("1,5")
                .contains("20/2021")
                .contains("Xác nhận: migration");
        assertThat(trace.decision()).contains(decisionNumber).contains("Hưởng");
        assertThat(trace.events()).isNotBlank();
        assertThat(trace.documents()).contains("don.pdf");
        assertThat(trace.account())
                .contains(ACCOUNT)
                .as("the account as it stood on the day of the payment, and now")
                .contains("Đã đóng tài khoản")
                .doesNotContain("20/10/2026");
        assertThat(trace.bankResults())
                .contains("ket-qua-agribank.csv")
                .contains("Thành công")
                .contains("08/09/2026");
        assertThat(trace.paymentSearchHrefs())
                .contains(
                        browser.appUrl() + "/audit/payments.xhtml?person="
                                + paid.person().id(),
                        browser.appUrl() + "/audit/payments.xhtml?decision=" + decisionId,
                        browser.appUrl() + "/audit/payments.xhtml?level=" + line.get("standard_level_id"),
                        browser.appUrl() + "/audit/payments.xhtml?coefficient=" + line.get("coefficient_id"),
                        browser.appUrl() + "/audit/payments.xhtml?account=" + ACCOUNT);

        HttpResponse<byte[]> pdf = get(trace.decisionPdfHref());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        screenshot("line-trace-1366");

        // the other direction: from the case's decisions and from the account to the payment search
        pages.open("/casework/case.xhtml?id=" + paid.benefitCase().id());
        pages.waitFor(By.id("decisions"));
        assertThat(hrefs("#decisions a.decision-search"))
                .containsExactly(browser.appUrl() + "/audit/payments.xhtml?decision=" + decisionId);
        pages.open("/account/person.xhtml?personId=" + paid.person().id());
        pages.waitFor(By.id("number"));
        assertThat(hrefs("a.payment-search"))
                .containsExactly(browser.appUrl() + "/audit/payments.xhtml?account=" + ACCOUNT);

        trace.open(paid.line());
        trace.openCorrectingLine();
        pages.waitUntil(d -> trace.id() == paid.difference());
        assertThat(trace.line())
                .contains("Truy lĩnh chênh lệch")
                .contains("điều chỉnh lần 1")
                .contains("60.000")
                .contains("750.000")
                .contains("810.000");
        assertThat(trace.rates()).contains("540.000").contains("335/2026");
        assertThat(trace.corrections()).contains("Khoản chi số " + paid.line());

        trace.openCorrectedLine();
        pages.waitUntil(d -> trace.id() == paid.line());
        assertThat(trace.line()).contains("750.000").contains("Đã chi trả");
    }

    @Test
    void anApproverOfTheProvinceReadsTheTraceWithoutSearchLinksAndAnotherProvinceGets404() throws Exception {
        TraceFixture.Paid paid;
        try (CaseworkFixture fx = browser.data()) {
            paid = TraceFixture.paidPerson(fx, AdminUnitCode.of("03214"), "Lò Văn Phê Duyệt", "3600205999000");
        }

        pages.openAs(DemoUser.APPROVER_DIEN_BIEN, LineTracePage.PATH + "?id=" + paid.line());
        assertThat(trace.line()).contains(paid.person().fullName()).contains("750.000");
        assertThat(trace.paymentSearchHrefs())
                .as("only auditors and administrators")
                .isEmpty();

        pages.open("/casework/case.xhtml?id=" + paid.benefitCase().id());
        pages.waitFor(By.id("decisions"));
        assertThat(hrefs("a.payment-search")).isEmpty();

        browser.restart();
        pages.openAs(DemoUser.ADMIN, "/admin/rates.xhtml");
        pages.waitFor(By.id("levelsForm:levels"));
        Map<String, Object> line = db.row("select * from payroll_line where id = ?", paid.line());
        assertThat(hrefs("a.level-search"))
                .as("each rate row lists the lines priced from it")
                .contains(browser.appUrl() + "/audit/payments.xhtml?level=" + line.get("standard_level_id"));
        assertThat(hrefs("a.coefficient-search"))
                .contains(browser.appUrl() + "/audit/payments.xhtml?coefficient=" + line.get("coefficient_id"));
        assertThat(hrefs("a.annex-search")).isNotEmpty();

        browser.restart();
        pages.openAs(DemoUser.OFFICER_QUY_HOP, "/officer/home.xhtml");
        assertThat(get(browser.appUrl() + LineTracePage.PATH + "?id=" + paid.line())
                        .statusCode())
                .isEqualTo(404);
        assertThat(get(browser.appUrl() + LineTracePage.PATH + "?id=abc").statusCode())
                .isEqualTo(404);
    }

    private java.util.List<String> hrefs(String css) {
        return browser.driver().findElements(By.cssSelector(css)).stream()
                .map(a -> a.getAttribute("href"))
                .toList();
    }

    private HttpResponse<byte[]> get(String url) throws Exception {
        // the browser's session cookies, sent by a plain HTTP client
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Cookie", pages.cookieHeader())
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    private void screenshot(String name) {
        browser.screenshot(name + ".png");
    }
}
