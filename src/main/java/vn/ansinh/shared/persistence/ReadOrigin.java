package vn.ansinh.shared.persistence;

import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * Where a report's figures were read: the primary (no replica configured), the read replica and how far it was
 * behind, or the primary because the replica could not be reached.
 */
public record ReadOrigin(Kind kind, long lagSeconds) implements Serializable {

    public enum Kind {
        PRIMARY,
        REPLICA,
        FALLBACK
    }

    public static final ReadOrigin PRIMARY = new ReadOrigin(Kind.PRIMARY, 0);
    public static final ReadOrigin FALLBACK = new ReadOrigin(Kind.FALLBACK, 0);

    /**
     * The replica, behind by the time between the primary's last heartbeat and the last one the replica has applied
     * (whole seconds, rounded down; never below zero). The heartbeat beats every few seconds, so a replica that is up
     * to date shows 0.
     */
    public static ReadOrigin replica(LocalDateTime primaryBeat, LocalDateTime replicaBeat) {
        long seconds = Duration.between(replicaBeat, primaryBeat).toSeconds();
        return new ReadOrigin(Kind.REPLICA, Math.max(0, seconds));
    }

    /** The line a page shows about it (with {@link #lagSeconds} as its argument), or null for the primary. */
    public String messageKey() {
        return switch (kind) {
            case PRIMARY -> null;
            case REPLICA -> "read.origin.replica";
            case FALLBACK -> "read.origin.fallback";
        };
    }
}
