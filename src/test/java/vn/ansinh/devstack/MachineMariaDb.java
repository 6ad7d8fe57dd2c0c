package vn.ansinh.devstack;

import java.util.Optional;

/**
 * The MariaDB (or MySQL) server already running on this machine at 127.0.0.1:3306 with a root login
 * without password, as on the project's development and CI machines. The harness creates the test
 * database and a dedicated user for the app.
 */
final class MachineMariaDb implements DatabaseServer {

    private static final int PORT = 3306;
    private static final String APP_USER = "ansinh_it";
    private static final String APP_PASSWORD = "ansinh_it_pw";

    private final String database;

    private MachineMariaDb(String database) {
        this.database = database;
    }

    static Optional<DatabaseServer> ifReachable(String database) {
        if (!Jdbc.canConnect(rootUrl(), "root", "")) {
            return Optional.empty();
        }
        MachineMariaDb server = new MachineMariaDb(database);
        Jdbc.execute(
                rootUrl(),
                "root",
                "",
                "CREATE USER IF NOT EXISTS '" + APP_USER + "'@'localhost' IDENTIFIED BY '" + APP_PASSWORD + "'",
                "CREATE USER IF NOT EXISTS '" + APP_USER + "'@'127.0.0.1' IDENTIFIED BY '" + APP_PASSWORD + "'");
        server.createDatabase(database, true);
        return Optional.of(server);
    }

    private static String rootUrl() {
        return Jdbc.url(StackLayout.HOST, PORT, "");
    }

    @Override
    public String jdbcUrl() {
        return Jdbc.url(StackLayout.HOST, PORT, database);
    }

    @Override
    public String user() {
        return APP_USER;
    }

    @Override
    public String password() {
        return APP_PASSWORD;
    }

    @Override
    public String describe() {
        return "this machine's MariaDB on 127.0.0.1:" + PORT + ", database " + database;
    }

    @Override
    public String createDatabase(String name, boolean recreate) {
        if (recreate) {
            Jdbc.execute(rootUrl(), "root", "", "DROP DATABASE IF EXISTS `" + name + "`");
        }
        Jdbc.execute(
                rootUrl(),
                "root",
                "",
                "CREATE DATABASE IF NOT EXISTS `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci",
                "GRANT ALL PRIVILEGES ON `" + name + "`.* TO '" + APP_USER + "'@'localhost'",
                "GRANT ALL PRIVILEGES ON `" + name + "`.* TO '" + APP_USER + "'@'127.0.0.1'");
        return Jdbc.url(StackLayout.HOST, PORT, name);
    }

    @Override
    public void close() {
        // the machine's server keeps running; the test database stays for inspection
    }
}
