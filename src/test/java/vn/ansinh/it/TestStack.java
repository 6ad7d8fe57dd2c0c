package vn.ansinh.it;

import vn.ansinh.devstack.LocalStack;
import vn.ansinh.devstack.StackLayout;

/**
 * The stack the integration tests run against, started once per test JVM and stopped when it ends:
 * a real MySQL-protocol server (this machine's MariaDB on 127.0.0.1:3306 when reachable, otherwise
 * an embedded MariaDB), and on demand Keycloak with the realm and Payara Micro with the built WAR.
 * A component that cannot start fails the test with the reason; nothing is skipped.
 */
public final class TestStack {

    private static LocalStack stack;
    private static boolean appStarted;
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

    /** Database, Keycloak and Payara Micro with the app. */
    public static synchronized LocalStack app() {
        LocalStack s = database();
        if (!appStarted) {
            s.withApp();
            appStarted = true;
        }
        return s;
    }

    /** Database and Keycloak, without the app (for a test that runs an app of its own against that Keycloak). */
    public static synchronized LocalStack keycloak() {
        return database().withKeycloak();
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
