package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ansinh.payment.application.StalledRuns;
import vn.ansinh.shared.cluster.NodeHeartbeat;

/**
 * Which COMPUTING payroll runs the sweep takes back ({@link StalledRuns}), on the real database, as one node of a
 * cluster sees it: never a run a living node computes, nor its own; a run of a node whose heartbeat stopped more than
 * {@link NodeHeartbeat#DEAD_AFTER} ago, of a node without a heartbeat row, or of no named node; never a run no longer
 * computing.
 */
class StalledRunsIT {

    private static final String ME = "this-node/" + System.nanoTime();
    private static final String ALIVE = "alive-node/" + System.nanoTime();
    private static final String DEAD = "dead-node/" + System.nanoTime();
    private static final String GONE = "gone-node/" + System.nanoTime();

    private static final java.util.concurrent.atomic.AtomicInteger UNITS =
            new java.util.concurrent.atomic.AtomicInteger();

    private final MigratedDatabase db = MigratedDatabase.get();
    private EntityManager em;
    private String unit;
    private int month;

    @BeforeEach
    void open() {
        em = db.emf().createEntityManager();
        unit = String.format("98%03d", UNITS.incrementAndGet()); // communes no fixture uses
        month = 1;
    }

    @AfterEach
    void close() {
        em.close();
    }

    @Test
    void aDeadOrUnknownNodesRunIsStalledALivingNodesAndItsOwnAreNot() {
        beat(ALIVE, 2);
        beat(DEAD, NodeHeartbeat.DEAD_AFTER.toSeconds() + 20);
        beat(ME, 600); // this node's own row may even be late: it is alive, it runs the sweep
        long ofAlive = run("COMPUTING", ALIVE);
        long ofDead = run("COMPUTING", DEAD);
        long ofGone = run("COMPUTING", GONE);
        long ofNobody = run("COMPUTING", null);
        long ofMine = run("COMPUTING", ME);
        long doneByDead = run("COMPUTED", DEAD);
        long failedOfGone = run("FAILED", GONE);

        List<Long> stalled =
                StalledRuns.find(em, ME).stream().map(StalledRuns.Run::id).toList();

        assertThat(stalled).contains(ofDead, ofGone, ofNobody);
        assertThat(stalled).doesNotContain(ofAlive, ofMine, doneByDead, failedOfGone);
        StalledRuns.Run dead = StalledRuns.find(em, ME).stream()
                .filter(r -> r.id() == ofDead)
                .findFirst()
                .orElseThrow();
        assertThat(dead.node()).isEqualTo(DEAD);
        assertThat(dead.unit().value()).isEqualTo(unit);
        assertThat(dead.executionId()).isEqualTo(42L);
    }

    @Test
    void aNodeJustUnderTheLimitIsAliveAndJustOverItIsDead() {
        String late = "late-node/" + System.nanoTime();
        beat(late, NodeHeartbeat.DEAD_AFTER.toSeconds() - 5);
        long run = run("COMPUTING", late);

        assertThat(StalledRuns.find(em, ME)).extracting(StalledRuns.Run::id).doesNotContain(run);

        beat(late, NodeHeartbeat.DEAD_AFTER.toSeconds() + 5);
        assertThat(StalledRuns.find(em, ME)).extracting(StalledRuns.Run::id).contains(run);
    }

    /** The node's last stamp, {@code secondsAgo} before the database's now. */
    private void beat(String node, long secondsAgo) {
        db.jdbc()
                .execute(
                        "INSERT INTO node_heartbeat (node_id, started_at, beat_at) VALUES (?, UTC_TIMESTAMP(3),"
                                + " UTC_TIMESTAMP(3) - INTERVAL ? SECOND) ON DUPLICATE KEY UPDATE beat_at ="
                                + " UTC_TIMESTAMP(3) - INTERVAL ? SECOND",
                        node,
                        secondsAgo,
                        secondsAgo);
    }

    private long run(String status, String node) {
        db.jdbc()
                .execute(
                        "INSERT INTO payroll_run (unit_code, pay_month, status, execution_id, computing_node, created_at,"
                                + " created_by) VALUES (?, ?, ?, 42, ?, UTC_TIMESTAMP(6), 'test')",
                        unit,
                        java.time.LocalDate.of(2031, month++, 1),
                        status,
                        node);
        return ((Number) db.jdbc()
                        .row("SELECT MAX(id) AS id FROM payroll_run WHERE unit_code = ?", unit)
                        .get("id"))
                .longValue();
    }
}
