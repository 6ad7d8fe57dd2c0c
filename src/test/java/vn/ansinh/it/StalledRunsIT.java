package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ansinh.devstack.CommandsOnDay;
import vn.ansinh.payment.application.RecoverStalledPayrollCommand;
import vn.ansinh.payment.application.StalledRuns;
import vn.ansinh.registry.application.AdminUnitTree;
import vn.ansinh.registry.domain.AdminUnit;
import vn.ansinh.shared.cluster.NodeHeartbeat;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.security.Actor;

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

    @Test
    void aStalledRunIsRecoveredOnceAndNeverTakenFromTheServerNowComputingIt() {
        beat(DEAD, NodeHeartbeat.DEAD_AFTER.toSeconds() + 20);
        beat(ALIVE, 2);
        long stalled = run("COMPUTING", DEAD);
        CommandsOnDay commands = new CommandsOnDay(
                em,
                AdminUnitTree.of(em.createQuery("select u from AdminUnit u", AdminUnit.class)
                        .getResultList()),
                denial -> {});

        commands.run(Actor.SYSTEM, "2031-01-05T01:00:00Z", () -> recover(stalled, DEAD));
        assertThat(db.jdbc().row("SELECT status, failure FROM payroll_run WHERE id = ?", stalled))
                .containsEntry("status", "FAILED")
                .containsEntry("failure", RecoverStalledPayrollCommand.REASON);

        // two servers' sweeps found it at once: the second finds it recovered, changes nothing and audits nothing
        assertThatThrownBy(() -> commands.run(Actor.SYSTEM, "2031-01-05T01:00:01Z", () -> recover(stalled, DEAD)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage(RecoverStalledPayrollCommand.NOT_STALLED);
        assertThat(db.jdbc()
                        .countOf(
                                "SELECT COUNT(*) FROM audit_record WHERE action = ? AND unit_code = ?",
                                RecoverStalledPayrollCommand.ACTION,
                                unit))
                .as("one payroll.recover row, not a second empty one")
                .isEqualTo(1);

        // found stalled, then restarted by an officer on a living server before the recovery ran: left computing
        long restarted = run("COMPUTING", ALIVE);
        assertThatThrownBy(() -> commands.run(Actor.SYSTEM, "2031-01-05T01:00:02Z", () -> recover(restarted, DEAD)))
                .isInstanceOf(BusinessRuleException.class);
        assertThat(db.jdbc().row("SELECT status FROM payroll_run WHERE id = ?", restarted))
                .containsEntry("status", "COMPUTING");
    }

    private RecoverStalledPayrollCommand recover(long runId, String node) {
        return new RecoverStalledPayrollCommand(runId, AdminUnitCode.of(unit), null, node);
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
