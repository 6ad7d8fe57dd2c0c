package vn.ansinh.it;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.ansinh.devstack.DemoUser;

/**
 * A demo user logged in over plain HTTP, without a browser: the app's redirect to Keycloak, Keycloak's login form
 * filled and posted, the callback followed back to the app. What remains is the app's session cookie, sent with
 * every later request ({@link #cookieHeader()}). The cookies are kept per host and port (the app and Keycloak both
 * run on localhost), whatever their Secure flag, as a browser on localhost does.
 */
final class HttpLogin {

    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*>");
    private static final Pattern ACTION = Pattern.compile("action=\"([^\"]+)\"");

    private final HttpClient http;
    private final Map<String, Map<String, String>> cookies = new LinkedHashMap<>();
    private final String appAuthority;

    private HttpLogin(HttpClient http, String appUrl) {
        this.http = http;
        this.appAuthority = URI.create(appUrl).getAuthority();
    }

    /** Logs the user in and returns the app's cookies as a {@code Cookie} header. */
    static String cookieHeaderOf(HttpClient http, String appUrl, DemoUser user) {
        HttpLogin login = new HttpLogin(http, appUrl);
        try {
            login.logIn(appUrl, user);
        } catch (IOException e) {
            throw new IllegalStateException("logging in " + user.username() + " over HTTP failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return login.cookieHeader();
    }

    String cookieHeader() {
        return header(appAuthority);
    }

    private void logIn(String appUrl, DemoUser user) throws IOException, InterruptedException {
        HttpResponse<String> page = follow(get(URI.create(appUrl + "/index.xhtml")));
        Matcher form = LOGIN_FORM.matcher(page.body());
        if (!form.find()) {
            throw new IllegalStateException("no Keycloak login form at " + page.uri() + " (" + page.statusCode() + ")");
        }
        Matcher action = ACTION.matcher(form.group());
        if (!action.find()) {
            throw new IllegalStateException("Keycloak's login form has no action");
        }
        URI post = URI.create(action.group(1).replace("&amp;", "&"));
        String body = "username=" + URLEncoder.encode(user.username(), StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(DemoUser.PASSWORD, StandardCharsets.UTF_8) + "&credentialId=";
        HttpResponse<String> landed = follow(send(HttpRequest.newBuilder(post)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))));
        if (landed.statusCode() != 200 || !landed.uri().getAuthority().equals(appAuthority)) {
            throw new IllegalStateException(user.username() + " did not land on the app after logging in: "
                    + landed.statusCode() + " " + landed.uri());
        }
    }

    private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        URI uri = request.build().uri();
        String cookie = header(uri.getAuthority());
        if (!cookie.isEmpty()) {
            request.header("Cookie", cookie);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        Map<String, String> jar = cookies.computeIfAbsent(uri.getAuthority(), a -> new LinkedHashMap<>());
        for (String set : response.headers().allValues("Set-Cookie")) {
            String pair = set.split(";", 2)[0];
            int eq = pair.indexOf('=');
            String name = pair.substring(0, eq).strip();
            String value = pair.substring(eq + 1).strip();
            if (value.isEmpty() || set.toLowerCase(java.util.Locale.ROOT).contains("max-age=0")) {
                jar.remove(name);
            } else {
                jar.put(name, value);
            }
        }
        return response;
    }

    private HttpResponse<String> follow(HttpResponse<String> response) throws IOException, InterruptedException {
        HttpResponse<String> current = response;
        for (int hops = 0; hops < 10 && current.statusCode() / 100 == 3; hops++) {
            URI next = current.uri()
                    .resolve(current.headers().firstValue("Location").orElseThrow());
            current = get(next);
        }
        return current;
    }

    private String header(String authority) {
        return cookies.getOrDefault(authority, Map.of()).entrySet().stream()
                .map(c -> c.getKey() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
    }
}
