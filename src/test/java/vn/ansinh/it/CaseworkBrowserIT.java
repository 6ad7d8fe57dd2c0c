package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.devstack.DemoUser;
import vn.ansinh.intake.domain.Application;
import vn.ansinh.intake.domain.Category;
import vn.ansinh.intake.domain.ProgrammeField;
import vn.ansinh.registry.domain.PartialDate;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.Sex;

/** In the browser: the officer submits, the approver approves and downloads the decision; the maker cannot decide. */
class CaseworkBrowserIT {

    private static EntityManagerFactory emf;
    private static TestDatabase db;
    private String appUrl;
    private WebDriver driver;
    private AnSinhPages pages;

    @BeforeAll
    static void openAppDatabase() {
        db = new TestDatabase(TestStack.app().database());
        emf = TestStack.appData();
    }

    @BeforeEach
    void startBrowser() {
        appUrl = TestStack.app().appUrl();
        driver = Browser.start();
        pages = new AnSinhPages(driver, appUrl);
    }

    @AfterEach
    void stopBrowser() {
        driver.quit();
    }

    @Test
    void theOfficerSubmitsTheApproverApprovesAndTheDecisionPdfDownloads() throws Exception {
        Application application;
        String name;
        try (CaseworkFixture fx = new CaseworkFixture(emf, db)) {
            Person person = fx.person(CaseworkFixture.TUAN_GIAO, "Lò Thị Ánh", PartialDate.of(1984, 7, 9), Sex.FEMALE);
            name = person.fullName();
            application = fx.application(
                    person,
                    Category.DISABLED,
                    Map.of(ProgrammeField.DISABILITY_LEVEL, "SEVERE"),
                    Instant.now().toString());
        }

        pages.openAs(DemoUser.OFFICER_TUAN_GIAO, "/intake/application.xhtml?id=" + application.id());
        driver.findElement(By.id("ready:markReady")).click();
        waitUntil(d ->
                pages.path().startsWith("/casework/case.xhtml") && "Đã chuyển xét duyệt".equals(pages.text("status")));
        long caseId = ((Number) db.row("select id from benefit_case where application_id = ?", application.id())
                        .get("id"))
                .longValue();
        assertThat(driver.findElements(By.id("act:decide")))
                .as("the officer does not decide")
                .isEmpty();
        pages.logout();
        driver.quit();

        driver = Browser.start();
        pages = new AnSinhPages(driver, appUrl);
        pages.openAs(DemoUser.APPROVER_TUAN_GIAO, "/casework/worklist.xhtml");
        driver.findElements(By.cssSelector("#queue a.queue-case")).stream()
                .filter(link -> link.getText().equals(name))
                .findFirst()
                .orElseThrow()
                .click();
        waitUntil(d -> pages.path().startsWith("/casework/case.xhtml"));
        driver.findElement(By.id("act:decide")).click();
        waitUntil(d -> pages.path().startsWith("/casework/decide.xhtml"));
        driver.findElement(By.id("decide:note")).sendKeys("Đồng ý theo biên bản họp hội đồng xét duyệt");
        driver.findElement(By.id("decide:approve")).click();
        waitUntil(d -> !d.findElements(By.id("decisionPdf")).isEmpty());

        String number = driver.findElement(By.id("decisionPdf")).getText();
        assertThat(number).matches("\\d+/QĐ-UBND");
        assertThat(db.row("select status from benefit_case where id = ?", caseId))
                .containsEntry("status", "ACTIVE");
        String href = driver.findElement(By.id("decisionPdf")).getAttribute("href");
        byte[] pdf = download(href);
        pages.open("/casework/case.xhtml?id=" + caseId);
        assertThat(pages.textOf(By.id("history")))
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
        try (CaseworkFixture fx = new CaseworkFixture(emf, db)) {
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

        assertThat(pages.textOf(By.id("refusal"))).contains("không được tự phê duyệt");
        assertThat(driver.findElements(By.id("decide:approve"))).isEmpty();
        pages.open("/casework/case.xhtml?id=" + submitted.id());
        assertThat(driver.findElements(By.id("act:decide"))).isEmpty();
        assertThat(db.row("select status from benefit_case where id = ?", submitted.id()))
                .containsEntry("status", "SUBMITTED");
    }

    @Test
    void aChairmanWhoCreatedTheApplicationSeesWhyHeMayNotDecideThoughAColleagueSubmittedIt() {
        BenefitCase submitted;
        try (CaseworkFixture fx = new CaseworkFixture(emf, db)) {
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

        assertThat(pages.textOf(By.id("refusal")))
                .contains("Bạn đã lập hồ sơ đề nghị này")
                .contains("không được tự phê duyệt");
        assertThat(driver.findElements(By.id("decide:approve"))).isEmpty();
        assertThat(db.row("select status from benefit_case where id = ?", submitted.id()))
                .containsEntry("status", "SUBMITTED");
    }

    @Test
    void theOfficerRecordsADeathAndLandsOnTheFamilysFuneralSupportCase() {
        BenefitCase allowance;
        try (CaseworkFixture fx = new CaseworkFixture(emf, db)) {
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
        assertThat(driver.findElements(By.id("drafts"))).hasSize(1);
        assertThat(driver.findElements(By.id("returned"))).hasSize(1);

        pages.open("/casework/life-events.xhtml?personId=" + allowance.personId());
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        driver.findElement(By.id("death:date")).sendKeys(today);
        driver.findElement(By.id("death:record")).click();

        waitUntil(
                d -> pages.path().startsWith("/casework/case.xhtml") && "Đang lập hồ sơ".equals(pages.text("status")));
        assertThat(pages.text("programme")).contains("Hỗ trợ chi phí mai táng");
        assertThat(db.row("select status, end_reason from benefit_case where id = ?", allowance.id()))
                .as("a termination proposal, its payments held, until the chairman signs")
                .containsEntry("status", "TERMINATION_PROPOSED")
                .containsEntry("end_reason", null);
    }

    @Test
    void theProvinceSeesAWarInvalidsFactsInVietnameseAndSignsAnAdjustmentAfterAReassessment() throws Exception {
        BenefitCase c;
        String caregiverName;
        try (CaseworkFixture fx = new CaseworkFixture(emf, db)) {
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
        assertThat(driver.findElement(By.cssSelector("#facts .fact-CAREGIVER_PERSON_ID a"))
                        .getAttribute("href"))
                .as("the caregiver links to the person")
                .contains("/registry/person.xhtml");
        screenshot("case-facts.png");

        WebElement percent = driver.findElement(By.cssSelector("#factsChange input.fact-input-IMPAIRMENT_PERCENT"));
        percent.clear();
        percent.sendKeys("91");
        String month = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
                .format(java.time.format.DateTimeFormatter.ofPattern("MM/yyyy"));
        driver.findElement(By.id("factsChange:factsFrom")).sendKeys(month);
        driver.findElement(By.id("factsChange:factsReason")).sendKeys("Biên bản giám định y khoa lại");
        driver.findElement(By.id("factsChange:adjustFacts")).click();

        waitUntil(d -> pages.textOf(By.id("messages")).contains("Đã ký quyết định điều chỉnh thông tin hưởng"));
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
        try (CaseworkFixture fx = new CaseworkFixture(emf, db)) {
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
        assertThat(driver.findElements(By.id("actionsHeading")))
                .as("a running allowance: the chairman may adjust it")
                .hasSize(1);

        try (CaseworkFixture fx = new CaseworkFixture(emf, db)) {
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
        assertThat(driver.findElements(By.id("actionsHeading"))).isEmpty();
        assertThat(driver.findElements(By.id("act"))).isEmpty();
        assertThat(driver.findElements(By.tagName("h2")))
                .extracting(WebElement::getText)
                .doesNotContain("Thao tác")
                .contains("Quyết định");
        pages.logout();
        driver.quit();
        driver = Browser.start();
        pages = new AnSinhPages(driver, appUrl);
        pages.openAs(DemoUser.OFFICER_TUAN_GIAO, "/casework/case.xhtml?id=" + c.id());
        assertThat(pages.text("status")).isEqualTo("Thôi hưởng");
        assertThat(driver.findElements(By.id("actionsHeading")))
                .as("nor for the officer")
                .isEmpty();
        screenshot("case-terminated.png");
    }

    /** The whole page as a PNG in target/screenshots (the window made as tall as the page first). */
    private void screenshot(String name) {
        long height = ((Number) ((org.openqa.selenium.JavascriptExecutor) driver)
                        .executeScript("return document.documentElement.scrollHeight"))
                .longValue();
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, (int) Math.min(4000, height + 120)));
        try {
            java.nio.file.Path dir = java.nio.file.Path.of("target", "screenshots");
            java.nio.file.Files.createDirectories(dir);
            java.nio.file.Files.write(
                    dir.resolve(name),
                    ((org.openqa.selenium.TakesScreenshot) driver)
                            .getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private byte[] download(String url) throws Exception {
        // the browser's session cookies (whatever the container names them), sent by a plain HTTP client
        String cookies = driver.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
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

    private void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .until(condition);
    }
}
