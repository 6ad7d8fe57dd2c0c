package vn.ansinh.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.ansinh.devstack.DemoUser;

/**
 * A user of the app over plain HTTP, without a browser: logs in through Keycloak's login form, opens pages, and
 * posts a page's form the way PrimeFaces' ajax does (every field of the form as the page rendered it, the
 * ViewState, the changed values). Cheaper than a chromium when many saves must run at once.
 */
final class HttpUser {

    private static final Pattern LOGIN_ACTION = Pattern.compile("action=\"([^\"]*login-actions/authenticate[^\"]*)\"");
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:.-]+)=\"([^\"]*)\"");

    private final String appUrl;
    private final HttpClient http;

    HttpUser(String appUrl) {
        this.appUrl = appUrl;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new LoopbackCookies())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** Logs in through Keycloak's login page and lands on the app's home page (fails with what it got instead). */
    HttpUser logIn(DemoUser user) throws IOException {
        HttpResponse<String> login = get("/");
        Matcher action = LOGIN_ACTION.matcher(login.body());
        if (!action.find()) {
            throw new IllegalStateException("No Keycloak login form at " + login.uri() + " (status "
                    + login.statusCode() + "): " + snippet(login.body()));
        }
        HttpResponse<String> home = send(HttpRequest.newBuilder(URI.create(unescape(action.group(1))))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        form(Map.of("username", user.username(), "password", DemoUser.PASSWORD, "credentialId", "")))));
        if (home.statusCode() != 200 || !home.uri().toString().startsWith(appUrl)) {
            throw new IllegalStateException("The login of " + user.username() + " ended at " + home.uri() + " (status "
                    + home.statusCode() + "): " + snippet(home.body()));
        }
        return this;
    }

    /** A download, as bytes. */
    HttpResponse<byte[]> getBytes(String path) throws IOException {
        try {
            return http.send(
                    HttpRequest.newBuilder(URI.create(appUrl + path))
                            .timeout(Duration.ofSeconds(60))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    HttpResponse<String> get(String path) throws IOException {
        return send(HttpRequest.newBuilder(URI.create(appUrl + path)).GET());
    }

    /** A page as rendered, to post one of its forms. */
    record Page(String path, String html) {}

    /** Opens a page; fails unless it answers 200. */
    Page open(String path) throws IOException {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new IOException(path + " answered " + response.statusCode() + ": " + snippet(response.body()));
        }
        return new Page(path, response.body());
    }

    /**
     * Posts the form {@code formId} of the page by ajax, as a click on {@code button} with the form processed and
     * {@code render} re-rendered; every field keeps the value the page rendered unless {@code values} changes it.
     * The body of the partial response.
     */
    /** The nonce PrimeFaces' script gets from the page ({@code PrimeFaces.csp.init('…')}). */
    private static final Pattern CSP_NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\(['\"]([^'\"]+)['\"]\\)");

    String postAjax(Page page, String formId, String button, Map<String, String> values, String render)
            throws IOException {
        Matcher formTag = Pattern.compile(
                        "<form id=\"" + Pattern.quote(formId) + "\"([^>]*)>(.*?)</form>", Pattern.DOTALL)
                .matcher(page.html());
        if (!formTag.find()) {
            throw new IllegalStateException("No form " + formId + " on " + page.path());
        }
        String action = attributes(formTag.group(1)).get("action");
        Map<String, String> fields = fields(formTag.group(2));
        fields.putAll(values);
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", button);
        fields.put("jakarta.faces.partial.execute", formId);
        fields.put("jakarta.faces.partial.render", render);
        fields.put(button, button);
        // PrimeFaces' script sends the page's CSP nonce with every ajax request; without it the render of the answer
        // fails ("CSP nonce mismatch") and the answer comes back without its messages
        Matcher nonce = CSP_NONCE.matcher(page.html());
        if (nonce.find()) {
            fields.put("primefaces.nonce", nonce.group(1));
        }
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(appUrl + unescape(action)))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Faces-Request", "partial/ajax")
                .header("X-Requested-With", "XMLHttpRequest")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))));
        return response.body();
    }

    /** The fields a browser would send: inputs (radios and check boxes only when checked), selects, text areas. */
    private static Map<String, String> fields(String form) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = Pattern.compile("<input\\b([^>]*)>").matcher(form);
        while (input.find()) {
            Map<String, String> a = attributes(input.group(1));
            String type = a.getOrDefault("type", "text");
            boolean checkable = type.equals("radio") || type.equals("checkbox");
            if (a.containsKey("name")
                    && !type.matches("submit|button|image|file|reset")
                    && (!checkable || input.group(1).contains("checked"))) {
                fields.put(a.get("name"), unescape(a.getOrDefault("value", checkable ? "on" : "")));
            }
        }
        Matcher select = Pattern.compile("<select\\b([^>]*)>(.*?)</select>", Pattern.DOTALL)
                .matcher(form);
        while (select.find()) {
            String name = attributes(select.group(1)).get("name");
            Matcher option = Pattern.compile("<option\\b([^>]*)>").matcher(select.group(2));
            String chosen = null;
            while (option.find()) {
                Map<String, String> a = attributes(option.group(1));
                if (chosen == null || option.group(1).contains("selected")) {
                    chosen = unescape(a.getOrDefault("value", ""));
                }
                if (option.group(1).contains("selected")) {
                    break;
                }
            }
            if (name != null && chosen != null) {
                fields.put(name, chosen);
            }
        }
        Matcher area = Pattern.compile("<textarea\\b([^>]*)>(.*?)</textarea>", Pattern.DOTALL)
                .matcher(form);
        while (area.find()) {
            String name = attributes(area.group(1)).get("name");
            if (name != null) {
                fields.put(name, unescape(area.group(2)));
            }
        }
        return fields;
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher m = ATTRIBUTE.matcher(tag);
        while (m.find()) {
            attributes.put(m.group(1), m.group(2));
        }
        return attributes;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static String unescape(String html) {
        Matcher numeric = Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(html);
        String decoded = numeric.replaceAll(m -> Matcher.quoteReplacement(
                Character.toString(Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16))));
        return decoded.replace("&quot;", "\"")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    /**
     * Cookies as a browser keeps them for 127.0.0.1: Keycloak marks its login cookies {@code Secure}, which
     * browsers send to a loopback address over plain HTTP (a secure context) but Java's cookie manager sends only
     * over HTTPS, so they are looked up as if the request were HTTPS.
     */
    private static final class LoopbackCookies extends java.net.CookieHandler {

        private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

        @Override
        public Map<String, java.util.List<String>> get(URI uri, Map<String, java.util.List<String>> headers)
                throws IOException {
            try {
                URI secure = new URI("https", null, uri.getHost(), uri.getPort(), uri.getPath(), null, null);
                return cookies.get(secure, headers);
            } catch (java.net.URISyntaxException e) {
                throw new IOException(e);
            }
        }

        @Override
        public void put(URI uri, Map<String, java.util.List<String>> headers) throws IOException {
            cookies.put(uri, headers);
        }
    }

    static String snippet(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 600 ? flat.substring(0, 600) + "…" : flat;
    }
}
