package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The security baseline as seen by any HTTP client, without a browser. */
class HttpSecurityIT {

    private static String appUrl;
    private static String issuer;
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() {
        appUrl = TestStack.app().appUrl();
        issuer = TestStack.app().layout().issuer();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/officer/home.xhtml", "/admin/settings.xhtml", "/audit/trail.xhtml", "/logout-not-a-page"})
    void everyPageSendsAnAnonymousVisitorToKeycloak(String path) throws Exception {
        HttpResponse<String> response = get(path);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).get().asString()
                .startsWith(issuer + "/protocol/openid-connect/auth")
                .contains("client_id=ansinh-web");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/errors/403.xhtml", "/errors/404.xhtml", "/errors/500.xhtml", "/errors/expired.xhtml"})
    void errorPagesArePublicVietnameseAndWithoutStackTraces(String path) throws Exception {
        HttpResponse<String> response = get(path);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("lang=\"vi\"").contains("Về trang chủ")
                .doesNotContain("at java.").doesNotContain("at vn.ansinh").doesNotContain("Caused by");
    }

    @Test
    void pagesCarryAContentSecurityPolicyWithAScriptNonceAndNoFraming() throws Exception {
        HttpResponse<String> response = get("/errors/404.xhtml");

        List<String> policies = response.headers().allValues("Content-Security-Policy");
        assertThat(policies).anySatisfy(p -> assertThat(p).contains("default-src 'self'").contains("frame-ancestors 'none'")
                .contains("object-src 'none'"));
        assertThat(policies).anySatisfy(p -> assertThat(p).matches("script-src 'self' 'nonce-[A-Za-z0-9+/=]+';?"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        HttpResponse<String> response = get("/errors/404.xhtml");

        assertThat(response.headers().allValues("Set-Cookie"))
                .filteredOn(c -> c.startsWith("ANSINH_SESSION="))
                .singleElement().asString()
                .contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void healthIsPublicAndReportsTheDatabase() throws Exception {
        HttpResponse<String> ready = get("/health/ready");
        HttpResponse<String> all = get("/health");

        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"status\":\"UP\"").contains("\"name\":\"database\"").contains("schemaVersion");
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.body()).contains("\"name\":\"ansinh\"");
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(appUrl + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
