package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.ansinh.devstack.DemoUser;
import vn.ansinh.devstack.KeycloakAdmin;
import vn.ansinh.devstack.LocalStack;
import vn.ansinh.devstack.StackLayout;

/**
 * The reports of an app whose database has a read replica ({@code ansinh.db.replica.*}): the page says it read the
 * replica and how far behind it is; with replication stopped the lag grows (so the figures really come from the
 * replica: only its copy of the heartbeat stands still); with the replica gone the page still answers, from the
 * primary, and says so.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicaReportIT {

    private static final Pattern LAG = Pattern.compile("Số liệu từ bản sao chỉ đọc, trễ (\\d+) giây");
    private static final String FALLBACK = "Bản sao chỉ đọc không trả lời";

    private static LocalStack app;

    @BeforeAll
    static void startTheAppOnAReplicatedDatabase() {
        LocalStack shared = TestStack.keycloak();
        StackLayout layout = StackLayout.forReplicaReports();
        new KeycloakAdmin(layout).allowAppUrl(layout.appUrl());
        app = LocalStack.appOnReplicatedDatabase(layout);
        assertThat(shared).isNotNull();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    @Order(1)
    void theReportSaysItReadTheReplicaAndHowFarBehindItIs() throws IOException {
        app.replica().awaitCaughtUp(java.time.Duration.ofSeconds(30));

        assertThat(lagShown(movementPage())).isBetween(0L, 5L);
    }

    /**
     * The auditor's "run now": the rules read the replica (the page says so, with the lag), the run and its findings
     * are written to the primary (the replica is read only: a write there would have failed the run).
     */
    @Test
    @Order(2)
    void theAnomalyChecksReadTheReplicaAndWriteTheirRunToThePrimary() throws Exception {
        app.replica().awaitCaughtUp(java.time.Duration.ofSeconds(30));
        String runs = "SELECT COUNT(*) FROM anomaly_run WHERE scope_code = '11'";
        long before = count(runs);
        HttpUser auditor = new HttpUser(app.appUrl()).logIn(DemoUser.AUDITOR_DIEN_BIEN);

        String answer = HttpUser.unescape(auditor.postAjax(
                auditor.open("/audit/anomalies.xhtml"), "run", "run:runNow", java.util.Map.of(), "run messages"));

        assertThat(answer).contains("Đã chạy kiểm tra:");
        assertThat(lagShown(answer)).isBetween(0L, 5L);
        assertThat(count(runs)).isEqualTo(before + 1);
        assertThat(count("SELECT COUNT(*) FROM audit_record WHERE action = 'anomaly.run' AND actor = 'auditor.dienbien'"
                        + " AND after_value LIKE '%\"readFrom\":\"REPLICA\"%'"))
                .isEqualTo(1);
    }

    @Test
    @Order(3)
    void withReplicationStoppedTheLagShownGrows() throws Exception {
        app.replica().stopReplication();
        try {
            Thread.sleep(12_000); // the primary beats every 5 s; the replica's copy stands still
            assertThat(lagShown(movementPage())).isGreaterThanOrEqualTo(5L);
        } finally {
            app.replica().startReplication();
        }
    }

    @Test
    @Order(4)
    void withoutTheReplicaTheReportIsReadFromThePrimaryAndSaysSo() throws IOException {
        app.stopReplica();

        String html = movementPage();

        assertThat(html).contains(FALLBACK);
        assertThat(LAG.matcher(html).find()).isFalse();
        assertThat(html).contains("id=\"reportTitle\"");
    }

    private static long count(String sql) throws java.sql.SQLException {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(
                        app.database().jdbcUrl(),
                        app.database().user(),
                        app.database().password());
                java.sql.ResultSet r = c.createStatement().executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String movementPage() throws IOException {
        return HttpUser.unescape(new HttpUser(app.appUrl())
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
}
