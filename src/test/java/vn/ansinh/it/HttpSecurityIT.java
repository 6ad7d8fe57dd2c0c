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
    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() {
        appUrl = TestStack.app().appUrl();
        issuer = TestStack.app().layout().issuer();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"/", "/officer/home.xhtml", "/admin/settings.xhtml", "/audit/trail.xhtml", "/logout-not-a-page"})
    void everyPageSendsAnAnonymousVisitorToKeycloak(String path) throws Exception {
        HttpResponse<String> response = get(path);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .get()
                .asString()
                .startsWith(issuer + "/protocol/openid-connect/auth")
                .contains("client_id=ansinh-web")
                // PKCE (RFC 7636): the hash of a verifier only the app's session knows
                .containsPattern("[?&]code_challenge=[A-Za-z0-9_-]{43}(&|$)")
                .contains("code_challenge_method=S256");
    }

    @Test
    void keycloakRefusesALoginRequestWithoutPkce() throws Exception {
        String callback = appUrl + "/callback";
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(issuer
                                + "/protocol/openid-connect/auth?client_id=ansinh-web&response_type=code&scope=openid&state=x&redirect_uri="
                                + java.net.URLEncoder.encode(callback, java.nio.charset.StandardCharsets.UTF_8)))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .get()
                .asString()
                .startsWith(callback + "?error=invalid_request")
                .contains("code_challenge");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/errors/403.xhtml", "/errors/404.xhtml", "/errors/500.xhtml", "/errors/expired.xhtml"})
    void errorPagesArePublicVietnameseAndWithoutStackTraces(String path) throws Exception {
        HttpResponse<String> response = get(path);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("lang=\"vi\"")
                .contains("Về trang chủ")
                .doesNotContain("at java.")
                .doesNotContain("at vn.ansinh")
                .doesNotContain("Caused by");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/errors/404.xhtml", "/errors/no-such-page.xhtml"})
    void pagesCarryOneContentSecurityPolicyWithPrimeFacesScriptNonceAndNoFraming(String path) throws Exception {
        HttpResponse<String> response = get(path);

        List<String> policies = response.headers().allValues("Content-Security-Policy");
        assertThat(policies)
                .as("exactly one policy header (browsers would enforce each)")
                .hasSize(1);
        assertThat(policies.get(0))
                .contains("default-src 'self'")
                .contains("frame-ancestors 'none'")
                .contains("object-src 'none'")
                .doesNotContain("unsafe-eval")
                .containsPattern("script-src 'self' 'nonce-[A-Za-z0-9+/=_-]+';?$")
                // the logout form's answer redirects to Keycloak's end-session endpoint
                .contains("form-action 'self' " + TestStack.app().layout().keycloakUrl() + ";");
        String nonce = policies.get(0).replaceAll(".*'nonce-([^']+)'.*", "$1");
        assertThat(response.body()).contains("nonce=\"" + nonce + "\"");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
    }

    @Test
    void otherResponsesCarryOnePolicyWithoutInlineScripts() throws Exception {
        HttpResponse<String> response = get("/health/live");

        assertThat(response.headers().allValues("Content-Security-Policy"))
                .singleElement()
                .asString()
                .contains("default-src 'self'")
                .endsWith("script-src 'self'");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        HttpResponse<String> response = get("/errors/404.xhtml");

        assertThat(response.headers().allValues("Set-Cookie"))
                .filteredOn(c -> c.startsWith("ANSINH_SESSION="))
                .singleElement()
                .asString()
                .contains("HttpOnly")
                .containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void healthStatusIsPublicButWithoutDetails() throws Exception {
        HttpResponse<String> ready = get("/health/ready");
        HttpResponse<String> live = get("/health/live");
        HttpResponse<String> all = get("/health");

        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"status\":\"UP\"").contains("\"name\":\"database\"");
        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(live.body()).contains("\"status\":\"UP\"").contains("\"name\":\"ansinh\"");
        assertThat(all.statusCode()).isEqualTo(200);
        for (HttpResponse<String> response : List.of(ready, live, all)) {
            assertThat(response.body())
                    .doesNotContain("heapUsedPercent")
                    .doesNotContain("schemaVersion")
                    .doesNotContain("\"data\"");
        }
        assertThat(withToken("/health", "not-the-operators-token-at-all").body())
                .doesNotContain("heapUsedPercent");
    }

    @Test
    void operatorsWithTheHealthTokenSeeTheDetails() throws Exception {
        HttpResponse<String> all = withToken("/health", TestStack.app().layout().healthToken());

        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.body())
                .contains("\"name\":\"database\"")
                .contains("schemaVersion")
                .contains("\"name\":\"ansinh\"")
                .contains("heapUsedPercent");
    }

    private static HttpResponse<String> withToken(String path, String token) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(appUrl + path))
                        .header("Authorization", "Bearer " + token)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(appUrl + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
