package vn.ansinh.shared.cluster;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Which nodes are alive, for work one node started and only that node can finish (a payroll's batch job): every node
 * stamps its own row of {@code node_heartbeat} (V57) every {@link #EVERY} with the database's clock
 * ({@link NodeHeartbeatTimer}); a node whose last stamp is older than {@link #DEAD_AFTER} is dead. The SQL that
 * decides it is {@link #deadSql}, its only form. Like {@link JobLease} it is infrastructure: no command, no audit.
 */
public final class NodeHeartbeat {

    /** How often a node stamps its row. */
    public static final Duration EVERY = Duration.ofSeconds(5);

    /** The setting of {@link #DEAD_AFTER} in seconds (MicroProfile Config; {@code ANSINH_CLUSTER_DEAD_AFTER_SECONDS}). */
    public static final String DEAD_AFTER_SETTING = "ansinh.cluster.dead-after-seconds";

    /** The shortest {@link #DEAD_AFTER} a setting may give: three missed stamps. */
    static final Duration SHORTEST_DEAD_AFTER = EVERY.multipliedBy(3);

    /**
     * How long a node may go without a stamp before it is dead: nine stamps by default, so that a long garbage
     * collection or a database that was busy for a moment never gets a living node's work taken from it. A deployment
     * may set it ({@link #DEAD_AFTER_SETTING}, at least {@link #SHORTEST_DEAD_AFTER}; a shorter value is ignored):
     * a shorter one gives a dead node's payroll back sooner, a longer one tolerates longer pauses.
     */
    public static final Duration DEAD_AFTER = deadAfter();

    /** A dead node's row is removed after a day (the table holds the nodes of a day, not of every start). */
    static final Duration FORGOTTEN_AFTER = Duration.ofDays(1);

    /** Stamps the node named by the parameter as alive now. */
    public static final String BEAT = "INSERT INTO node_heartbeat (node_id, started_at, beat_at)"
            + " VALUES (?, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)) ON DUPLICATE KEY UPDATE beat_at = UTC_TIMESTAMP(3)";

    static final String FORGET = "DELETE FROM node_heartbeat WHERE beat_at < UTC_TIMESTAMP(3) - INTERVAL "
            + FORGOTTEN_AFTER.toSeconds() + " SECOND";

    private NodeHeartbeat() {}

    /** Stamps {@code node} as alive now ({@link #BEAT}), in the caller's transaction. */
    public static void beat(EntityManager em, String node) {
        em.createNativeQuery(BEAT).setParameter(1, node).executeUpdate();
    }

    private static Duration deadAfter() {
        Optional<Integer> seconds;
        try {
            seconds = ConfigProvider.getConfig().getOptionalValue(DEAD_AFTER_SETTING, Integer.class);
        } catch (IllegalStateException | ServiceConfigurationError noConfig) {
            // outside the app (the tests' and the benchmarks' JVM) there is no MicroProfile Config: the JVM's property
            seconds = Optional.ofNullable(Integer.getInteger(DEAD_AFTER_SETTING));
        }
        return deadAfter(seconds);
    }

    /** The duration the setting gives: at least {@link #SHORTEST_DEAD_AFTER}, else nine stamps. */
    static Duration deadAfter(Optional<Integer> seconds) {
        return seconds.map(Duration::ofSeconds)
                .filter(d -> d.compareTo(SHORTEST_DEAD_AFTER) >= 0)
                .orElse(EVERY.multipliedBy(9));
    }

    /**
     * The condition that the node named in {@code nodeColumn} is dead: no row, or its last stamp older than
     * {@link #DEAD_AFTER} (a null column, work recorded before nodes were named, is dead too).
     */
    public static String deadSql(String nodeColumn) {
        return "NOT EXISTS (SELECT 1 FROM node_heartbeat hb WHERE hb.node_id = " + nodeColumn
                + " AND hb.beat_at >= UTC_TIMESTAMP(3) - INTERVAL " + DEAD_AFTER.toSeconds() + " SECOND)";
    }
}
