package vn.ansinh.devstack;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.HashMap;
import java.util.Map;

/**
 * The application's persistence unit opened outside the container on a given database, with
 * resource-local transactions: for data-layer tests, browser tests that prepare data, demo data and
 * the benchmarks.
 */
public final class AppPersistence {

    private AppPersistence() {}

    public static EntityManagerFactory open(String url, String user, String password) {
        return Persistence.createEntityManagerFactory("ansinh", properties(url, user, password, false));
    }

    public static EntityManagerFactory open(DatabaseServer database) {
        return open(database.jdbcUrl(), database.user(), database.password());
    }

    /** The properties, with the SQL logged when {@code logSql}. */
    public static Map<String, Object> properties(String url, String user, String password, boolean logSql) {
        Map<String, Object> properties = new HashMap<>(Map.of(
                "jakarta.persistence.transactionType",
                "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource",
                "",
                "jakarta.persistence.jdbc.driver",
                "com.mysql.cj.jdbc.Driver",
                "jakarta.persistence.jdbc.url",
                url,
                "jakarta.persistence.jdbc.user",
                user,
                "jakarta.persistence.jdbc.password",
                password));
        if (logSql) {
            properties.put("eclipselink.logging.level.sql", "FINE");
            properties.put("eclipselink.logging.parameters", "true");
        }
        return properties;
    }
}
