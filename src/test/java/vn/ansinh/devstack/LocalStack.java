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
    private ReplicaDatabase replica;

    private LocalStack(StackLayout layout) {
        this.layout = layout;
    }

    public static LocalStack withDatabaseOnly(StackLayout layout) {
        return withDatabaseOnly(layout, false);
    }

    /**
     * The database only; when {@code replicable}, an embedded database is started with its binary log so that
     * {@link #withReplica} can follow it (the cluster trial). An external or the machine's database is used as it is.
     */
    public static LocalStack withDatabaseOnly(StackLayout layout, boolean replicable) {
        LocalStack stack = new LocalStack(layout);
        stack.database = chooseDatabase(layout, replicable);
        return stack;
    }

    /**
     * Starts a read replica of the stack's embedded database on {@code port} (before the app starts: the primary is
     * stopped for a moment to copy its data). Returns it, or empty when the database is not the stack's embedded one
     * (an external primary has its replica configured beside it, {@code ANSINH_DB_REPLICA_URL}).
     */
    public Optional<ReplicaDatabase> withReplica(int port) {
        if (replica == null && database instanceof EmbeddedMariaDb embedded) {
            replica = ReplicaDatabase.startFollowing(embedded, layout.home(), port);
        }
        return Optional.ofNullable(replica);
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

    /**
     * An embedded primary of its own (port {@code embeddedDbPort}, recreated empty) and a read replica following it
     * (the next port), without an app: the cluster test starts its nodes on them ({@link ClusterStack#start}).
     */
    public static LocalStack replicatedDatabase(StackLayout layout) {
        LocalStack stack = new LocalStack(layout);
        try {
            EmbeddedMariaDb primary =
                    EmbeddedMariaDb.startPrimary(layout.home(), layout.embeddedDbPort(), layout.databaseName(), true);
            stack.database = primary;
            stack.replica = ReplicaDatabase.startFollowing(primary, layout.home(), layout.embeddedDbPort() + 1);
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
        return stack;
    }

    /** The read replica of {@link #appOnReplicatedDatabase}. */
    public ReplicaDatabase replica() {
        if (replica == null) {
            throw new IllegalStateException("This stack has no read replica");
        }
        return replica;
    }

    /** Stops the read replica (the app must then read the primary and say so). */
    public void stopReplica() {
        replica().close();
        replica = null;
    }

    /**
     * Payara Micro with the app on a database the caller owns (a restored backup, say): the stack stops only the app,
     * never that database. The app migrates and validates the schema at start, as in production.
     */
    public static LocalStack appOn(StackLayout layout, DatabaseServer database) {
        LocalStack stack = new LocalStack(layout);
        stack.payara = PayaraServer.start(layout, database);
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
        restartDatabase(down, () -> {});
    }

    /**
     * Stops the embedded database, runs {@code whileDown} (which returns once what it started while the database was
     * away has been answered), keeps the database down for at least {@code atLeast} in all, and starts it again.
     */
    public void restartDatabase(java.time.Duration atLeast, Runnable whileDown) {
        if (!(database instanceof EmbeddedMariaDb embedded)) {
            throw new IllegalStateException(
                    "Only an embedded database of the stack's own can be restarted, not " + database.describe());
        }
        embedded.restart(atLeast, whileDown);
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

    private static void startThread(Runnable start) {
        Thread thread = new Thread(start, "start-keycloak");
        thread.setDaemon(true);
        thread.start();
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

    private static DatabaseServer chooseDatabase(StackLayout layout, boolean replicable) {
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
        if (replicable) {
            return EmbeddedMariaDb.startIn(
                    layout.home().resolve("mariadb"),
                    layout.embeddedDbPort(),
                    layout.databaseName(),
                    layout.freshKeycloakRealm(),
                    EmbeddedMariaDb.PRIMARY_OPTIONS);
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
        if (replica != null) {
            replica.close();
        }
        if (database != null) {
            database.close();
        }
    }
}
