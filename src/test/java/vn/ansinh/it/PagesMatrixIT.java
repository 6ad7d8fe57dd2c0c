package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ansinh.devstack.DemoUser;
import vn.ansinh.it.RichPersonFixture.Subject;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.security.AuthorizationMatrix;
import vn.ansinh.shared.security.AuthorizationMatrix.Row;
import vn.ansinh.shared.security.AuthorizationMatrix.Scope;

/**
 * The pages table of the authorization matrix ({@code src/docs/authorization-matrix.md}), cell by cell, against the
 * running stack over plain HTTP: each demo user of {@link MatrixCast} logs in through Keycloak once, then every page
 * is requested as every role in every scope, on the rich person of the scope's commune ({@link RichPersonFixture}:
 * Tuần Giáo in Điện Biên, Quỳ Hợp in Nghệ An), and the answer compared with the table: the status
 * (200, 403, 404 — a record outside the jurisdiction answers the same 404 as a missing one, {@code RecordParam}),
 * or {@code login} for Keycloak's login redirect of an anonymous visitor.
 *
 * <p>On a difference the test writes the table it found to {@code target/authorization-matrix-pages.md}.
 */
class PagesMatrixIT {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private static String appUrl;
    private static String issuer;
    private static Map<AdminUnitCode, Subject> richPerson;
    private static final Map<DemoUser, String> COOKIES = new ConcurrentHashMap<>();
    private static ExecutorService pool;

    @BeforeAll
    static void logInEveryone() {
        appUrl = TestStack.app().appUrl();
        issuer = TestStack.app().layout().issuer();
        // A few requests at a time: with SessionGroups a logged-in user keeps their roles under concurrent requests
        // (ConcurrentRolesIT); before it, Payara Micro now and then lost them (payara/Payara#6145).
        pool = Executors.newFixedThreadPool(4);
        LinkedHashSet<DemoUser> users = new LinkedHashSet<>();
        for (String role : AuthorizationMatrix.ROLES) {
            for (Scope scope : Scope.values()) {
                MatrixCast.onPages(role, scope).map(MatrixCast.Cast::user).ifPresent(users::add);
            }
        }
        users.remove(null);
        CompletableFuture<?> logins = CompletableFuture.allOf(users.stream()
                .map(user -> CompletableFuture.runAsync(
                        () -> COOKIES.put(user, HttpLogin.cookieHeaderOf(HTTP, appUrl, user)), pool))
                .toArray(CompletableFuture[]::new));
        RichPersonFixture.Subjects data = RichPersonFixture.onTheApp();
        richPerson = Map.of(
                MatrixCast.TUAN_GIAO,
                data.tuanGiao().get(0),
                MatrixCast.QUY_HOP,
                data.quyHop().get(0));
        logins.join();
    }

    @AfterAll
    static void stop() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    @Test
    void everyPageAnswersEveryRoleInEveryScopeAsTheMatrixSays() throws IOException {
        Map<String, Row> expected = new LinkedHashMap<>();
        LinkedHashSet<String> pages = new LinkedHashSet<>();
        for (Row row : AuthorizationMatrix.read().pages()) {
            expected.put(row.subject() + " @ " + row.scope().label(), row);
            pages.add(row.subject());
        }
        Map<String, Map<Scope, Map<String, CompletableFuture<String>>>> asked = new LinkedHashMap<>();
        for (String page : pages) {
            Map<Scope, Map<String, CompletableFuture<String>>> byScope = new EnumMap<>(Scope.class);
            for (Scope scope : scopesOf(page)) {
                Map<String, CompletableFuture<String>> byRole = new LinkedHashMap<>();
                for (String role : AuthorizationMatrix.ROLES) {
                    byRole.put(role, answer(page, role, scope));
                }
                byScope.put(scope, byRole);
            }
            asked.put(page, byScope);
        }
        List<Row> found = new ArrayList<>();
        List<String> differences = new ArrayList<>();
        asked.forEach((page, byScope) -> byScope.forEach((scope, byRole) -> {
            Map<String, String> answers = new LinkedHashMap<>();
            byRole.forEach((role, answer) -> answers.put(role, answer.join()));
            found.add(new Row(page, scope, answers));
            Row wanted = expected.remove(page + " @ " + scope.label());
            if (wanted == null) {
                differences.add(page + " @ " + scope.label() + ": no row in the matrix");
            } else if (!wanted.answers().equals(answers)) {
                differences.add(page + " @ " + scope.label() + ": the matrix says " + wanted.answers()
                        + ", the app answers " + answers);
            }
        }));
        expected.keySet().forEach(row -> differences.add(row + ": a scope this page does not have"));
        if (!differences.isEmpty()) {
            Files.writeString(
                    Path.of("target/authorization-matrix-pages.md"),
                    AuthorizationMatrix.render("Page", AuthorizationMatrix.ROLES, found),
                    StandardCharsets.UTF_8);
        }
        assertThat(found).hasSizeGreaterThan(40);
        assertThat(differences)
                .as("cells where the app and the matrix differ (found: target/authorization-matrix-pages.md)")
                .isEmpty();
    }

    /**
     * The payment search takes {@code ?person=} as a filter, not as a record to open ({@code RecordParam}), so it
     * answers 200 to the auditor and the administrator of Điện Biên on a person of Quỳ Hợp: the page must then show
     * nothing of that person (neither name nor personal ID), while the same search on a person below them shows both.
     */
    @Test
    void thePaymentSearchOnAPersonOfAnotherProvinceShowsNothingOfThem() {
        TestDatabase db = new TestDatabase(TestStack.app().database());
        String page = "/audit/payments.xhtml?person={person}";
        for (String role : List.of("auditor", "admin")) {
            MatrixCast.Cast other = MatrixCast.onPages(role, Scope.OTHER).orElseThrow();
            MatrixCast.Cast below = MatrixCast.onPages(role, Scope.BELOW).orElseThrow();
            Subject elsewhere = richPerson.get(other.recordCommune());
            Subject within = richPerson.get(below.recordCommune());

            String shown = body(within.fill(page), below.user());
            assertThat(shown)
                    .as("%s (%s) searching a person below: the lines are shown", role, below.user())
                    .contains(historyLinkOf(within))
                    .contains(nameOf(db, within));

            String hidden = body(elsewhere.fill(page), other.user());
            assertThat(hidden)
                    .as("%s (%s) searching a person of another province", role, other.user())
                    .doesNotContain(historyLinkOf(elsewhere))
                    .doesNotContain(nameOf(db, elsewhere));
        }
    }

    /** The person's full name as the registry holds it (unique to the test run). */
    private static String nameOf(TestDatabase db, Subject subject) {
        Object name = db.row(
                        "SELECT full_name FROM person WHERE id = ?",
                        subject.ids().get("person"))
                .get("full_name");
        assertThat(name).as(subject.name() + " is in the registry").isNotNull();
        return name.toString();
    }

    /** The link of a result line to the person's payment history: it carries the person's id. */
    private static String historyLinkOf(Subject subject) {
        return "/payment/history.xhtml?personId=" + subject.ids().get("person") + "\"";
    }

    /** The page's HTML as the user sees it; it must answer 200. */
    private static String body(String path, DemoUser user) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(appUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Cookie", COOKIES.get(user))
                .GET()
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path + " as " + user).isEqualTo(200);
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A page that shows a record (a placeholder in its path) has the four scopes; any other page none. */
    private static List<Scope> scopesOf(String page) {
        return page.contains("{") ? List.of(Scope.OWN, Scope.BELOW, Scope.OTHER, Scope.ABOLISHED) : List.of(Scope.NONE);
    }

    private CompletableFuture<String> answer(String page, String role, Scope scope) {
        Optional<MatrixCast.Cast> cast = MatrixCast.onPages(role, scope);
        if (cast.isEmpty()) {
            return CompletableFuture.completedFuture(AuthorizationMatrix.NONE);
        }
        String path = scope == Scope.NONE
                ? page
                : richPerson.get(cast.get().recordCommune()).fill(page);
        if (path.contains("{")) {
            throw new AssertionError(page + ": the rich person has no record for " + path);
        }
        return CompletableFuture.supplyAsync(() -> status(path, cast.get().user()), pool);
    }

    /** The answer as the table writes it: the status, or login for Keycloak's login redirect. */
    private static String status(String path, DemoUser user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(appUrl + path))
                .timeout(Duration.ofSeconds(30))
                .GET();
        if (user != null) {
            request.header("Cookie", COOKIES.get(user));
        }
        try {
            HttpResponse<Void> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() == 302
                    && response.headers()
                            .firstValue("Location")
                            .orElse("")
                            .startsWith(issuer + "/protocol/openid-connect/auth")) {
                return "login";
            }
            if (response.statusCode() == 302
                    && response.headers()
                            .firstValue("Location")
                            .orElse("")
                            .matches(java.util.regex.Pattern.quote(appUrl) + "/\\w+/home\\.xhtml")) {
                return "home";
            }
            if (response.statusCode() / 100 == 3) {
                return response.statusCode() + " → "
                        + response.headers().firstValue("Location").orElse("?");
            }
            return String.valueOf(response.statusCode());
        } catch (IOException e) {
            throw new IllegalStateException(path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
