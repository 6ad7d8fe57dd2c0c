package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.ansinh.devstack.DemoUser;

/**
 * Users of different roles, each logged in once, send many requests at the same time, as the officials of a
 * province do at the start of a working day. Every request must be answered with the user's own roles: Payara
 * Micro 6 shares one security context between the threads of concurrent requests and now and then gives an
 * authenticated request no groups (payara/Payara#6145, fixed only in Payara 7), so a logged-in officer got 403 on
 * their own home page and a save was refused "for want of a role". {@code SessionGroups} gives the container the
 * caller's groups again on every request.
 */
class ConcurrentRolesIT {

    private static final Map<DemoUser, String> HOMES = Map.of(
            DemoUser.OFFICER_TUAN_GIAO, "/officer/home.xhtml",
            DemoUser.APPROVER_TUAN_GIAO, "/approver/home.xhtml",
            DemoUser.AUDITOR_DIEN_BIEN, "/auditor/home.xhtml",
            DemoUser.ADMIN, "/admin/home.xhtml");

    private static final int ROUNDS = 150;

    /** The header's role labels, empty for a request that reached the page without the user's roles. */
    private static final Pattern ROLES_SHOWN = Pattern.compile("id=\"user-roles\" class=\"user-roles\">[^<\\s]");

    @Test
    void everyConcurrentRequestKeepsItsUsersRoles() throws Exception {
        String appUrl = TestStack.app().appUrl();
        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        Map<DemoUser, String> cookies = new ConcurrentHashMap<>();
        for (DemoUser user : HOMES.keySet()) {
            cookies.put(user, HttpLogin.cookieHeaderOf(http, appUrl, user));
        }
        ExecutorService pool = Executors.newFixedThreadPool(24);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                for (Map.Entry<DemoUser, String> home : HOMES.entrySet()) {
                    DemoUser user = home.getKey();
                    answers.add(pool.submit(() -> {
                        HttpResponse<String> response = http.send(
                                HttpRequest.newBuilder(URI.create(appUrl + home.getValue()))
                                        .header("Cookie", cookies.get(user))
                                        .timeout(Duration.ofSeconds(60))
                                        .GET()
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                        boolean own = response.statusCode() == 200
                                && ROLES_SHOWN.matcher(response.body()).find();
                        return own ? null : user.username() + " " + home.getValue() + " -> " + response.statusCode();
                    }));
                }
            }
            List<String> refused = new ArrayList<>();
            for (Future<String> answer : answers) {
                String wrong = answer.get();
                if (wrong != null) {
                    refused.add(wrong);
                }
            }
            assertThat(answers).hasSize(ROUNDS * HOMES.size());
            assertThat(refused)
                    .as("requests of logged-in users answered without their roles, of %d", answers.size())
                    .isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }
}
