package vn.ansinh.shared.persistence;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.ansinh.shared.cluster.OnEveryNode;

/**
 * Stamps the primary's heartbeat row every five seconds while a read replica is configured; the replica's copy of
 * the row tells how far it is behind ({@link ReadDatabase}). Two nodes both stamping is harmless.
 */
@Singleton
public class ReplicaHeartbeat {

    @PersistenceContext
    private EntityManager em;

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
    @OnEveryNode("each node stamps the same row with the primary's clock: a stamp twice is harmless, and a beat that"
            + " waited for a lease would make the lag read late")
    void beat() {
        if (ReadDatabase.replicaConfigured()) {
            em.createNativeQuery("UPDATE replica_heartbeat SET beat_at = UTC_TIMESTAMP(3) WHERE id = 1")
                    .executeUpdate();
        }
    }
}
