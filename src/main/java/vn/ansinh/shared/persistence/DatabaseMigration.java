package vn.ansinh.shared.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.annotation.sql.DataSourceDefinitions;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The application's database (MySQL 8 or MariaDB through MySQL Connector/J), configured through
 * MicroProfile Config ({@code ANSINH_DB_URL}, {@code ANSINH_DB_USER}, {@code ANSINH_DB_PASSWORD}),
 * and its schema, brought up to date by Flyway from {@code db/migration} before anything else runs.
 */
@DataSourceDefinitions({
    @DataSourceDefinition(
            name = DatabaseMigration.DATA_SOURCE,
            className = "com.mysql.cj.jdbc.MysqlDataSource",
            url = "${MPCONFIG=ansinh.db.url}",
            user = "${MPCONFIG=ansinh.db.user}",
            password = "${MPCONFIG=ansinh.db.password}",
            minPoolSize = 2,
            maxPoolSize = 32,
            properties = {
                // a connection is checked before it is handed out (Connection.isValid: a ping to the server; the
                // meta-data method never reached the server, so a pool kept dead connections after a database restart)
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
                // one dead connection means the server went away: drop them all, new ones are opened on demand
                "fish.payara.fail-all-connections=true",
                // while the database is away a save is refused within seconds instead of waiting a minute
                "fish.payara.max-wait-time-in-millis=10000",
                "connectTimeout=5000"
            }),
    @DataSourceDefinition(
            name = DatabaseMigration.REPLICA_DATA_SOURCE,
            className = "com.mysql.cj.jdbc.MysqlDataSource",
            // the primary's settings when no replica is configured (META-INF/microprofile-config.properties)
            url = "${MPCONFIG=ansinh.db.replica.url}",
            user = "${MPCONFIG=ansinh.db.replica.user}",
            password = "${MPCONFIG=ansinh.db.replica.password}",
            // read only, never part of a transaction with the primary (ReadDatabase)
            transactional = false,
            minPoolSize = 0,
            maxPoolSize = 8,
            properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
                "fish.payara.fail-all-connections=true",
                // an unreachable replica is given up quickly: the reports then read the primary
                "fish.payara.max-wait-time-in-millis=3000",
                "connectTimeout=2000"
            })
})
@Singleton
@Startup
public class DatabaseMigration {

    public static final String DATA_SOURCE = "java:app/jdbc/ansinh";
    /** The read replica the reports read from ({@link ReadDatabase}); the primary when none is configured. */
    public static final String REPLICA_DATA_SOURCE = "java:app/jdbc/ansinh-replica";

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = DATA_SOURCE)
    private DataSource dataSource;

    private volatile String schemaVersion = "none";

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void migrate() {
        MigrateResult result = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate();
        schemaVersion = result.targetSchemaVersion != null
                ? result.targetSchemaVersion
                : String.valueOf(result.initialSchemaVersion);
        LOG.info(() -> "Database schema at version " + schemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public String schemaVersion() {
        return schemaVersion;
    }
}
