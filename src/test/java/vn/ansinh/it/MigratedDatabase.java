package vn.ansinh.it;

import jakarta.persistence.EntityManagerFactory;
import org.flywaydb.core.Flyway;
import vn.ansinh.devstack.DatabaseServer;

/**
 * A fresh database on the test server, migrated by the app's own Flyway migrations, with the app's
 * persistence unit opened on it outside the container (resource-local transactions).
 */
public final class MigratedDatabase {

    private static MigratedDatabase instance;

    private final String url;
    private final DatabaseServer server;
    private final EntityManagerFactory emf;

    private MigratedDatabase(DatabaseServer server, String url) {
        this.server = server;
        this.url = url;
        Flyway.configure()
                .dataSource(url, server.user(), server.password())
                .locations("classpath:db/migration")
                .load()
                .migrate();
        this.emf = vn.ansinh.devstack.AppPersistence.open(url, server.user(), server.password());
    }

    /**
     * One migrated database per test JVM, separate from the one the running app uses: the test
     * stack's database name with {@code _data} appended ({@code ansinh_it_data} by default).
     */
    public static synchronized MigratedDatabase get() {
        if (instance == null) {
            DatabaseServer server = TestStack.database().database();
            String name = TestStack.database().layout().databaseName() + "_data";
            instance = new MigratedDatabase(server, server.createDatabase(name, true));
        }
        return instance;
    }

    /**
     * A migrated database of its own, for a test that damages its data (drops triggers, truncates tables)
     * and must not disturb the others: the test stack's database name with {@code _<suffix>} appended.
     */
    public static MigratedDatabase separate(String suffix) {
        DatabaseServer server = TestStack.database().database();
        String name = TestStack.database().layout().databaseName() + "_" + suffix;
        return new MigratedDatabase(server, server.createDatabase(name, true));
    }

    public String url() {
        return url;
    }

    public String user() {
        return server.user();
    }

    public String password() {
        return server.password();
    }

    public EntityManagerFactory emf() {
        return emf;
    }

    public TestDatabase jdbc() {
        return new TestDatabase(new DatabaseServer() {
            @Override
            public String jdbcUrl() {
                return url;
            }

            @Override
            public String user() {
                return server.user();
            }

            @Override
            public String password() {
                return server.password();
            }

            @Override
            public String describe() {
                return url;
            }

            @Override
            public String createDatabase(String name, boolean recreate) {
                return server.createDatabase(name, recreate);
            }

            @Override
            public void close() {
                // the server belongs to the test stack
            }
        });
    }
}
