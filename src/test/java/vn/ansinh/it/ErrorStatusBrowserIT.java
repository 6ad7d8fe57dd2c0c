package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import vn.ansinh.devstack.DemoUser;
import vn.ansinh.it.pages.PayrollRunPage;
import vn.ansinh.it.pages.UploadField;
import vn.ansinh.registry.domain.PartialDate;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.Sex;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.ProgrammeField;

/**
 * Bad input and crashes answer the Vietnamese error pages with their real HTTP status (a logged-in
 * officer's session, read over plain HTTP): 404 for an id that is malformed, too large, missing or of
 * another commune (the same answer), 500 for a crash, 403 for a page of another role; a file over the
 * upload limit gets a message next to the upload naming the limit (from the browser, or from the server
 * when the browser's check is bypassed), a request declared over it a 413 page; ajax crashes and expired
 * full-page postbacks still end on their error pages.
 */
class ErrorStatusBrowserIT {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    /** Every page that takes an id parameter (the f:viewParam's of src/main/webapp). */
    private static final List<String> ID_PAGES = List.of(
            "/registry/person.xhtml?id=",
            "/registry/person-form.xhtml?id=",
            "/registry/household.xhtml?id=",
            "/intake/application.xhtml?id=",
            "/intake/application.xhtml?personId=",
            "/casework/case.xhtml?id=",
            "/casework/decide.xhtml?id=",
            "/casework/life-events.xhtml?personId=",
            "/payroll/run.xhtml?id=",
            "/payment/history.xhtml?personId=",
            "/payment/line.xhtml?id=",
            "/payment/channels.xhtml?runId=",
            "/account/person.xhtml?personId=");

    @RegisterExtension
    final BrowserSession browser = BrowserSession.loggedInAs(DemoUser.OFFICER_TUAN_GIAO, "/officer/home.xhtml");

    private final AnSinhPages pages = browser.pages();
    private final TestDatabase db = browser.db();
    private final UploadField uploadField = new UploadField(pages);

    @Test
    void aMalformedTooLargeMissingOrForeignIdAnswersTheSame404OnEveryPage() throws Exception {
        long otherCommunesPerson;
        try (CaseworkFixture fx = browser.data()) {
            otherCommunesPerson = fx.person(CaseworkFixture.QUY_HOP, "Vi Thị Xa", PartialDate.of(1980), Sex.FEMALE)
                    .id();
        }
        for (String page : ID_PAGES) {
            List<String> ids = new java.util.ArrayList<>(
                    List.of("abc", "99999999999999999999", "'", "-1", "0", "999999999999", "12abc"));
            if (page.contains("person")) {
                ids.add(String.valueOf(otherCommunesPerson));
            }
            for (String id : ids) {
                HttpResponse<String> response =
                        get(page + java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8));
                assertThat(response.statusCode()).as(page + id).isEqualTo(404);
                assertThat(response.body())
                        .as(page + id)
                        .contains("Không tìm thấy trang")
                        .doesNotContain("at vn.ansinh");
            }
        }
    }

    @Test
    void thePagesHarnessNoticesAnErrorPage() {
        assertThat(browser.problemsOn("/registry/person.xhtml?id=999999999999"))
                .anySatisfy(problem -> assertThat(problem).startsWith("error page"));
    }

    @Test
    void aCrashAnswers500WithTheVietnamesePage() throws Exception {
        // a payroll run whose status no version of the app ever wrote: reading it fails
        long run = new PaymentFixture(db)
                .run(CaseworkFixture.TUAN_GIAO.value(), PaymentFixture.freshMonths(1), "NO_SUCH_STATUS");
        try {
            HttpResponse<String> response = get("/payroll/run.xhtml?id=" + run);

            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(response.body())
                    .contains("lang=\"vi\"")
                    .contains("Về trang chủ")
                    .doesNotContain("at vn.ansinh");
        } finally {
            readable(run);
        }
    }

    /**
     * Makes an unreadable run readable again: the stack is shared, and a run nobody can read breaks the runs list of
     * Tuần Giáo and of every unit above it for the tests that come after.
     */
    private void readable(long run) {
        db.execute("update payroll_run set status = 'DRAFT' where id = ?", run);
    }

    @Test
    void anotherRolesPageAnswers403() throws Exception {
        HttpResponse<String> response = get("/admin/settings.xhtml");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("lang=\"vi\"").contains("Về trang chủ");
    }

    /**
     * What a user met before: the browser sent the whole file (the size check of {@code <p:validateFile>}
     * only exists in the browser with client-side validation on), and the server answered a bare "Tệp quá
     * lớn." at the top of the page that did not say the limit.
     */
    @Test
    void aFileOverTheUploadLimitIsRefusedInTheBrowserNextToEveryUploadNamingTheLimit() throws Exception {
        long megabytes = Long.parseLong(db.setting("UPLOAD_MAX_MEGABYTES"));
        Map<String, String> uploads = new LinkedHashMap<>();
        try (CaseworkFixture fx = browser.data()) {
            Person applicant = fx.person(CaseworkFixture.TUAN_GIAO, "Lò Văn Tải", PartialDate.of(1950), Sex.MALE);
            long application = fx.application(
                            applicant,
                            Category.DISABLED,
                            Map.of(ProgrammeField.DISABILITY_LEVEL, "SEVERE"),
                            "2025-07-01T02:00:00Z")
                    .id();
            PaymentFixture payments = new PaymentFixture(db);
            YearMonth month = PaymentFixture.freshMonths(1);
            long run = payments.run(CaseworkFixture.TUAN_GIAO.value(), month, "APPROVED");
            payments.bankLine(run, payments.person("Lò Thị Ngân"), month, 750_000, "VBSP", "PENDING");
            uploads.put("/registry/import.xhtml", ".xlsx");
            uploads.put("/account/import.xhtml", ".csv");
            uploads.put("/intake/application.xhtml?id=" + application, ".pdf");
            uploads.put("/payment/channels.xhtml?runId=" + run, ".csv");
        }
        for (Map.Entry<String, String> upload : uploads.entrySet()) {
            for (long size : new long[] {65L * 1024 * 1024, megabytes * 1024 * 1024 + 1}) {
                Path file = sparseFile("qua-lon-", upload.getValue(), size);
                try {
                    pages.open(upload.getKey());
                    uploadField.choose(file);

                    String message = uploadField.awaitMessage(30);
                    // "10 MB" as the browser writes it (the server would write "10,0 MB"): refused before sending
                    assertThat(message)
                            .as(upload.getKey() + " " + size)
                            .contains(file.getFileName().toString())
                            .contains("lớn hơn mức tối đa " + megabytes + " MB");
                    assertThat(browser.driver().findElements(By.id("error-title")))
                            .isEmpty();
                    assertThat(pages.browserErrors())
                            .as("no script error, none refused by the CSP")
                            .isEmpty();
                } finally {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    @Test
    void aFileJustOverTheLimitThatBypassesTheBrowserCheckIsRefusedByTheServerNextToTheUpload() throws Exception {
        long megabytes = Long.parseLong(db.setting("UPLOAD_MAX_MEGABYTES"));
        Path file = sparseFile("qua-lon-", ".xlsx", megabytes * 1024 * 1024 + 1);
        try {
            pages.open("/registry/import.xhtml");
            // a crafted request: the browser no longer knows the limit
            pages.script("var input = document.getElementById('upload:file_input');"
                    + " input.removeAttribute('data-p-sizelimit'); $(input).removeData('p-sizelimit');");
            uploadField.choose(file);

            String message = uploadField.awaitMessage(60);
            assertThat(message)
                    .contains(file.getFileName().toString())
                    .containsPattern("lớn hơn mức tối đa " + megabytes + "(,0)? MB");
            assertThat(browser.driver().findElements(By.id("error-title"))).isEmpty();
            assertThat(browser.driver().findElements(By.id("report")))
                    .as("no import report")
                    .isEmpty();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void aCraftedRequestOverTheLimitAnswers413NamingTheLimitNeverAMultipartCrash() throws Exception {
        long megabytes = Long.parseLong(db.setting("UPLOAD_MAX_MEGABYTES"));
        for (long size : new long[] {65L * 1024 * 1024, (megabytes + 2) * 1024 * 1024}) {
            String response = postUploadHead("Content-Length: " + size);

            assertThat(response).as("declared " + size).startsWith("HTTP/1.1 413");
            assertThat(response)
                    .contains("Tệp quá lớn")
                    .contains(megabytes + " MB")
                    .doesNotContain("multipart")
                    .doesNotContain("at vn.ansinh");
        }
        assertThat(postUploadHead("Transfer-Encoding: chunked"))
                .as("no length declared")
                .startsWith("HTTP/1.1 413");
    }

    @Test
    void aFileOfAnotherTypeIsRefusedNextToTheUpload() throws Exception {
        Path file = sparseFile("danh-sach-", ".txt", 2000);
        try {
            pages.open("/registry/import.xhtml");
            uploadField.choose(file);

            String message = uploadField.awaitMessage(30);
            assertThat(message).contains(file.getFileName().toString()).contains("không thuộc loại được nhận (.xlsx)");
            assertThat(pages.browserErrors()).isEmpty();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The ajax requests keep PrimeFaces' redirect: a crash during one ends on the 500 page, not in silence. */
    @Test
    void aCrashDuringAnAjaxRequestSendsTheBrowserToTheErrorPage() {
        PaymentFixture payments = new PaymentFixture(db);
        long run = payments.run(CaseworkFixture.TUAN_GIAO.value(), PaymentFixture.freshMonths(1), "DRAFT");
        PayrollRunPage runPage = new PayrollRunPage(pages).open(run);
        pages.waitFor(By.id("run:compute"));
        // the run turns unreadable while its page is open: computing it (an ajax request) fails to read it
        payments.execute("update payroll_run set status = 'NO_SUCH_STATUS' where id = ?", run);

        try {
            runPage.compute();

            pages.waitUntil(d -> pages.path().startsWith("/errors/"));
            assertThat(pages.path()).isEqualTo("/errors/500.xhtml");
            assertThat(pages.text("error-title")).isEqualTo("Hệ thống gặp sự cố");
        } finally {
            readable(run);
        }
    }

    /** A full-page (not ajax) postback of a view the server no longer knows ends on the expired page. */
    @Test
    void aFullPageSubmitOnAnExpiredViewLandsOnTheExpiredPage() {
        pages.open("/registry/persons.xhtml");
        pages.waitFor(By.id("search:table"));
        pages.script("var form = document.getElementById('search');"
                + " form.querySelector(\"input[name='jakarta.faces.ViewState']\").value = 'expired:0'; form.submit();");

        pages.waitUntil(d -> pages.path().startsWith("/errors/"));
        assertThat(pages.path()).isEqualTo("/errors/expired.xhtml");
        assertThat(pages.text("error-title")).isEqualTo("Phiên làm việc đã hết hạn");
    }

    private static Path sparseFile(String prefix, String suffix, long size) throws Exception {
        Path file = Files.createTempFile(prefix, suffix);
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            out.setLength(size);
        }
        return file;
    }

    /**
     * What a crafted upload to the registry import sends first: the headers of a multipart POST with the
     * logged-in officer's cookies (its length as {@code lengthHeader} says) and the first 64 KB of a file of
     * zeros; then the server's answer, read until it closes the connection or ends the page. The server must
     * answer from the headers, without the rest of the body.
     */
    private String postUploadHead(String lengthHeader) throws Exception {
        URI app = URI.create(browser.appUrl());
        String boundary = "----ansinh" + System.nanoTime();
        String cookies = pages.cookieHeader();
        boolean chunked = lengthHeader.contains("chunked");
        byte[] part = new byte[64 * 1024];
        try (java.net.Socket socket = new java.net.Socket(app.getHost(), app.getPort())) {
            socket.setSoTimeout(30_000);
            java.io.OutputStream out = socket.getOutputStream();
            String head = "POST /registry/import.xhtml HTTP/1.1\r\nHost: " + app.getAuthority() + "\r\nCookie: "
                    + cookies + "\r\nContent-Type: multipart/form-data; boundary=" + boundary + "\r\n" + lengthHeader
                    + "\r\n\r\n";
            String partHead = "--" + boundary
                    + "\r\nContent-Disposition: form-data; name=\"upload:file_input\"; filename=\"lon.xlsx\"\r\n"
                    + "Content-Type: application/octet-stream\r\n\r\n";
            out.write(head.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            if (chunked) {
                out.write((Integer.toHexString(partHead.length() + part.length) + "\r\n")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            out.write(partHead.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.write(part);
            if (chunked) {
                out.write("\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            out.flush();
            java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
            java.io.InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                answer.write(buffer, 0, n);
                if (answer.toString(java.nio.charset.StandardCharsets.UTF_8).contains("</html>")) {
                    break;
                }
            }
            return answer.toString(java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        String cookies = pages.cookieHeader();
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(browser.appUrl() + path))
                        .header("Cookie", cookies)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
