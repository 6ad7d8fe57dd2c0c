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
     * Payara Micro with the app against an embedded MariaDB of its own (which {@link #restartDatabase} may stop and
     * start), logging in through a Keycloak that another stack runs (the layout's Keycloak port). For fault drills.
     */
    public static LocalStack appOnOwnDatabase(StackLayout layout) {
        LocalStack stack = new LocalStack(layout);
        stack.database = EmbeddedMariaDb.start(
                layout.home(), layout.embeddedDbPort(), layout.databaseName(), layout.freshKeycloakRealm());
        try {
            stack.payara = PayaraServer.start(layout, stack.database);
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
        return stack;
    }

    /** Starts Keycloak next to the database only (does nothing if it runs already or is external). */
    public LocalStack withKeycloak() {
        if (keycloak == null && !layout.externalKeycloak()) {
            keycloak = KeycloakServer.start(layout);
        }
        return this;
    }

    /**
     * Stops the embedded database, keeps it down for {@code down}, and starts it again on the same data (a fault
     * drill: the app must notice and reconnect by itself).
     */
    public void restartDatabase(java.time.Duration down) {
        if (!(database instanceof EmbeddedMariaDb embedded)) {
            throw new IllegalStateException(
                    "Only an embedded database of the stack's own can be restarted, not " + database.describe());
        }
        embedded.restart(down);
    }

    /** Stops this stack's Keycloak (a fault drill); {@link #startKeycloakAgain} brings it back with its store. */
    public void stopKeycloak() {
        if (keycloak == null) {
            throw new IllegalStateException("This stack runs no Keycloak of its own");
        }
        keycloak.close();
        keycloak = null;
    }

    /** Starts Keycloak again on the store it had (realm, users and sessions kept). */
    public void startKeycloakAgain() {
        if (keycloak == null) {
            keycloak = KeycloakServer.start(layout, true);
        }
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
