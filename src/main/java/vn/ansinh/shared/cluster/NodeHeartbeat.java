package vn.ansinh.shared.cluster;

import java.time.Duration;

/**
 * Which nodes are alive, for work one node started and only that node can finish (a payroll's batch job): every node
 * stamps its own row of {@code node_heartbeat} (V57) every {@link #EVERY} with the database's clock
 * ({@link NodeHeartbeatTimer}); a node whose last stamp is older than {@link #DEAD_AFTER} is dead. The SQL that
 * decides it is {@link #deadSql}, its only form. Like {@link JobLease} it is infrastructure: no command, no audit.
 */
public final class NodeHeartbeat {

    /** How often a node stamps its row. */
    public static final Duration EVERY = Duration.ofSeconds(5);

    /**
     * Missed stamps after which a node is dead: nine, so that a long garbage collection or a database that was busy
     * for a moment never gets a living node's work taken from it.
     */
    public static final Duration DEAD_AFTER = EVERY.multipliedBy(9);

    /** A dead node's row is removed after a day (the table holds the nodes of a day, not of every start). */
    static final Duration FORGOTTEN_AFTER = Duration.ofDays(1);

    /** Stamps the node named by the parameter as alive now. */
    public static final String BEAT = "INSERT INTO node_heartbeat (node_id, started_at, beat_at)"
            + " VALUES (?, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)) ON DUPLICATE KEY UPDATE beat_at = UTC_TIMESTAMP(3)";

    static final String FORGET = "DELETE FROM node_heartbeat WHERE beat_at < UTC_TIMESTAMP(3) - INTERVAL "
            + FORGOTTEN_AFTER.toSeconds() + " SECOND";

    private NodeHeartbeat() {}

    /**
     * The condition that the node named in {@code nodeColumn} is dead: no row, or its last stamp older than
     * {@link #DEAD_AFTER} (a null column, work recorded before nodes were named, is dead too).
     */
    public static String deadSql(String nodeColumn) {
        return "NOT EXISTS (SELECT 1 FROM node_heartbeat hb WHERE hb.node_id = " + nodeColumn
                + " AND hb.beat_at >= UTC_TIMESTAMP(3) - INTERVAL " + DEAD_AFTER.toSeconds() + " SECOND)";
    }
}
