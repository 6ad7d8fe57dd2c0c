package vn.ansinh.devstack;

import java.util.Optional;
import org.flywaydb.core.Flyway;

/**
 * The database the data generator fills: the one named by {@code ANSINH_DB_URL}, otherwise the run
 * command's embedded MariaDB (database {@code ansinh} on 127.0.0.1:3307) — used as is when it runs,
 * started for the generator (and stopped afterwards) when it does not.
 */
final class GeneratorTarget implements AutoCloseable {

    private final String url;
    private final String user;
    private final String password;
    private final String description;
    private final LocalStack startedHere;

    private GeneratorTarget(String url, String user, String password, String description, LocalStack startedHere) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.description = description;
        this.startedHere = startedHere;
    }

    static GeneratorTarget choose() {
        Optional<DatabaseServer> external = ExternalDatabase.fromEnvironment();
        if (external.isPresent()) {
            return of(external.get(), null);
        }
        StackLayout layout = StackLayout.forRun();
        String running = Jdbc.url(StackLayout.HOST, layout.embeddedDbPort(), layout.databaseName());
        if (Jdbc.canConnect(running, "ansinh", "ansinh")) {
            return new GeneratorTarget(
                    running,
                    "ansinh",
                    "ansinh",
                    "the running embedded MariaDB on " + StackLayout.HOST + ":" + layout.embeddedDbPort()
                            + ", database " + layout.databaseName(),
                    null);
        }
        LocalStack stack = LocalStack.withDatabaseOnly(layout);
        return of(stack.database(), stack);
    }

    private static GeneratorTarget of(DatabaseServer server, LocalStack stack) {
        return new GeneratorTarget(
                server.jdbcUrl(),
                server.user(),
                server.password(),
                server.describe() + (stack != null ? " (started for this run, stopped at the end)" : ""),
                stack);
    }

    /** Runs the app's Flyway migrations (classpath:db/migration). */
    void migrate() {
        migrate(url, user, password);
    }

    static void migrate(String url, String user, String password) {
        Flyway.configure()
                .dataSource(url, user, password)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    /** The URL with batched statements rewritten into multi-row INSERTs. */
    String bulkUrl() {
        return withOption(url, "rewriteBatchedStatements=true");
    }

    static String withOption(String url, String option) {
        return url + (url.contains("?") ? "&" : "?") + option;
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
        if (startedHere != null) {
            startedHere.close();
        }
    }
}
