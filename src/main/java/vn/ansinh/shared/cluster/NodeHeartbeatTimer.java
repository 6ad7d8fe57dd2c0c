package vn.ansinh.shared.cluster;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * This node's stamp in {@code node_heartbeat} ({@link NodeHeartbeat}): once at start-up, before the app serves, then
 * every five seconds ({@link NodeHeartbeat#EVERY}); rows of nodes dead for a day are removed on the way.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class NodeHeartbeatTimer {

    @PersistenceContext
    private EntityManager em;

    @PostConstruct
    void first() {
        beat();
    }

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
    @OnEveryNode("each node stamps its own row: that it is alive is what the stamp says")
    void beat() {
        NodeHeartbeat.beat(em, ClusterNode.ID);
        em.createNativeQuery(NodeHeartbeat.FORGET).executeUpdate();
    }
}
