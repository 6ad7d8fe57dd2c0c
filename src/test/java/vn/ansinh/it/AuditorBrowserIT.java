package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.ansinh.devstack.DemoUser;
import vn.ansinh.it.pages.AccessLogPage;
import vn.ansinh.it.pages.AuditTrailPage;
import vn.ansinh.registry.application.RecordPensionCommand;
import vn.ansinh.registry.application.RegisterPersonCommand;
import vn.ansinh.registry.domain.AdminUnit;
import vn.ansinh.registry.domain.Ethnicity;
import vn.ansinh.registry.domain.PartialDate;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.PersonDetails;
import vn.ansinh.registry.domain.PersonalId;
import vn.ansinh.registry.domain.Residence;
import vn.ansinh.registry.domain.Sex;
import vn.ansinh.shared.command.AccessDeniedException;

/**
 * The auditor's pages on the running app with real data: the audit trail filtered by person, actor and outcome,
 * its times in Vietnam, its diffs and translated refusals; the access log written by real reads (a person's file, a
 * payment history, a decision PDF, a cash list) and refused ones (a person's file, a decision, a scanned document
 * of another province), and searched by the auditor.
 */
class AuditorBrowserIT {

    @RegisterExtension
    final BrowserSession browser = new BrowserSession();

    private final AnSinhPages pages = browser.pages();
    private final TestDatabase db = browser.db();

    @Test
    void theAuditorFiltersTheTrailAndReadsVietnamTimesDiffsAndRefusalsInVietnamese() {
        String personalId = DisclosureIT.personalId(1949, Sex.MALE);
        Person person;
        try (CaseworkFixture fx = browser.data()) {
            // 23:30 UTC on 5 January is 06:30 on 6 January in Vietnam
            person = register(fx, "Lò Văn Giờ", personalId, "2026-01-05T23:30:00Z");
            fx.run(
                    CaseworkFixture.OFFICER_TUAN_GIAO,
                    "2026-01-06T02:00:00Z",
                    () -> new RecordPensionCommand(person.id(), CaseworkFixture.TUAN_GIAO, false));
            assertThatThrownBy(() -> fx.run(
                            CaseworkFixture.OFFICER_QUY_HOP,
                            "2026-01-06T03:00:00Z",
                            () -> new RecordPensionCommand(person.id(), CaseworkFixture.TUAN_GIAO, true)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        AuditTrailPage trail = new AuditTrailPage(pages);

        pages.openAs(DemoUser.AUDITOR_DIEN_BIEN, AuditTrailPage.PATH);
        trail.search(personalId, null, "06/01/2026", "06/01/2026");

        List<WebElement> rows = trail.rows();
        assertThat(rows).hasSize(2);
        List<String> pension = trail.cells(rows.get(0));
        assertThat(pension.get(0)).isEqualTo("06/01/2026 09:00:00");
        assertThat(pension.get(2)).contains("Ghi nhận lương hưu/trợ cấp BHXH").contains("person.pension");
        assertThat(pension.get(3)).isEqualTo("Thành công");
        assertThat(trail.diff(rows.get(0))).containsExactly(List.of("receivesPension", "", "false", "changed"));
        List<String> registered = trail.cells(rows.get(1));
        assertThat(registered.get(0)).as("the known row in Vietnam time, UTC+7").isEqualTo("06/01/2026 06:30:00");
        assertThat(registered.get(2)).contains("Đăng ký đối tượng");
        assertThat(trail.diff(rows.get(1)))
                .as("a creation: every field only after, none cut off")
                .isNotEmpty()
                .allSatisfy(d -> assertThat(d.get(1)).isEmpty())
                .anySatisfy(d -> assertThat(d.get(2)).contains("Lò Văn Giờ"));
        screenshot("audit-trail-person.png");

        pages.open(AuditTrailPage.PATH);
        trail.outcome("Bị từ chối");
        trail.search(null, "officer.quyhop", "06/01/2026", "06/01/2026");
        WebElement refused = trail.rows().get(0);
        List<String> cells = trail.cells(refused);
        assertThat(cells.get(0)).isEqualTo("06/01/2026 10:00:00");
        assertThat(cells.get(3)).isEqualTo("Bị từ chối");
        assertThat(cells.get(5)).isEqualTo("Đơn vị 17035 không phụ trách đơn vị 03253.");
        screenshot("audit-trail-refused.png");
    }

    @Test
    void readsOfPersonalDataAndRefusedReadsAreLoggedAndTheAuditorFindsThem() throws Exception {
        RichPersonFixture.Subject rich = browser.realData().tuanGiao().get(0);
        long personId = rich.ids().get("person");
        long runId = rich.ids().get("run");
        long decisionId = id(
                "select d.id from decision d join benefit_case c on c.id = d.case_id"
                        + " where c.person_id = ? order by d.id limit 1",
                personId);
        long documentId = id(
                "select d.id from application_document d join application a on a.id = d.application_id"
                        + " where a.person_id = ? order by d.id limit 1",
                personId);
        long before = db.countOf("select count(*) from access_log where person_id = ?", personId);

        pages.openAs(DemoUser.APPROVER_TUAN_GIAO, "/registry/person.xhtml?id=" + personId);
        pages.waitFor(By.id("page-title"));
        pages.open("/payment/history.xhtml?personId=" + personId);
        pages.waitFor(By.id("page-title"));
        // the e-office package, then the PDF twice:
        // the stored copy, byte for byte, the same as in the package
        byte[] eofficePackage = pages.download("/eoffice/decisions/" + decisionId + ".zip");
        byte[] pdf = pages.download("/decisions/" + decisionId + ".pdf");
        assertThat(pages.download("/decisions/" + decisionId + ".pdf"))
                .as("the stored copy, byte for byte")
                .isEqualTo(pdf);
        assertThat(pdfIn(eofficePackage)).isEqualTo(pdf);
        browser.restart();

        pages.openAs(DemoUser.OFFICER_QUY_HOP, "/registry/person.xhtml?id=" + personId);
        assertThat(pages.text("error-title")).isEqualTo("Không tìm thấy trang");
        assertThat(get("/decisions/" + decisionId + ".pdf")).isEqualTo(404);
        assertThat(get("/documents/" + documentId)).isEqualTo(404);
        browser.restart();

        pages.openAs(DemoUser.AUDITOR_DIEN_BIEN, "/payroll/runs.xhtml");
        assertThat(get("/payments/" + runId + "/cash.pdf")).isEqualTo(200);

        // written in batches by the flusher, every two seconds
        pages.waitUntil(d -> db.countOf("select count(*) from access_log where person_id = ?", personId) >= before + 4
                && db.countOf(
                                "select count(*) from access_log where reader = 'auditor.dienbien' and kind = 'CASH_LIST'"
                                        + " and target like ?",
                                "chi-tra-tien-mat-%")
                        > 0);
        assertThat(latest("approver.tuangiao", "PERSON_FILE", personId))
                .containsEntry("outcome", "READ")
                .containsEntry("unit_code", "03253")
                .containsEntry("reader_unit", "03253");
        assertThat(latest("approver.tuangiao", "PAYMENT_HISTORY", personId)).containsEntry("outcome", "READ");
        assertThat(latest("approver.tuangiao", "DECISION", personId))
                .containsEntry("outcome", "READ")
                .containsEntry("unit_code", "03253");
        // the PDF and the e-office package are both reads of the decision (written by the flusher in batches, so
        // not necessarily in the order they were made)
        assertThat(db.countOf(
                        "select count(*) from access_log where reader = 'approver.tuangiao' and kind = 'DECISION'"
                                + " and person_id = ? and target like ?",
                        personId,
                        "%(#" + decisionId + ")"))
                .isPositive();
        assertThat(db.countOf(
                        "select count(*) from access_log where reader = 'approver.tuangiao' and kind = 'DECISION'"
                                + " and person_id = ? and target like ?",
                        personId,
                        "%(#" + decisionId + ") e-office"))
                .isPositive();
        assertThat(db.row(
                        "select outcome, unit_code from access_log where reader = 'officer.quyhop' and kind = 'DOCUMENT'"
                                + " order by id desc limit 1"))
                .containsEntry("outcome", "REFUSED")
                .containsEntry("unit_code", "03253");
        assertThat(latest("officer.quyhop", "PERSON_FILE", personId))
                .as("the refusal noted on the person's commune, so Điện Biên's auditors see it")
                .containsEntry("outcome", "REFUSED")
                .containsEntry("unit_code", "03253")
                .containsEntry("reader_unit", "17035");
        assertThat(db.row(
                        "select outcome, unit_code from access_log where reader = 'officer.quyhop' and kind = 'DECISION'"
                                + " order by id desc limit 1"))
                .containsEntry("outcome", "REFUSED")
                .containsEntry("unit_code", "03253");

        AccessLogPage log = new AccessLogPage(pages);
        pages.open(AccessLogPage.PATH);
        log.search("officer.quyhop", String.valueOf(personId), null);
        assertThat(log.rows())
                .isNotEmpty()
                .allSatisfy(row -> assertThat(row.get(1)).startsWith("officer.quyhop"))
                .anySatisfy(row ->
                        assertThat(row).contains("Hồ sơ đối tượng", "Bị từ chối", String.valueOf(personId), "03253"));
        pages.open(AccessLogPage.PATH);
        log.search(null, String.valueOf(personId), null);
        assertThat(log.rows())
                .extracting(row -> row.get(2))
                .contains("Hồ sơ đối tượng", "Lịch sử chi trả", "Quyết định");
        assertThat(log.rows().get(0).get(0))
                .as("a Vietnamese time")
                .matches("\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d:\\d\\d");
        screenshot("access-log-person.png");

        pages.open(AccessLogPage.PATH);
        log.search("auditor.dienbien", null, "Danh sách chi trả tiền mặt");
        assertThat(log.rows())
                .isNotEmpty()
                .allSatisfy(row -> assertThat(row.get(2)).isEqualTo("Danh sách chi trả tiền mặt"));
    }

    private Map<String, Object> latest(String reader, String kind, long personId) {
        return db.row(
                "select outcome, unit_code, reader_unit, target from access_log where reader = ? and kind = ?"
                        + " and person_id = ? order by id desc limit 1",
                reader,
                kind,
                personId);
    }

    private long id(String sql, Object parameter) {
        return ((Number) db.row(sql, parameter).get("id")).longValue();
    }

    /** The PDF of an e-office package (beside its metadata.xml). */
    private static byte[] pdfIn(byte[] zip) throws java.io.IOException {
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(
                new java.io.ByteArrayInputStream(zip), java.nio.charset.StandardCharsets.UTF_8)) {
            java.util.zip.ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (entry.getName().endsWith(".pdf")) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError("no PDF in the package");
    }

    /** The status of a GET of the path with the browser's session (a download as the logged-in user). */
    private int get(String path) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(pages.appUrl() + path))
                                .header("Cookie", pages.cookieHeader())
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        return response.statusCode();
    }

    private static Person register(CaseworkFixture fx, String name, String personalId, String instant) {
        AdminUnit commune = fx.units().currentCommune(CaseworkFixture.TUAN_GIAO).orElseThrow();
        Residence residence = Residence.of(commune, fx.units().parentOf(commune).orElseThrow());
        PersonDetails details = new PersonDetails(
                name,
                PartialDate.of(1900 + Integer.parseInt(personalId.substring(4, 6))),
                Sex.MALE,
                Ethnicity.THAI,
                PersonalId.of(personalId),
                null,
                null,
                null,
                "Bản Co Cượm");
        return fx.run(
                CaseworkFixture.OFFICER_TUAN_GIAO,
                instant,
                () -> new RegisterPersonCommand(details, residence, true, 101));
    }

    /** The whole page as a PNG in target/screenshots, 1366 pixels wide. */
    private void screenshot(String name) {
        browser.screenshot(name);
    }
}
