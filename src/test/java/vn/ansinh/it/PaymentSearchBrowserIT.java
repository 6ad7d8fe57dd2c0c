package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.devstack.DemoUser;
import vn.ansinh.it.pages.PaymentSearchPage;
import vn.ansinh.registry.domain.PartialDate;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.Sex;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.ProgrammeField;

/**
 * In the browser: the auditor of Điện Biên searches "hung lo van" for April–May 2032 and finds Lò Văn Hùng's
 * payments (not Lò Thị Hùng's), with their count and total; a search without a filter and a reversed month range
 * are refused with messages naming the fields; the Excel link gives the same lines.
 */
class PaymentSearchBrowserIT {

    private static final AdminUnitCode THANH_AN = AdminUnitCode.of("03352");
    private static final Map<ProgrammeField, String> SEVERE = Map.of(ProgrammeField.DISABILITY_LEVEL, "SEVERE");

    @RegisterExtension
    final BrowserSession browser = new BrowserSession();

    private final AnSinhPages pages = browser.pages();
    private final PaymentSearchPage search = new PaymentSearchPage(pages);

    @Test
    void anAuditorSearchesHungLoVanAndExportsTheLines() throws Exception {
        BenefitCase hung;
        BenefitCase thiHung;
        try (CaseworkFixture fx = browser.data()) {
            PayrollFixture payroll = new PayrollFixture(fx);
            hung = severe(fx, payroll, "Lò Văn Hùng", Sex.MALE);
            thiHung = severe(fx, payroll, "Lò Thị Hùng", Sex.FEMALE);
            payroll.approve(payroll.compute(payroll.create(THANH_AN, YearMonth.of(2032, 4)), 50_000));
            payroll.compute(payroll.create(THANH_AN, YearMonth.of(2032, 5)), 50_000);
        }
        TestDatabase db = browser.db();
        long hungLines = db.countOf("select count(*) from payroll_line where case_id = ?", hung.id());
        assertThat(hungLines).isPositive();

        pages.openAs(DemoUser.AUDITOR_DIEN_BIEN, PaymentSearchPage.PATH);
        search.open().find();
        assertThat(search.messages()).contains("Hãy nhập ít nhất một điều kiện");

        search.search("hung lo van", "05/2032", "04/2032");
        assertThat(search.fieldMessage("to")).contains("«Đến tháng hưởng» phải bằng hoặc sau «Từ tháng hưởng»");

        search.fill("search:minAmount", "2.000.000").fill("search:maxAmount", "1.000.000");
        search.search("hung lo van", "04/2032", "05/2032");
        assertThat(search.fieldMessage("maxAmount")).contains("«Số tiền đến» phải lớn hơn hoặc bằng «Số tiền từ»");

        search.fill("search:minAmount", null).fill("search:maxAmount", null);
        search.search("hung lo van", "04/2032", "05/2032");
        String hungName = (String) db.row("select full_name from person where id = ?", hung.personId())
                .get("full_name");
        String thiHungName = (String) db.row("select full_name from person where id = ?", thiHung.personId())
                .get("full_name");
        assertThat(search.lines()).contains(hungName).doesNotContain(thiHungName);
        assertThat(search.caption()).contains("Họ tên: hung lo van").contains("04/2032 – 05/2032");
        long total = db.countOf(
                "select count(*) from payroll_line l join person p on p.id = l.person_id where p.province_code = '11'"
                        + " and concat(' ', p.name_folded, ' ') like '% hung %' and concat(' ', p.name_folded, ' ') like '% lo %'"
                        + " and concat(' ', p.name_folded, ' ') like '% van %' and l.for_month between '2032-04-01' and '2032-05-01'");
        assertThat(search.totals()).startsWith(total + " khoản");
        assertThat(search.traceLinks())
                .isNotEmpty()
                .allSatisfy(href -> assertThat(href).contains("/payment/line.xhtml?id="));
        screenshot("payment-search.png");

        byte[] workbook = download(search.exportHref());
        // an export discloses many people's payments at once: it is in the access log (written within seconds)
        pages.waitUntil(
                d -> db.countOf("select count(*) from access_log where reader = 'auditor.dienbien'"
                                + " and kind = 'PAYMENT_EXPORT' and outcome = 'READ'")
                        >= 1,
                15);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
                    .contains("Họ tên: hung lo van")
                    .contains("Phạm vi: Tỉnh Điện Biên");
            List<String> names = new ArrayList<>();
            for (int r = 3; r <= sheet.getLastRowNum(); r++) {
                names.add(sheet.getRow(r).getCell(0).getStringCellValue());
            }
            assertThat(names).hasSize((int) total).contains(hungName).doesNotContain(thiHungName);
        }
    }

    private static BenefitCase severe(CaseworkFixture fx, PayrollFixture payroll, String name, Sex sex) {
        Person person = fx.person(THANH_AN, name, PartialDate.of(1979, 3, 3), sex);
        return payroll.active(
                person,
                Category.DISABLED,
                SEVERE,
                "2032-03-10",
                CaseworkFixture.officerOf(THANH_AN),
                CaseworkFixture.chairmanOf(THANH_AN));
    }

    private byte[] download(String url) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Cookie", pages.cookieHeader())
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("tra-cuu-chi-tra.xlsx");
        return response.body();
    }

    /** The page at 1366 px wide, as tall as it is, in target/screenshots. */
    private void screenshot(String name) {
        browser.screenshot(name);
    }
}
