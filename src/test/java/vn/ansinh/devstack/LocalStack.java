package vn.ansinh.devstack;

import java.util.Optional;

/** Database, Keycloak and Payara Micro with the app, started in that order and stopped in reverse. */
public final class LocalStack implements AutoCloseable {

    private final StackLayout layout;
    private DatabaseServer database;
    private KeycloakServer keycloak;
    private PayaraServer payara;

    private LocalStack(StackLayout layout) {
        this.layout = layout;
    }

    public static LocalStack withDatabaseOnly(StackLayout layout) {
        LocalStack stack = new LocalStack(layout);
        stack.database = chooseDatabase(layout);
        return stack;
    }

    /** Starts Keycloak and Payara Micro next to the database (does nothing if they run already). */
    public LocalStack withApp() {
        if (keycloak == null && !layout.externalKeycloak()) {
            keycloak = KeycloakServer.start(layout);
        }
        if (payara == null) {
            payara = PayaraServer.start(layout, database);
        }
        return this;
    }

    /**
     * Kills Payara Micro with SIGKILL (the fault drill: a crash, not a stop) and returns its process id; Keycloak
     * and the database keep running. {@link #restartApp()} starts it again on the same database.
     */
    public long killApp() {
        if (payara == null) {
            throw new IllegalStateException("Payara Micro is not running");
        }
        long pid = payara.kill();
        payara = null;
        return pid;
    }

    /** Starts Payara Micro again on the same database, after {@link #killApp()}. */
    public LocalStack restartApp() {
        if (payara == null) {
            payara = PayaraServer.start(layout, database, true);
        }
        return this;
    }

    private static DatabaseServer chooseDatabase(StackLayout layout) {
        Optional<DatabaseServer> external = ExternalDatabase.fromEnvironment();
        if (external.isPresent()) {
            return external.get();
        }
        if (layout.useMachineDatabase()) {
            Optional<DatabaseServer> machine = MachineMariaDb.ifReachable(layout.databaseName());
            if (machine.isPresent()) {
                return machine.get();
            }
        }
        return EmbeddedMariaDb.start(
                layout.home(), layout.embeddedDbPort(), layout.databaseName(), layout.freshKeycloakRealm());
    }

    public StackLayout layout() {
        return layout;
    }

    public DatabaseServer database() {
        return database;
    }

    public String appUrl() {
        return layout.appUrl();
    }

    public String payaraLogTail() {
        return payara == null ? "" : payara.logTail();
    }

    @Override
    public void close() {
        if (payara != null) {
            payara.close();
        }
        if (keycloak != null) {
            keycloak.close();
        }
        if (database != null) {
            database.close();
        }
    }
}
