package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import vn.ansinh.devstack.ClusterStack;
import vn.ansinh.devstack.DatabaseServer;
import vn.ansinh.devstack.DemoUser;
import vn.ansinh.devstack.KeycloakAdmin;
import vn.ansinh.devstack.LocalStack;
import vn.ansinh.devstack.PayaraNode;
import vn.ansinh.devstack.StackLayout;
import vn.ansinh.it.pages.PersonFormPage;
import vn.ansinh.seal.application.ChainVerifier;
import vn.ansinh.seal.application.CheckpointFiles;
import vn.ansinh.seal.domain.ChainReport;

/**
 * Issue 16: the app as two Payara Micro nodes in one Hazelcast cluster behind HAProxy (sticky sessions, active
 * health checks), on a database of its own and the test stack's Keycloak. An officer types a new person into the
 * registration form; the node serving her is killed with SIGKILL; her next click (save) reaches the other node, which
 * has no session for her: she is logged in again through Keycloak's single sign-on without a form, the page opens
 * again with what she typed put back and a notice that it is not saved; she saves, and the person is registered once.
 * The database is an embedded primary with a read replica (real replication) that the nodes' reports and anomaly
 * checks read: the pages say so with the lag, the lag grows when replication stops, and without the replica the
 * reports are read from the primary and say so.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterFailoverIT {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ClusterStack cluster;
    private static final Pattern LAG = Pattern.compile("Số liệu từ bản sao chỉ đọc, trễ (\\d+) giây");
    private static final String FALLBACK = "Bản sao chỉ đọc không trả lời";

    private static LocalStack databases;
    private static DatabaseServer database;
    private static ChromeDriver browser;

    @BeforeAll
    static void startTheCluster() {
        StackLayout layout = StackLayout.forClusterTests();
        TestStack.keycloak();
        new KeycloakAdmin(layout).allowAppUrl(layout.appUrl());
        long start = System.nanoTime();
        databases = LocalStack.replicatedDatabase(layout);
        database = databases.database();
        cluster = ClusterStack.start(
                layout,
                database,
                databases.replica(),
                ClusterStack.nodes(2, layout.appPort() + 1, StackLayout.clusterTestsHazelcastPort()),
                false);
        System.out.printf(
                "ClusterFailoverIT: the database and its replica, two nodes and the proxy started in %d s%n",
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start));
        browser = Browser.start();
    }

    @AfterAll
    static void stopTheCluster() {
        if (browser != null) {
            browser.quit();
        }
        if (cluster != null) {
            cluster.close();
        }
        if (databases != null) {
            databases.close();
        }
    }

    /**
     * Both nodes write at once (the API's registrations and household foundings, each household numbered from the
     * commune's sequence), and the seal chain is sealed by whichever node gets the turn: every write lands once, the
     * numbers are unique and the chain verifies.
     */
    @Test
    @Order(1)
    void twoNodesWritingAtOnceKeepTheNumbersAndTheChain() throws Exception {
        String token = systemToken();
        int threadsPerNode = 3;
        int each = 6;
        List<Callable<List<Integer>>> work = new ArrayList<>();
        AtomicInteger serial = new AtomicInteger();
        List<String> refusals = Collections.synchronizedList(new ArrayList<>());
        for (PayaraNode node : cluster.nodes()) {
            for (int t = 0; t < threadsPerNode; t++) {
                work.add(() -> {
                    List<Integer> statuses = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        int n = serial.incrementAndGet();
                        // a year of birth of each one's own: the same name, year and village would be a possible
                        // duplicate (409)
                        int year = 1925 + n;
                        String personalId = "0110%02d%06d".formatted(year % 100, n);
                        String person = """
                                {"fullName":"Lò Văn %s","birthDate":"%d-01-01","sex":"MALE","ethnicity":"02",
                                 "personalId":"%s","communeCode":"03253","address":"Bản Co Cượm"}""".formatted(spelled(n), year, personalId);
                        HttpResponse<String> registered =
                                post(node.url() + "/api/v1/persons", token, "person-" + personalId, person);
                        statuses.add(registered.statusCode());
                        if (registered.statusCode() != 201) {
                            refusals.add(registered.body());
                        }
                        if (registered.statusCode() == 201) {
                            long id =
                                    JSON.readTree(registered.body()).path("id").asLong();
                            String household = "{\"headPersonId\":%d,\"address\":\"Bản Co Cượm\"}".formatted(id);
                            statuses.add(post(node.url() + "/api/v1/households", token, "household-" + id, household)
                                    .statusCode());
                        }
                    }
                    return statuses;
                });
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(work.size());
        List<Integer> statuses = new ArrayList<>();
        try {
            for (Future<List<Integer>> done : pool.invokeAll(work)) {
                statuses.addAll(done.get());
            }
        } finally {
            pool.shutdownNow();
        }
        int writes = cluster.nodes().size() * threadsPerNode * each;
        assertThat(statuses).as("refusals: %s", refusals).hasSize(2 * writes).containsOnly(201);

        try (Connection c = connect();
                Statement sql = c.createStatement()) {
            ResultSet households = sql.executeQuery("select count(*), count(distinct code) from household");
            households.next();
            assertThat(households.getInt(1)).as("households founded").isEqualTo(writes);
            assertThat(households.getInt(2)).as("household numbers unique").isEqualTo(writes);
        }
        // the seal job runs every 15 s on each node; one of them seals all the rows
        AnSinhPages pages = new AnSinhPages(browser, cluster.appUrl());
        ChainReport sealed = pages.waitUntil(
                d -> {
                    try (Connection c = connect()) {
                        ChainReport report = new ChainVerifier(c).verify(CheckpointFiles.none());
                        return report.tables().stream()
                                        .filter(t -> t.table().equals("audit_record"))
                                        .anyMatch(t -> t.sealed() >= 2L * writes && t.pending() == 0)
                                ? report
                                : null;
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                },
                90);
        assertThat(sealed.findings()).as("the chain verifies").isEmpty();
    }

    @Test
    @Order(2)
    void theNodesFormOneClusterAndAKilledNodeCostsTheOfficerNothing() throws SQLException, IOException {
        // one Hazelcast cluster of both nodes (TCP discovery on loopback), as each node's log says
        AnSinhPages pages = new AnSinhPages(browser, cluster.appUrl());
        pages.waitUntil(
                d -> cluster.nodeLogContains("node1", "DG Size: 2") && cluster.nodeLogContains("node2", "DG Size: 2"),
                60);

        pages.openWithPassword(DemoUser.OFFICER_TUAN_GIAO, PersonFormPage.PATH);
        String servedBy = nodeCookie(browser);
        assertThat(servedBy).isIn("node1", "node2");
        String other = servedBy.equals("node1") ? "node2" : "node1";

        PersonFormPage form = new PersonFormPage(pages);
        form.fill("fullName", "Lò Thị Chuyển")
                .fill("birthDate", "12/03/1961")
                .sex(1)
                .fill("personalId", "011161004321")
                .fill("phone", "0912345678");

        long killedAt = System.nanoTime();
        long killed = cluster.killNode(servedBy);
        System.out.printf("ClusterFailoverIT: killed %s (pid %d) under the officer%n", servedBy, killed);

        // the next click: the other node has no session; the page opens again after a silent login
        org.openqa.selenium.WebElement save = pages.waitFor(By.id("person:save"));
        save.click();
        // the page is replaced while it is read: every question to the old one may fail until the new one is there
        pages.waitUntil(
                d -> {
                    try {
                        return d.findElement(By.id("session-kept")).isDisplayed();
                    } catch (WebDriverException e) {
                        return false;
                    }
                },
                60);
        // the take-over as the officer lives it: from the kill to her page shown again by the other node, her fields
        // kept (the click, the proxy's retry on the living node, the silent login, the page); for the README
        System.out.printf(
                "ClusterFailoverIT: the other node took over in %.1f s (from the kill to the page shown again)%n",
                (System.nanoTime() - killedAt) / 1e9);
        // the page as she sees it, 1366 wide, for a person to look at (target/screenshots)
        browser.manage().window().setSize(new Dimension(1366, 900));
        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(shots.resolve("cluster-failover-kept.png"), browser.getScreenshotAs(OutputType.BYTES));
        assertThat(pages.isOnKeycloakLogin())
                .as("no login form: Keycloak's single sign-on")
                .isFalse();
        assertThat(pages.path()).isEqualTo(PersonFormPage.PATH);
        assertThat(nodeCookie(browser))
                .as("the proxy moved her to the living node")
                .isEqualTo(other);
        assertThat(pages.text("user-name")).as("still logged in").isNotBlank();
        assertThat(form.value("fullName")).isEqualTo("Lò Thị Chuyển");
        assertThat(form.value("birthDate")).isEqualTo("12/03/1961");
        assertThat(form.value("personalId")).isEqualTo("011161004321");
        assertThat(form.value("phone")).isEqualTo("0912345678");
        assertThat(browser.findElement(By.id("person:sex:1")).isSelected())
                .as("the sex chosen")
                .isTrue();
        assertThat(countPeople("011161004321"))
                .as("nothing saved by the lost click")
                .isZero();

        form.save();
        assertThat(pages.path()).isEqualTo("/registry/person.xhtml");
        assertThat(browser.findElements(By.cssSelector("#session-kept:not([hidden])")))
                .as("the notice is gone once the page is shown again")
                .isEmpty();
        assertThat(countPeople("011161004321")).as("registered once").isEqualTo(1);
        assertThat(nodeCookie(browser)).isEqualTo(other);
    }

    /** The nodes' reports read the replica: the page says so, with how far behind it is. */
    @Test
    @Order(3)
    void theReportSaysItReadTheReplicaAndHowFarBehindItIs() throws IOException {
        databases.replica().awaitCaughtUp(Duration.ofSeconds(30));

        assertThat(lagShown(movementPage())).isBetween(0L, 5L);
    }

    /**
     * The auditor's "run now": the rules read the replica (the page says so, with the lag), the run and its findings
     * are written to the primary (the replica is read only: a write there would have failed the run).
     */
    @Test
    @Order(4)
    void theAnomalyChecksReadTheReplicaAndWriteTheirRunToThePrimary() throws Exception {
        databases.replica().awaitCaughtUp(Duration.ofSeconds(30));
        String runs = "SELECT COUNT(*) FROM anomaly_run WHERE scope_code = '11'";
        long before = count(runs);
        HttpUser auditor = new HttpUser(cluster.appUrl()).logIn(DemoUser.AUDITOR_DIEN_BIEN);

        String answer = HttpUser.unescape(auditor.postAjax(
                auditor.open("/audit/anomalies.xhtml"), "run", "run:runNow", java.util.Map.of(), "run messages"));

        assertThat(answer).contains("Đã chạy kiểm tra:");
        assertThat(lagShown(answer)).isBetween(0L, 5L);
        assertThat(count(runs)).isEqualTo(before + 1);
        assertThat(count("SELECT COUNT(*) FROM audit_record WHERE action = 'anomaly.run' AND actor = 'auditor.dienbien'"
                        + " AND after_value LIKE '%\"readFrom\":\"REPLICA\"%'"))
                .isEqualTo(1);
    }

    /** With replication stopped the lag shown grows: the figures really come from the replica's copy. */
    @Test
    @Order(5)
    void withReplicationStoppedTheLagShownGrows() throws Exception {
        databases.replica().stopReplication();
        try {
            // the primary beats every 5 s; the replica's copy stands still, so the lag shown reaches 5 s
            AnSinhPages pages = new AnSinhPages(browser, cluster.appUrl());
            pages.waitUntil(
                    d -> {
                        try {
                            return lagShown(movementPage()) >= 5L;
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    },
                    30);
        } finally {
            databases.replica().startReplication();
        }
    }

    /** Without the replica the report is read from the primary, and says so. */
    @Test
    @Order(6)
    void withoutTheReplicaTheReportIsReadFromThePrimaryAndSaysSo() throws IOException {
        long start = System.nanoTime();
        databases.stopReplica();
        long stopped = System.nanoTime();
        String html = movementPage();
        System.out.printf(
                "ClusterFailoverIT: the replica stopped in %.1f s; the report without it answered in %.1f s%n",
                (stopped - start) / 1e9, (System.nanoTime() - stopped) / 1e9);

        assertThat(html).contains(FALLBACK);
        assertThat(LAG.matcher(html).find()).isFalse();
        assertThat(html).contains("id=\"reportTitle\"");
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = connect();
                ResultSet r = c.createStatement().executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String movementPage() throws IOException {
        return HttpUser.unescape(new HttpUser(cluster.appUrl())
                .logIn(DemoUser.OFFICER_TUAN_GIAO)
                .open("/report/movement.xhtml")
                .html());
    }

    private static long lagShown(String html) {
        Matcher lag = LAG.matcher(html);
        assertThat(lag.find())
                .as("the replica's line on the page: " + HttpUser.snippet(html))
                .isTrue();
        return Long.parseLong(lag.group(1));
    }

    private static String nodeCookie(WebDriver browser) {
        Cookie cookie = browser.manage().getCookieNamed("ANSINH_NODE");
        return cookie == null ? null : cookie.getValue();
    }

    /** A number as the words of its digits ("Hai Bảy" for 27): a name holds no digits. */
    private static String spelled(int n) {
        String[] words = {"Không", "Một", "Hai", "Ba", "Bốn", "Năm", "Sáu", "Bảy", "Tám", "Chín"};
        StringBuilder name = new StringBuilder();
        for (char digit : String.valueOf(n).toCharArray()) {
            name.append(name.isEmpty() ? "" : " ").append(words[digit - '0']);
        }
        return name.toString();
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
    }

    private static String systemToken() throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(
                                URI.create(StackLayout.forClusterTests().issuer() + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(
                                HttpRequest.BodyPublishers.ofString(
                                        "grant_type=client_credentials&client_id=ansinh-api&client_secret=ansinh-api-dev-secret"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).path("access_token").asText();
    }

    private static HttpResponse<String> post(String url, String token, String idempotencyKey, String body)
            throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", idempotencyKey)
                        .timeout(Duration.ofSeconds(60))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int countPeople(String personalId) throws SQLException {
        try (Connection c = connect();
                PreparedStatement query = c.prepareStatement("select count(*) from person where personal_id = ?")) {
            query.setString(1, personalId);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
