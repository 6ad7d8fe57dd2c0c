package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.ansinh.devstack.DemoUser;
import vn.ansinh.registry.domain.PartialDate;
import vn.ansinh.registry.domain.Sex;

/**
 * Bad input and crashes answer the Vietnamese error pages with their real HTTP status (a logged-in
 * officer's session, read over plain HTTP): 404 for an id that is malformed, too large, missing or of
 * another commune (the same answer), 500 for a crash, 403 for a page of another role; and a file over
 * the upload limit gets a message next to the upload, not an error page.
 */
class ErrorStatusBrowserIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    /** Every page that takes an id parameter (the f:viewParam's of src/main/webapp). */
    private static final List<String> ID_PAGES = List.of("/registry/person.xhtml?id=", "/registry/person-form.xhtml?id=",
            "/registry/household.xhtml?id=", "/intake/application.xhtml?id=", "/intake/application.xhtml?personId=",
            "/casework/case.xhtml?id=", "/casework/decide.xhtml?id=", "/casework/life-events.xhtml?personId=",
            "/payroll/run.xhtml?id=", "/payment/history.xhtml?personId=", "/payment/channels.xhtml?runId=",
            "/account/person.xhtml?personId=");

    private WebDriver driver;
    private AnSinhPages pages;
    private TestDatabase db;

    @BeforeEach
    void login() {
        db = new TestDatabase(TestStack.app().database());
        driver = Browser.start();
        pages = new AnSinhPages(driver, TestStack.app().appUrl());
        pages.openAs(DemoUser.OFFICER_TUAN_GIAO, "/officer/home.xhtml");
    }

    @AfterEach
    void quit() {
        driver.quit();
    }

    @Test
    void aMalformedTooLargeMissingOrForeignIdAnswersTheSame404OnEveryPage() throws Exception {
        long otherCommunesPerson;
        try (CaseworkFixture fx = new CaseworkFixture(TestStack.appData(), db)) {
            otherCommunesPerson = fx.person(CaseworkFixture.QUY_HOP, "Vi Thị Xa", PartialDate.of(1980), Sex.FEMALE).id();
        }
        for (String page : ID_PAGES) {
            List<String> ids = new java.util.ArrayList<>(List.of("abc", "99999999999999999999", "'", "-1", "0",
                    "999999999999", "12abc"));
            if (page.contains("person")) {
                ids.add(String.valueOf(otherCommunesPerson));
            }
            for (String id : ids) {
                HttpResponse<String> response = get(page + java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8));
                assertThat(response.statusCode()).as(page + id).isEqualTo(404);
                assertThat(response.body()).as(page + id).contains("Không tìm thấy trang").doesNotContain("at vn.ansinh");
            }
        }
    }

    @Test
    void thePagesHarnessNoticesAnErrorPage() {
        assertThat(PagesBrowserIT.check(driver, pages, "/registry/person.xhtml?id=999999999999"))
                .anySatisfy(problem -> assertThat(problem).startsWith("error page"));
    }

    @Test
    void aCrashAnswers500WithTheVietnamesePage() throws Exception {
        // a payroll run whose status no version of the app ever wrote: reading it fails
        long run = new PaymentFixture(db).run(CaseworkFixture.TUAN_GIAO.value(), PaymentFixture.freshMonths(1), "NO_SUCH_STATUS");

        HttpResponse<String> response = get("/payroll/run.xhtml?id=" + run);

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("lang=\"vi\"").contains("Về trang chủ").doesNotContain("at vn.ansinh");
    }

    @Test
    void anotherRolesPageAnswers403() throws Exception {
        HttpResponse<String> response = get("/admin/settings.xhtml");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("lang=\"vi\"").contains("Về trang chủ");
    }

    @Test
    void aFileOverTheUploadLimitGetsAMessageNextToTheUploadNotAnErrorPage() throws Exception {
        Path big = Files.createTempFile("qua-lon-", ".xlsx");
        try (var out = Files.newOutputStream(big)) {
            byte[] block = new byte[1024 * 1024];
            for (int i = 0; i < 65; i++) {
                out.write(block);
            }
        }
        try {
            pages.open("/registry/import.xhtml");
            driver.findElement(By.cssSelector("#upload\\:file input[type=file]")).sendKeys(big.toString());

            String message = new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElements(
                    By.cssSelector("#upload\\:file .ui-messages-error, #upload\\:file .ui-message-error")).stream()
                    .map(e -> e.getText()).filter(t -> !t.isBlank()).findFirst().orElse(null));
            assertThat(message).contains("10 MB").containsAnyOf("lớn", "Kích thước");
            assertThat(driver.findElements(By.id("error-title"))).isEmpty();
        } finally {
            Files.deleteIfExists(big);
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        return HTTP.send(HttpRequest.newBuilder(URI.create(TestStack.app().appUrl() + path)).header("Cookie", cookies)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
