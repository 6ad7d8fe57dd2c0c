package vn.ansinh.devstack;

import java.nio.file.Path;

/**
 * The benchmark's database {@code ansinh_bench}: on this machine's MariaDB at 127.0.0.1:3306 (root
 * without password) when it answers, otherwise on an embedded MariaDB whose data stays under
 * {@code target/bench-db} (port {@code ANSINH_BENCH_DB_PORT}, default 13308). Kept between runs, so a
 * second run reuses the generated people.
 */
final class BenchDatabase implements AutoCloseable {

    /** {@code ansinh_bench}, or another name with {@code -Dbench.db=} (a benchmark run beside another's). */
    static final String NAME = System.getProperty("bench.db", "ansinh_bench");

    private static final int MACHINE_PORT = 3306;

    private final String url;
    private final String user;
    private final String password;
    private final String description;
    private final DatabaseServer embedded;

    private BenchDatabase(String url, String user, String password, String description, DatabaseServer embedded) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.description = description;
        this.embedded = embedded;
    }

    static BenchDatabase open() {
        String machineRoot = Jdbc.url(StackLayout.HOST, MACHINE_PORT, "");
        if (Jdbc.canConnect(machineRoot, "root", "")) {
            Jdbc.execute(
                    machineRoot,
                    "root",
                    "",
                    "CREATE DATABASE IF NOT EXISTS `" + NAME + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            return new BenchDatabase(
                    Jdbc.url(StackLayout.HOST, MACHINE_PORT, NAME),
                    "root",
                    "",
                    "this machine's MariaDB on " + StackLayout.HOST + ":" + MACHINE_PORT + ", database " + NAME,
                    null);
        }
        String portValue = System.getenv("ANSINH_BENCH_DB_PORT");
        int port = portValue == null || portValue.isBlank() ? 13308 : Integer.parseInt(portValue.trim());
        Path home = StackLayout.forRun().projectDir().resolve("target").resolve("bench-db");
        DatabaseServer server = EmbeddedMariaDb.start(home, port, NAME, false);
        return new BenchDatabase(server.jdbcUrl(), server.user(), server.password(), server.describe(), server);
    }

    String url() {
        return url;
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    String describe() {
        return description;
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }
}
