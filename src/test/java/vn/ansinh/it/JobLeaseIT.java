package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ansinh.shared.cluster.JobLease;

/**
 * The job lease on the real database, as two nodes see it: two holders, each with many threads (a node's timer
 * threads, or a node asking again), race for one lease round after round; exactly one node gets it each time and
 * the other gets nothing; the holder renews it; once it has run out the other node takes it.
 */
class JobLeaseIT {

    private static final String NODE_A = "node-a/" + System.nanoTime();
    private static final String NODE_B = "node-b/" + System.nanoTime();
    private static final int THREADS_PER_NODE = 6;
    private static final int ROUNDS = 40;

    private static final MigratedDatabase db = MigratedDatabase.get();
    private static final List<Connection> connections = new ArrayList<>();
    private static ExecutorService threads;

    @BeforeAll
    static void open() throws SQLException {
        threads = Executors.newFixedThreadPool(2 * THREADS_PER_NODE);
        for (int i = 0; i < 2 * THREADS_PER_NODE; i++) {
            Connection c = db.jdbc().connect();
            c.setAutoCommit(false);
            connections.add(c);
        }
    }

    @AfterAll
    static void close() throws SQLException {
        threads.shutdownNow();
        for (Connection c : connections) {
            c.close();
        }
    }

    @Test
    void twoNodesRacingForALeaseOneGetsItEveryRoundAndTheOtherNothing() throws Exception {
        Set<String> winners = new TreeSet<>();
        for (int round = 0; round < ROUNDS; round++) {
            JobLease lease = new JobLease("race." + System.nanoTime() + "." + round, Duration.ofMinutes(10));
            List<Boolean> a = new ArrayList<>();
            List<Boolean> b = new ArrayList<>();
            race(lease, a, b);

            boolean aWon = a.contains(true);
            boolean bWon = b.contains(true);
            assertThat(aWon ^ bWon)
                    .as("round %d: exactly one node holds the lease (a %s, b %s)", round, a, b)
                    .isTrue();
            // the winning node's other threads renew what their node holds: the node has it, whichever thread asks
            assertThat(aWon ? a : b).as("round %d", round).containsOnly(true);
            assertThat(holderOf(lease)).isEqualTo(aWon ? NODE_A : NODE_B);
            winners.add(aWon ? NODE_A : NODE_B);
        }
        assertThat(winners).as("over %d rounds both nodes won some", ROUNDS).hasSize(2);
    }

    @Test
    void aLeaseThatRanOutIsTakenByTheOtherNodeAndTheNewHolderRenewsIt() throws Exception {
        String name = "expiry." + System.nanoTime();
        JobLease shortLease = new JobLease(name, Duration.ofMillis(400));
        Connection c = connections.get(0);

        assertThat(acquire(c, shortLease, NODE_A)).isTrue();
        assertThat(acquire(c, shortLease, NODE_B)).as("held by a, not run out").isFalse();

        Thread.sleep(700);
        assertThat(acquire(c, shortLease, NODE_B)).as("a's lease ran out").isTrue();
        assertThat(holderOf(shortLease)).isEqualTo(NODE_B);
        assertThat(acquire(c, shortLease, NODE_A)).as("now b holds it").isFalse();

        JobLease longLease = new JobLease(name, Duration.ofMinutes(10));
        Map<String, Object> before = row(name);
        assertThat(acquire(c, longLease, NODE_B)).as("the holder renews").isTrue();
        Map<String, Object> after = row(name);
        assertThat(after.get("acquired_at"))
                .as("a renewal keeps when it was taken")
                .isEqualTo(before.get("acquired_at"));
        assertThat((java.time.LocalDateTime) after.get("until_at"))
                .isAfter((java.time.LocalDateTime) before.get("until_at"));

        Thread.sleep(700); // past the short lease's end: the renewal is what keeps it
        assertThat(acquire(c, shortLease, NODE_A))
                .as("renewed by b for ten minutes")
                .isFalse();
        assertThat(holderOf(shortLease)).isEqualTo(NODE_B);
    }

    private static void race(JobLease lease, List<Boolean> a, List<Boolean> b) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2 * THREADS_PER_NODE);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < 2 * THREADS_PER_NODE; i++) {
            Connection c = connections.get(i);
            String holder = i % 2 == 0 ? NODE_A : NODE_B;
            results.add(threads.submit(() -> {
                start.await();
                return acquire(c, lease, holder);
            }));
        }
        for (int i = 0; i < results.size(); i++) {
            (i % 2 == 0 ? a : b).add(results.get(i).get());
        }
    }

    private static boolean acquire(Connection c, JobLease lease, String holder) throws SQLException {
        try {
            boolean held = lease.acquire(c, holder);
            c.commit();
            return held;
        } catch (SQLException e) {
            c.rollback();
            throw e;
        }
    }

    private static String holderOf(JobLease lease) {
        return (String) row(lease.name()).get("holder");
    }

    private static Map<String, Object> row(String name) {
        return db.jdbc().row("select holder, acquired_at, until_at from job_lease where name = ?", name);
    }
}
