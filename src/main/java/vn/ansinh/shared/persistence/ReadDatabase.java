package vn.ansinh.shared.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The one seam for reads that may go to the read replica (the reports): {@link #read} runs a query on the replica
 * when {@code ansinh.db.replica.url} names one, otherwise on the primary exactly as any other read. If the replica
 * cannot be reached, or answers as the primary itself, the query runs on the primary and {@link #origin} says so:
 * a page never fails because of the replica. Writes never come here. Decided once per request. Each call reads on a
 * connection of its own; inside a transaction (a command: the anomaly checks) that connection is held until the
 * transaction ends, so such a caller reads once, not once per statement (the replica's pool is small).
 */
@RequestScoped
public class ReadDatabase implements ReadSource {

    private static final Logger LOG = Logger.getLogger(ReadDatabase.class.getName());
    private static final String BEAT = "SELECT beat_at, @@server_id FROM replica_heartbeat WHERE id = 1";

    @PersistenceContext
    private EntityManager primary;

    @PersistenceUnit
    private EntityManagerFactory factory;

    @Resource(lookup = DatabaseMigration.REPLICA_DATA_SOURCE)
    private DataSource replica;

    private ReadOrigin origin;

    /** Whether a replica is configured: its URL is set and is not the primary's (its default). */
    public static boolean replicaConfigured() {
        var config = ConfigProvider.getConfig();
        String url = config.getOptionalValue("ansinh.db.replica.url", String.class)
                .orElse("")
                .strip();
        return !url.isEmpty()
                && !url.startsWith("${") // an unexpanded default: no replica
                && !Objects.equals(
                        url,
                        config.getOptionalValue("ansinh.db.url", String.class).orElse(""));
    }

    @Override
    public boolean separate() {
        return replicaConfigured();
    }

    /** Runs a read-only query on the replica if there is one (and it answers), otherwise on the primary. */
    @Override
    public <T> T read(Function<EntityManager, T> query) {
        if (origin == null && !replicaConfigured()) {
            origin = ReadOrigin.PRIMARY;
        }
        if (origin == ReadOrigin.PRIMARY || origin == ReadOrigin.FALLBACK) {
            return query.apply(primary);
        }
        if (origin == null && !replicaAnswers()) {
            origin = ReadOrigin.FALLBACK;
            return query.apply(primary);
        }
        EntityManager em = null;
        try {
            em = factory.createEntityManager(onDataSource(replica));
            if (origin == null) {
                origin = lag(em);
            }
            return query.apply(em);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The read replica did not answer; reading the primary: " + e.getMessage(), e);
            origin = ReadOrigin.FALLBACK;
            return query.apply(primary);
        } finally {
            if (em != null) {
                em.close();
            }
        }
    }

    /**
     * Whether the replica's pool hands out a connection that answers (the pool checks it on the way out). A replica
     * that is down fails here at once; a read sent to it through EclipseLink instead was tried three times, five
     * seconds apart (its retry of a read whose connection failed), and the report answered after 10 s.
     */
    private boolean replicaAnswers() {
        try (Connection connection = replica.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "The read replica did not answer; reading the primary: {0}", e.getMessage());
            return false;
        }
    }

    /**
     * The properties that make an entity manager of the app's unit read through another data source: its own
     * connection ({@code exclusive-connection.mode=Always}), so that reads do not go to the unit's shared pool.
     */
    public static Map<String, Object> onDataSource(DataSource dataSource) {
        return Map.of(
                "jakarta.persistence.jtaDataSource", dataSource,
                "jakarta.persistence.nonJtaDataSource", dataSource,
                "eclipselink.jdbc.exclusive-connection.mode", "Always");
    }

    /** Where this request's reads went so far: the primary when none was made. */
    @Override
    public ReadOrigin origin() {
        return origin == null ? ReadOrigin.PRIMARY : origin;
    }

    private ReadOrigin lag(EntityManager replicaEm) {
        Object[] onPrimary = (Object[]) primary.createNativeQuery(BEAT).getSingleResult();
        Object[] onReplica = (Object[]) replicaEm.createNativeQuery(BEAT).getSingleResult();
        if (Objects.equals(String.valueOf(onPrimary[1]), String.valueOf(onReplica[1]))) {
            throw new IllegalStateException("the replica's data source reaches the primary (same server_id)");
        }
        return ReadOrigin.replica(time(onPrimary[0]), time(onReplica[0]));
    }

    private static LocalDateTime time(Object value) {
        return value instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
    }
}
