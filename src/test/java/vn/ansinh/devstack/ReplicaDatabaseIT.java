package vn.ansinh.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.mysql.cj.jdbc.MysqlDataSource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ansinh.shared.persistence.ReadDatabase;
import vn.ansinh.shared.persistence.ReadOrigin;

/**
 * A primary and its read replica, two embedded MariaDB servers on their own ports ({@code ANSINH_IT_REPLICA_DB_PORT},
 * 13310, and the port after it) with real replication: what the primary writes reaches the replica, the heartbeat
 * row of the migrations tells the replica's lag, and an entity manager of the app's unit given the replica's data
 * source ({@link ReadDatabase#onDataSource}) reads the replica, not the primary.
 */
class ReplicaDatabaseIT {

    private static final Duration CATCH_UP = Duration.ofSeconds(30);

    private static EmbeddedMariaDb primary;
    private static ReplicaDatabase replica;

    @BeforeAll
    static void startPrimaryAndReplica() throws Exception {
        StackLayout tests = StackLayout.forTests();
        Path home = tests.home().resolve("replica");
        int port = Integer.parseInt(System.getenv().getOrDefault("ANSINH_IT_REPLICA_DB_PORT", "13310"));
        primary = EmbeddedMariaDb.startPrimary(home, port, tests.databaseName() + "_replica", true);
        Path heartbeat = tests.projectDir().resolve("src/main/resources/db/migration/V56__replica_heartbeat.sql");
        String migration = Files.readString(heartbeat).replaceAll("(?m)^--.*$", "");
        for (String sql : migration.split(";")) {
            if (!sql.isBlank()) {
                Jdbc.execute(primary.jdbcUrl(), "root", "", sql);
            }
        }
        replica = ReplicaDatabase.startFollowing(primary, home, port + 1);
    }

    @AfterAll
    static void stop() {
        if (replica != null) {
            replica.close();
        }
        if (primary != null) {
            primary.close();
        }
    }

    @Test
    void aRowWrittenOnThePrimaryReachesTheReplica() throws SQLException {
        Jdbc.execute(
                primary.jdbcUrl(),
                primary.user(),
                primary.password(),
                "CREATE TABLE IF NOT EXISTS replicated (id INT PRIMARY KEY, name VARCHAR(40))",
                "INSERT INTO replicated (id, name) VALUES (1, 'Lò Văn Sáng')");

        replica.awaitCaughtUp(CATCH_UP);

        assertThat(single(replica, "SELECT name FROM replicated WHERE id = 1")).isEqualTo("Lò Văn Sáng");
        assertThat(single(replica, "SELECT @@server_id")).isEqualTo("2");
        assertThat(single(replica, "SELECT @@read_only")).isEqualTo("1");
    }

    @Test
    void theLagIsTheTimeBetweenThePrimarysBeatAndTheReplicasCopyOfIt() throws SQLException {
        beatOnPrimary("UTC_TIMESTAMP(3)");
        replica.awaitCaughtUp(CATCH_UP);
        assertThat(lag().lagSeconds()).isZero();

        replica.stopReplication();
        try {
            beatOnPrimary("beat_at + INTERVAL 30 SECOND");
            assertThat(lag().lagSeconds()).isEqualTo(30);
        } finally {
            replica.startReplication();
        }
        replica.awaitCaughtUp(CATCH_UP);
        assertThat(lag().lagSeconds()).isZero();
    }

    @Test
    void anEntityManagerGivenTheReplicasDataSourceReadsTheReplica() {
        MysqlDataSource replicaSource = new MysqlDataSource();
        replicaSource.setURL(replica.jdbcUrl());
        replicaSource.setUser(replica.user());
        replicaSource.setPassword(replica.password());
        replica.stopReplication();
        try {
            // a row only the replica has: a read that finds it went to the replica
            Jdbc.execute(
                    replica.jdbcUrl(),
                    "root",
                    "",
                    "CREATE TABLE only_on_replica (id INT PRIMARY KEY)",
                    "INSERT INTO only_on_replica VALUES (7)");
            EntityManagerFactory factory = AppPersistence.open(primary);
            try {
                EntityManager onPrimary = factory.createEntityManager();
                EntityManager onReplica = factory.createEntityManager(ReadDatabase.onDataSource(replicaSource));
                try {
                    assertThat(number(onPrimary, "SELECT @@server_id")).isEqualTo(1);
                    assertThat(number(onReplica, "SELECT @@server_id")).isEqualTo(2);
                    assertThat(number(onReplica, "SELECT id FROM only_on_replica"))
                            .isEqualTo(7);
                    assertThat(
                                    number(
                                            onPrimary,
                                            "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'only_on_replica'"))
                            .isZero();
                } finally {
                    onReplica.close();
                    onPrimary.close();
                }
            } finally {
                factory.close();
            }
        } finally {
            Jdbc.execute(replica.jdbcUrl(), "root", "", "DROP TABLE IF EXISTS only_on_replica");
            replica.startReplication();
        }
    }

    private static void beatOnPrimary(String value) {
        Jdbc.execute(
                primary.jdbcUrl(),
                primary.user(),
                primary.password(),
                "UPDATE replica_heartbeat SET beat_at = " + value + " WHERE id = 1");
    }

    private static ReadOrigin lag() throws SQLException {
        String beat = "SELECT DATE_FORMAT(beat_at, '%Y-%m-%dT%H:%i:%s.%f') FROM replica_heartbeat WHERE id = 1";
        return ReadOrigin.replica(
                LocalDateTime.parse(single(primary, beat)), LocalDateTime.parse(single(replica, beat)));
    }

    private static long number(EntityManager em, String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    private static String single(DatabaseServer server, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password());
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            assertThat(r.next()).as("a row from " + sql).isTrue();
            return r.getString(1);
        }
    }
}
