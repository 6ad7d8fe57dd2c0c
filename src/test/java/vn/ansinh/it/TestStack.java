package vn.ansinh.it;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import vn.ansinh.devstack.LocalStack;
import vn.ansinh.devstack.StackLayout;

/**
 * The stack the integration tests run against, started once per test JVM and stopped when it ends:
 * a real MySQL-protocol server (this machine's MariaDB on 127.0.0.1:3306 when reachable, otherwise
 * an embedded MariaDB), and on demand Keycloak with the realm and Payara Micro with the built WAR.
 * When the run includes browser tests, Keycloak and Payara Micro start in the background as the run
 * begins ({@link AppTestsLast}), while the tests that need only the database run first.
 * A component that cannot start fails the test with the reason; nothing is skipped.
 */
public final class TestStack {

    private static LocalStack stack;
    private static CompletableFuture<LocalStack> appStart;
    private static jakarta.persistence.EntityManagerFactory appData;

    private TestStack() {}

    /** The database only (for tests of the data layer). */
    public static synchronized LocalStack database() {
        if (stack == null) {
            stack = LocalStack.withDatabaseOnly(StackLayout.forTests());
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "stop-test-stack"));
        }
        return stack;
    }

    /** Database, Keycloak and Payara Micro with the app (waiting for a start already under way). */
    public static LocalStack app() {
        try {
            return beginAppStart().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /**
     * Starts Keycloak and Payara Micro on a thread of their own and returns at once; {@link #app()} waits
     * for them. A start that failed fails every later {@link #app()} with its reason (it is not retried).
     */
    static void startAppInBackground() {
        beginAppStart();
    }

    private static synchronized CompletableFuture<LocalStack> beginAppStart() {
        if (appStart == null) {
            LocalStack s = database();
            CompletableFuture<LocalStack> start = new CompletableFuture<>();
            Thread starter = new Thread(
                    () -> {
                        try {
                            start.complete(s.withApp());
                        } catch (Throwable e) {
                            start.completeExceptionally(e);
                        }
                    },
                    "start-app-stack");
            starter.setDaemon(true);
            starter.start();
            appStart = start;
        }
        return appStart;
    }

    /**
     * Database and Keycloak, without the app (for a test that runs an app of its own against that Keycloak). When the
     * app's start is already under way (in the background), its Keycloak is that one: this waits for it, rather than
     * starting a second Keycloak (and unpacking its distribution a second time) beside it.
     */
    public static LocalStack keycloak() {
        synchronized (TestStack.class) {
            if (appStart == null) {
                return database().withKeycloak();
            }
        }
        return app();
    }

    /**
     * The app's persistence unit on the running app's database, for browser tests that prepare their
     * data through the application's commands (closed when the test JVM ends).
     */
    public static synchronized jakarta.persistence.EntityManagerFactory appData() {
        if (appData == null) {
            appData = vn.ansinh.devstack.AppPersistence.open(app().database());
            Runtime.getRuntime().addShutdownHook(new Thread(appData::close, "close-app-data"));
        }
        return appData;
    }
}
