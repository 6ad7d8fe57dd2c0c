package vn.ansinh.devstack;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Database, then Keycloak and Payara Micro with the app side by side; stopped in reverse. */
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

    /**
     * Starts Keycloak and Payara Micro next to the database (does nothing if they run already). The two
     * start side by side: Payara Micro boots and deploys without Keycloak (the app asks Keycloak for its
     * configuration on the first login, not at deployment), so the stack is ready when the slower of the two
     * is, not after both in turn. A server that fails to start fails this call with its reason, and the other
     * one is stopped.
     */
    public LocalStack withApp() {
        CompletableFuture<KeycloakServer> keycloakStart = keycloak == null && !layout.externalKeycloak()
                ? CompletableFuture.supplyAsync(() -> KeycloakServer.start(layout), LocalStack::startThread)
                : CompletableFuture.completedFuture(keycloak);
        try {
            if (payara == null) {
                payara = PayaraServer.start(layout, database);
            }
        } catch (RuntimeException e) {
            keycloakStart.thenAccept(started -> {
                if (started != null && started != keycloak) {
                    started.close();
                }
            });
            throw e;
        }
        try {
            keycloak = keycloakStart.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        return this;
    }

    private static void startThread(Runnable start) {
        Thread thread = new Thread(start, "start-keycloak");
        thread.setDaemon(true);
        thread.start();
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
