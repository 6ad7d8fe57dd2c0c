package vn.ansinh.it;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.ChromiumDriver;
import vn.ansinh.devstack.DemoUser;

/**
 * The Keycloak single sign-on session of each demo user who has typed the password on Keycloak's login page
 * in this test JVM, kept as its cookies (those under {@code /realms/}), so that a later browser of the same
 * user is logged in by Keycloak's SSO, as a second tab would be, without the login page and the password
 * hash. Only Keycloak's session is shared: the app's session is new in every browser and comes through the
 * same redirects as after a password (the authorization request with PKCE, the callback, the token exchange).
 * A session that has ended (a test logged out) shows the login page again, and the user types the password.
 */
final class KeycloakSessions {

    private static final Map<DemoUser, List<Map<String, Object>>> SESSIONS = new ConcurrentHashMap<>();
    /** What {@code Network.setCookies} accepts of what {@code Network.getAllCookies} gives. */
    private static final List<String> COOKIE_PARAMS =
            List.of("name", "value", "domain", "path", "secure", "httpOnly", "sameSite", "expires");

    private KeycloakSessions() {}

    /** Keeps the Keycloak cookies the browser holds now, right after {@code user} logged in with the password. */
    static void remember(DemoUser user, WebDriver driver) {
        chromium(driver).ifPresent(chromium -> {
            List<Map<String, Object>> cookies = allCookies(chromium).stream()
                    .filter(c -> String.valueOf(c.get("path")).startsWith("/realms/"))
                    .map(KeycloakSessions::asParam)
                    .toList();
            if (!cookies.isEmpty()) {
                SESSIONS.put(user, cookies);
            }
        });
    }

    /** Gives the browser {@code user}'s Keycloak session, if there is one; false if the user must type the password. */
    static boolean restore(DemoUser user, WebDriver driver) {
        List<Map<String, Object>> cookies = SESSIONS.get(user);
        Optional<ChromiumDriver> chromium = chromium(driver);
        if (cookies == null || chromium.isEmpty()) {
            return false;
        }
        chromium.get().executeCdpCommand("Network.setCookies", Map.of("cookies", cookies));
        return true;
    }

    /** Forgets a session Keycloak no longer knows. */
    static void forget(DemoUser user) {
        SESSIONS.remove(user);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> allCookies(ChromiumDriver chromium) {
        Object cookies =
                chromium.executeCdpCommand("Network.getAllCookies", Map.of()).get("cookies");
        return cookies instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }

    private static Map<String, Object> asParam(Map<String, Object> cookie) {
        Map<String, Object> param = new LinkedHashMap<>();
        for (String key : COOKIE_PARAMS) {
            Object value = cookie.get(key);
            boolean sessionCookie = Boolean.TRUE.equals(cookie.get("session"));
            if (value != null && !(key.equals("expires") && sessionCookie)) {
                param.put(key, value);
            }
        }
        return param;
    }

    private static Optional<ChromiumDriver> chromium(WebDriver driver) {
        return driver instanceof ChromiumDriver chromium ? Optional.of(chromium) : Optional.empty();
    }
}
