package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.devstack.DemoUser;
import vn.ansinh.intake.domain.Application;
import vn.ansinh.it.pages.ApplicationPage;
import vn.ansinh.it.pages.CasePage;
import vn.ansinh.it.pages.DecidePage;
import vn.ansinh.it.pages.LifeEventsPage;
import vn.ansinh.registry.domain.PartialDate;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.Sex;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.ProgrammeField;

/** In the browser: the officer submits, the approver approves and downloads the decision; the maker cannot decide. */
class CaseworkBrowserIT {

    @RegisterExtension
    final BrowserSession browser = new BrowserSession();

    private final AnSinhPages pages = browser.pages();
    private final TestDatabase db = browser.db();
    private final CasePage casePage = new CasePage(pages);
    private final DecidePage decidePage = new DecidePage(pages);

    @Test
    void theOfficerSubmitsTheApproverApprovesAndTheDecisionPdfDownloads() throws Exception {
        Application application;
        String name;
        try (CaseworkFixture fx = browser.data()) {
            Person person = fx.person(CaseworkFixture.TUAN_GIAO, "Lò Thị Ánh", PartialDate.of(1984, 7, 9), Sex.FEMALE);
            name = person.fullName();
            application = fx.application(
                    person,
                    Category.DISABLED,
                    Map.of(ProgrammeField.DISABILITY_LEVEL, "SEVERE"),
                    Instant.now().toString());
        }

        pages.openAs(DemoUser.OFFICER_TUAN_GIAO, "/intake/application.xhtml?id=" + application.id());
        new ApplicationPage(pages).markReady();
        pages.waitUntil(d -> casePage.showsStatus("Đã chuyển xét duyệt"));
        long caseId = ((Number) db.row("select id from benefit_case where application_id = ?", application.id())
                        .get("id"))
                .longValue();
        assertThat(casePage.decideButtons()).as("the officer does not decide").isEmpty();
        pages.logout();
        browser.restart();

        pages.openAs(DemoUser.APPROVER_TUAN_GIAO, "/casework/worklist.xhtml");
        browser.driver().findElements(By.cssSelector("#queue a.queue-case")).stream()
                .filter(link -> link.getText().equals(name))
                .findFirst()
                .orElseThrow()
                .click();
        pages.waitUntil(d -> pages.path().startsWith(CasePage.PATH));
        WebElement decisionPdf = casePage.decide().approve("Đồng ý theo biên bản họp hội đồng xét duyệt");

        String number = decisionPdf.getText();
        assertThat(number).matches("\\d+/QĐ-UBND");
        assertThat(db.row("select status from benefit_case where id = ?", caseId))
                .containsEntry("status", "ACTIVE");
        String href = decisionPdf.getAttribute("href");
        byte[] pdf = download(href);
        casePage.open(caseId);
        assertThat(casePage.history())
                .as("the approver's comment in the case history")
                .contains("Đồng ý theo biên bản họp hội đồng xét duyệt");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                    .contains("Số: " + number)
                    .contains(name)
                    .contains("810.000")
                    .contains("ỦY BAN NHÂN DÂN")
                    .contains("XÃ TUẦN GIÁO"); // 540,000 x 1.5 (335/2026)
        }
    }

    @Test
    void whoeverSubmittedTheCaseIsRefusedOnTheDecisionPageEvenByTypingItsAddress() {
        BenefitCase submitted;
        try (CaseworkFixture fx = browser.data()) {
            Person person = fx.person(CaseworkFixture.QUY_HOP, "Vi Thị Hạnh", PartialDate.of(1986), Sex.FEMALE);
            Application application = fx.application(
                    person,
                    Category.DISABLED,
                    Map.of(ProgrammeField.DISABILITY_LEVEL, "SEVERE"),
                    Instant.now().toString());
            submitted = fx.run(
                    new vn.ansinh.shared.security.Actor(
                            "chairman.quyhop",
                            "Lang Văn Tình",
                            java.util.Set.of(
                                    vn.ansinh.shared.security.Role.COMMUNE_OFFICER,
                                    vn.ansinh.shared.security.Role.APPROVER),
                            CaseworkFixture.QUY_HOP),
                    Instant.now().toString(),
                    () -> new vn.ansinh.casework.application.SubmitCaseCommand(
                            application.id(), CaseworkFixture.QUY_HOP));
        }

        pages.openAs(DemoUser.CHAIRMAN_QUY_HOP, "/casework/decide.xhtml?id=" + submitted.id());

        assertThat(decidePage.refusal()).contains("không được tự phê duyệt");
        assertThat(decidePage.approveButtons()).isEmpty();
        casePage.open(submitted.id());
        assertThat(casePage.decideButtons()).isEmpty();
        assertThat(db.row("select status from benefit_case where id = ?", submitted.id()))
                .containsEntry("status", "SUBMITTED");
    }

    @Test
    void aChairmanWhoCreatedTheApplicationSeesWhyHeMayNotDecideThoughAColleagueSubmittedIt() {
        BenefitCase submitted;
        try (CaseworkFixture fx = browser.data()) {
            Person person = fx.person(CaseworkFixture.QUY_HOP, "Vi Văn Khiêm", PartialDate.of(1981), Sex.MALE);
            vn.ansinh.shared.security.Actor chairman = new vn.ansinh.shared.security.Actor(
                    "chairman.quyhop",
                    "Lang Văn Tình",
                    java.util.Set.of(
                            vn.ansinh.shared.security.Role.COMMUNE_OFFICER, vn.ansinh.shared.security.Role.APPROVER),
                    CaseworkFixture.QUY_HOP);
            java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
            String now = Instant.now().toString();
            Application application = fx.run(
                    chairman,
                    now,
                    () -> new vn.ansinh.intake.application.OpenApplicationCommand(
                            person.id(),
                            CaseworkFixture.QUY_HOP,
                            Category.DISABLED,
                            Map.of(ProgrammeField.DISABILITY_LEVEL, "SEVERE"),
                            today,
                            today));
            vn.ansinh.intake.domain.StoredFile file = new vn.ansinh.intake.domain.StoredFile(
                    "%064d".formatted(System.nanoTime()), 1000, vn.ansinh.intake.domain.ScanMediaType.PDF, "don.pdf");
            fx.run(
                    chairman,
                    now,
                    () -> new vn.ansinh.intake.application.AttachDocumentCommand(
                            application.id(),
                            CaseworkFixture.QUY_HOP,
                            vn.ansinh.intake.domain.DocumentKind.APPLICATION_FORM,
                            file));
            submitted = fx.run(
                    CaseworkFixture.OFFICER_QUY_HOP,
                    now,
                    () -> new vn.ansinh.casework.application.SubmitCaseCommand(
                            application.id(), CaseworkFixture.QUY_HOP));
        }

        pages.openAs(DemoUser.CHAIRMAN_QUY_HOP, "/casework/decide.xhtml?id=" + submitted.id());

        assertThat(decidePage.refusal())
                .contains("Bạn đã lập hồ sơ đề nghị này")
                .contains("không được tự phê duyệt");
        assertThat(decidePage.approveButtons()).isEmpty();
        assertThat(db.row("select status from benefit_case where id = ?", submitted.id()))
                .containsEntry("status", "SUBMITTED");
    }

    @Test
    void theOfficerRecordsADeathAndLandsOnTheFamilysFuneralSupportCase() {
        BenefitCase allowance;
        try (CaseworkFixture fx = browser.data()) {
            Person person = fx.person(CaseworkFixture.TUAN_GIAO, "Quàng Văn Khún", PartialDate.of(1948), Sex.MALE);
            String now = Instant.now().toString();
            BenefitCase c =
                    fx.submitted(person, Category.DISABLED, Map.of(ProgrammeField.DISABILITY_LEVEL, "SEVERE"), now);
            fx.run(
                    CaseworkFixture.CHAIRMAN_TUAN_GIAO,
                    now,
                    () -> new vn.ansinh.casework.application.ApproveCaseCommand(
                            c.id(), CaseworkFixture.TUAN_GIAO, fx.units()));
            allowance = c;
        }
        pages.openAs(DemoUser.OFFICER_TUAN_GIAO, "/casework/worklist.xhtml");
        assertThat(browser.driver().findElements(By.id("drafts"))).hasSize(1);
        assertThat(browser.driver().findElements(By.id("returned"))).hasSize(1);

        new LifeEventsPage(pages)
                .open(allowance.personId())
                .recordDeath(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")));

        pages.waitUntil(d -> casePage.showsStatus("Đang lập hồ sơ"));
        assertThat(casePage.programme()).contains("Hỗ trợ chi phí mai táng");
        assertThat(db.row("select status, end_reason from benefit_case where id = ?", allowance.id()))
                .as("a termination proposal, its payments held, until the chairman signs")
                .containsEntry("status", "TERMINATION_PROPOSED")
                .containsEntry("end_reason", null);
    }

    @Test
    void theProvinceSeesAWarInvalidsFactsInVietnameseAndSignsAnAdjustmentAfterAReassessment() throws Exception {
        BenefitCase c;
        String caregiverName;
        try (CaseworkFixture fx = browser.data()) {
            Person invalid =
                    fx.person(CaseworkFixture.TUAN_GIAO, "Quàng Văn Thương", PartialDate.of(1952, 3, 3), Sex.MALE);
            Person caregiver =
                    fx.person(CaseworkFixture.TUAN_GIAO, "Quàng Thị Chăm", PartialDate.of(1978, 4, 4), Sex.FEMALE);
            caregiverName = caregiver.fullName();
            String now = Instant.now().toString();
            BenefitCase submitted = fx.submitted(
                    invalid,
                    Category.WAR_INVALID,
                    Map.of(
                            ProgrammeField.IMPAIRMENT_PERCENT, "81",
                            ProgrammeField.SEVERE_WOUNDS, "NO",
                            ProgrammeField.CAREGIVER_PERSON_ID, caregiver.id().toString()),
                    now);
            fx.run(
                    CaseworkFixture.PROVINCE_DIRECTOR,
                    now,
                    () -> new vn.ansinh.casework.application.ApproveCaseCommand(
                            submitted.id(), CaseworkFixture.TUAN_GIAO, fx.units()));
            c = submitted;
        }

        pages.openAs(DemoUser.APPROVER_DIEN_BIEN, "/casework/case.xhtml?id=" + c.id());

        assertThat(pages.textOf(By.id("facts")))
                .contains("Tỷ lệ tổn thương cơ thể")
                .contains("81%")
                .contains("Vết thương, bệnh tật đặc biệt nặng")
                .contains("Không")
                .contains("Người phục vụ")
                .contains(caregiverName);
        assertThat(browser.driver()
                        .findElement(By.cssSelector("#facts .fact-CAREGIVER_PERSON_ID a"))
                        .getAttribute("href"))
                .as("the caregiver links to the person")
                .contains("/registry/person.xhtml");
        screenshot("case-facts.png");

        WebElement percent =
                browser.driver().findElement(By.cssSelector("#factsChange input.fact-input-IMPAIRMENT_PERCENT"));
        percent.clear();
        percent.sendKeys("91");
        String month = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
                .format(java.time.format.DateTimeFormatter.ofPattern("MM/yyyy"));
        pages.input("factsChange:factsFrom").sendKeys(month);
        browser.driver().findElement(By.id("factsChange:factsReason")).sendKeys("Biên bản giám định y khoa lại");
        browser.driver().findElement(By.id("factsChange:adjustFacts")).click();

        pages.waitUntil(d -> pages.textOf(By.id("messages")).contains("Đã ký quyết định điều chỉnh thông tin hưởng"));
        assertThat(pages.textOf(By.id("facts"))).contains("91%");
        assertThat(pages.textOf(By.id("decisions")))
                .as("the grant and the adjustment")
                .contains("Điều chỉnh")
                .contains("/QĐ-SNV");
        assertThat(db.row("select impairment_percent from benefit_case where id = ?", c.id()))
                .containsEntry("impairment_percent", 91);
        screenshot("case-facts-adjusted.png");
    }

    @Test
    void aTerminatedCaseShowsNoActionsSection() {
        BenefitCase c;
        try (CaseworkFixture fx = browser.data()) {
            Person person = fx.person(CaseworkFixture.TUAN_GIAO, "Lò Văn Thôi", PartialDate.of(1970, 5, 5), Sex.MALE);
            String now = Instant.now().toString();
            BenefitCase submitted =
                    fx.submitted(person, Category.DISABLED, Map.of(ProgrammeField.DISABILITY_LEVEL, "SEVERE"), now);
            fx.run(
                    CaseworkFixture.CHAIRMAN_TUAN_GIAO,
                    now,
                    () -> new vn.ansinh.casework.application.ApproveCaseCommand(
                            submitted.id(), CaseworkFixture.TUAN_GIAO, fx.units()));
            c = submitted;
        }
        pages.openAs(DemoUser.APPROVER_TUAN_GIAO, "/casework/case.xhtml?id=" + c.id());
        assertThat(browser.driver().findElements(By.id("actionsHeading")))
                .as("a running allowance: the chairman may adjust it")
                .hasSize(1);

        try (CaseworkFixture fx = browser.data()) {
            fx.decideStop(
                    fx.reload(c),
                    vn.ansinh.casework.domain.DecisionKind.TERMINATION,
                    vn.ansinh.casework.domain.EndReason.LOSS_OF_ELIGIBILITY,
                    java.time.YearMonth.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")),
                    null,
                    "Không còn đủ điều kiện hưởng",
                    CaseworkFixture.CHAIRMAN_TUAN_GIAO,
                    Instant.now().toString());
        }
        pages.open("/casework/case.xhtml?id=" + c.id());

        assertThat(pages.text("status")).isEqualTo("Thôi hưởng");
        assertThat(browser.driver().findElements(By.id("actionsHeading"))).isEmpty();
        assertThat(browser.driver().findElements(By.id("act"))).isEmpty();
        assertThat(browser.driver().findElements(By.tagName("h2")))
                .extracting(WebElement::getText)
                .doesNotContain("Thao tác")
                .contains("Quyết định");
        pages.logout();
        browser.restart();
        pages.openAs(DemoUser.OFFICER_TUAN_GIAO, "/casework/case.xhtml?id=" + c.id());
        assertThat(pages.text("status")).isEqualTo("Thôi hưởng");
        assertThat(browser.driver().findElements(By.id("actionsHeading")))
                .as("nor for the officer")
                .isEmpty();
        screenshot("case-terminated.png");
    }

    /** The whole page as a PNG in target/screenshots (the window made as tall as the page first). */
    private void screenshot(String name) {
        browser.screenshot(name);
    }

    private byte[] download(String url) throws Exception {
        // the browser's session cookies (whatever the container names them), sent by a plain HTTP client
        String cookies = pages.cookieHeader();
        assertThat(cookies).isNotEmpty();
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Cookie", cookies)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        return response.body();
    }
}
