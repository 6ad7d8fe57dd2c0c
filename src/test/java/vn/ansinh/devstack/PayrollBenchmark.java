package vn.ansinh.devstack;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import vn.ansinh.payment.application.FinishPayrollCommand;
import vn.ansinh.payment.application.payroll.PayrollBatchlets;
import vn.ansinh.payment.application.payroll.PayrollComputation;
import vn.ansinh.payment.application.payroll.PayrollScope;
import vn.ansinh.payment.domain.PayrollRun;
import vn.ansinh.registry.application.AdminUnitTree;
import vn.ansinh.registry.domain.AdminUnit;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.security.Actor;

/**
 * The payroll benchmark ({@code ./mvnw -q test-compile exec:java@bench-payroll}): 1,000,000 active
 * beneficiaries (people from the generator, cases and decisions added by SQL), a national payroll
 * computed by the app's own {@link PayrollComputation} the way the batch job does (rates, then the
 * partitions two at a time, each in its own transaction, then arrears, recovery and totals), and in
 * the same run the time of a raw {@code INSERT ... SELECT} of the same rows into a copy of the table.
 * Targets: at most 60 s, at most twice the raw copy.
 */
public final class PayrollBenchmark {

    static final YearMonth MONTH = YearMonth.of(2026, 2);
    private static final double TARGET_SECONDS = 60;
    private static final double TARGET_RATIO = 2.0;

    private PayrollBenchmark() {}

    public static void main(String[] args) throws Exception {
        long beneficiaries = GenerateData.longProperty("bench.beneficiaries", 1_000_000);
        try (BenchDatabase db = BenchDatabase.open()) {
            System.out.println("Database: " + db.describe());
            GeneratorTarget.migrate(db.url(), db.user(), db.password());
            String server = SearchBenchmark.fillUpTo(db, beneficiaries);
            try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
                    Statement s = c.createStatement()) {
                ensureBeneficiaries(s, beneficiaries);
                long runId = freshRun(s);
                EntityManagerFactory emf =
                        Persistence.createEntityManagerFactory("ansinh", SearchBenchmark.persistenceProperties(db));
                try {
                    long start = System.nanoTime();
                    long[] totals = compute(emf, runId);
                    double payroll = (System.nanoTime() - start) / 1e9;
                    double raw = rawCopy(s);
                    report(server, totals, payroll, raw);
                } finally {
                    emf.close();
                }
            }
        }
    }

    /** Cases (and their grant decisions) for the first {@code count} people, once; reused afterwards. */
    static void ensureBeneficiaries(Statement s, long count) throws Exception {
        long existing = single(s, "SELECT COUNT(*) FROM benefit_case WHERE opened_by = 'bench'");
        if (existing >= count) {
            System.out.printf("Reusing the %,d benchmark beneficiaries.%n", existing);
            return;
        }
        System.out.printf("Adding %,d active beneficiaries (applications, cases, decisions)...%n", count - existing);
        s.execute("DELETE FROM payroll_line");
        s.execute("SET FOREIGN_KEY_CHECKS = 0");
        s.execute("DELETE FROM benefit_case WHERE opened_by = 'bench'");
        s.execute("DELETE FROM application WHERE created_by = 'bench'");
        s.execute("SET FOREIGN_KEY_CHECKS = 1");
        String category = "CASE WHEN MOD(p.id, 10) = 0 AND p.birth_year <= 1960 THEN 'ELDERLY_POOR_ALONE'"
                + " WHEN MOD(p.id, 10) = 1 THEN 'WAR_INVALID' ELSE 'DISABLED' END";
        s.executeUpdate(
                "INSERT INTO application (person_id, programme, category, disability_level, details, status, commune_code,"
                        + " province_code, received_on, created_at, created_by, updated_at)"
                        + " SELECT p.id, CASE WHEN MOD(p.id, 10) = 1 THEN 'MERITORIOUS_PERSON' ELSE 'SOCIAL_ASSISTANCE' END, "
                        + category
                        + ", CASE WHEN " + category
                        + " = 'DISABLED' THEN IF(MOD(p.id, 3) = 0, 'PARTICULARLY_SEVERE', 'SEVERE') END,"
                        + " '{}', 'READY', p.commune_code, p.province_code, '2025-12-01', UTC_TIMESTAMP(6), 'bench', UTC_TIMESTAMP(6)"
                        + " FROM person p WHERE p.date_of_death IS NULL ORDER BY p.id LIMIT " + count);
        s.executeUpdate(
                "INSERT INTO benefit_case (application_id, person_id, programme, category, disability_level, commune_code,"
                        + " province_code, status, origin, opened_at, opened_by, submitted_on, submitted_by, decided_on, decided_by,"
                        + " entitled_from, updated_at, updated_by)"
                        + " SELECT a.id, a.person_id, a.programme, a.category, a.disability_level, a.commune_code, a.province_code,"
                        + " 'ACTIVE', 'APPLICATION', UTC_TIMESTAMP(6), 'bench', '2025-12-01', 'bench', '2025-12-05', 'bench',"
                        + " '2025-12-01', UTC_TIMESTAMP(6), 'bench' FROM application a WHERE a.created_by = 'bench'");
        s.executeUpdate(
                "INSERT INTO decision (case_id, kind, issuing_unit_code, document_symbol, decision_year, sequence_no,"
                        + " number, signed_on, signed_at, signer, signer_name, signer_title, legal_basis, subject, person_id, category,"
                        + " effective_month, sheet_json)"
                        + " SELECT c.id, 'GRANT', IF(c.programme = 'MERITORIOUS_PERSON', c.province_code, c.commune_code),"
                        // signed at the competent level, by an approver who had no hand in the dossier (the
                        // anomaly benchmark checks both)
                        + " IF(c.programme = 'MERITORIOUS_PERSON', 'QĐ-SNV', 'QĐ-UBND'), 2025, c.id,"
                        + " CONCAT(c.id, IF(c.programme = 'MERITORIOUS_PERSON', '/QĐ-SNV', '/QĐ-UBND')), '2025-12-05',"
                        + " UTC_TIMESTAMP(6), 'bench.approver', 'Benchmark', 'Chủ tịch', 'Nghị định số 20/2021/NĐ-CP', 'Về việc hưởng trợ cấp',"
                        + " c.person_id, c.category, '2025-12-01', '{}' FROM benefit_case c WHERE c.opened_by = 'bench'");
        s.execute("ANALYZE TABLE benefit_case, decision, application");
    }

    /**
     * The node the steps outside the container compute as: a running app's stalled-payroll sweep takes back a
     * COMPUTING run whose node does not beat ({@code StalledRuns}), so while the steps run this process stamps its
     * heartbeat as a node does (the container benchmark runs them beside a running Payara, whose sweep failed the
     * steps' run in the middle before).
     */
    static final String NODE = "bench-steps";

    static long freshRun(Statement s) throws Exception {
        // TRUNCATE, not DELETE: a million deleted rows would still be purged while the run is timed
        s.execute("TRUNCATE TABLE payroll_line");
        s.execute("DELETE FROM payroll_run_level");
        s.execute("DELETE FROM payroll_run_coefficient");
        s.execute("DELETE FROM payroll_run");
        s.executeUpdate("INSERT INTO payroll_run (unit_code, pay_month, status, created_at, created_by, computing_node)"
                + " VALUES ('VN', '" + MONTH.atDay(1) + "', 'COMPUTING', UTC_TIMESTAMP(6), 'bench', '" + NODE + "')");
        return single(s, "SELECT MAX(id) FROM payroll_run");
    }

    /**
     * What the batch job does: prepare, the partitions two at a time, the differences, and the finish as the
     * job ends it ({@link FinishPayrollCommand} run as the system: arrears, recovery, totals, audit row).
     */
    private static long[] compute(EntityManagerFactory emf, long runId) throws Exception {
        return compute(emf, runId, threads());
    }

    /** People per partition: the app's option, {@code -Dansinh.payroll.partition-size=}, as the app reads it. */
    static int partitionSize() {
        return Integer.getInteger("ansinh.payroll.partition-size", PayrollBatchlets.PARTITION_SIZE);
    }

    /** Partitions at once: the app's option, {@code -Dansinh.payroll.threads=}, as the app reads it. */
    static int threads() {
        return Integer.getInteger("ansinh.payroll.threads", PayrollBatchlets.THREADS);
    }

    /** The payroll of {@link #MONTH} as the job computes it, the partitions {@code threads} at a time. */
    static long[] compute(EntityManagerFactory emf, long runId, int threads) throws Exception {
        AdminUnitTree[] tree = new AdminUnitTree[1];
        Transactions.inOwnTransaction(
                emf,
                em -> tree[0] = AdminUnitTree.of(em.createQuery("select u from AdminUnit u", AdminUnit.class)
                        .getResultList()));
        AdminUnitTree units = tree[0];
        PayrollScope scope = PayrollScope.of(AdminUnitCode.NATIONAL, units);
        java.util.concurrent.ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor();
        heartbeat.scheduleAtFixedRate(
                () -> Transactions.inOwnTransaction(emf, em -> vn.ansinh.shared.cluster.NodeHeartbeat.beat(em, NODE)),
                0,
                vn.ansinh.shared.cluster.NodeHeartbeat.EVERY.toMillis(),
                java.util.concurrent.TimeUnit.MILLISECONDS);
        try {
            return computeBeating(emf, runId, threads, units, scope);
        } finally {
            heartbeat.shutdownNow();
        }
    }

    private static long[] computeBeating(
            EntityManagerFactory emf, long runId, int threads, AdminUnitTree units, PayrollScope scope)
            throws Exception {
        long t0 = System.nanoTime();
        Transactions.inOwnTransaction(
                emf, em -> new PayrollComputation(em).prepare(runId, MONTH, true, java.time.Instant.now()));
        System.out.printf("  prepare %.1f s%n", (System.nanoTime() - t0) / 1e9);
        List<PayrollComputation.Partition> partitions = new ArrayList<>();
        Transactions.inOwnTransaction(
                emf, em -> partitions.addAll(new PayrollComputation(em).partitions(scope, partitionSize())));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        for (PayrollComputation.Partition partition : partitions) {
            // two partitions at a time can deadlock: run again, as the batch job does (Deadlocks)
            done.add(pool.submit(() -> vn.ansinh.payment.application.payroll.Deadlocks.retried("partition", () -> {
                Transactions.inOwnTransaction(
                        emf, em -> new PayrollComputation(em).monthly(runId, MONTH, scope, partition));
                return 0;
            })));
        }
        try {
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdownNow(); // a failed partition must not leave the JVM waiting on the pool
        }
        System.out.printf("  monthly lines %.1f s%n", (System.nanoTime() - t0) / 1e9);
        long t1 = System.nanoTime();
        Transactions.inOwnTransaction(
                emf, em -> new PayrollComputation(em).differences(runId, MONTH, scope, java.time.Instant.now()));
        System.out.printf("  differences %.1f s%n", (System.nanoTime() - t1) / 1e9);
        long[] totals = new long[2];
        EntityManager em = emf.createEntityManager();
        try {
            long t2 = System.nanoTime();
            PayrollRun run = new CommandsOnDay(em, units, denial -> {})
                    .run(
                            Actor.SYSTEM,
                            java.time.Instant.now().toString(),
                            () -> new FinishPayrollCommand(runId, AdminUnitCode.NATIONAL, units));
            System.out.printf("  finish (arrears, recovery, totals) %.1f s%n", (System.nanoTime() - t2) / 1e9);
            totals[0] = run.lineCount();
            totals[1] = run.totalAmount();
        } finally {
            em.close();
        }
        System.out.printf(
                "  %d partitions of about %,d people, %d at a time%n", partitions.size(), partitionSize(), threads);
        return totals;
    }

    /** The same rows copied with one plain INSERT ... SELECT (no rates, no window, no decision lookup). */
    static double rawCopy(Statement s) throws Exception {
        s.execute("DROP TABLE IF EXISTS bench_raw_copy");
        s.execute("CREATE TABLE bench_raw_copy LIKE payroll_line");
        long start = System.nanoTime();
        s.executeUpdate(
                "INSERT INTO bench_raw_copy (run_id, case_id, person_id, decision_id, kind, for_month, commune_code,"
                        + " province_code, programme, category, scheme, standard_level_id, standard_level, coefficient_id, coefficient,"
                        + " amount, channel, payment_status)"
                        + " SELECT 0, c.id, c.person_id, NULL, 'MONTHLY', '" + MONTH.atDay(1)
                        + "', c.commune_code, c.province_code,"
                        + " c.programme, c.category, 'SOCIAL_ASSISTANCE', 0, 500000, 0, 1.5, 750000, 'CASH', 'PENDING'"
                        + " FROM benefit_case c JOIN person p ON p.id = c.person_id WHERE c.status = 'ACTIVE'");
        double seconds = (System.nanoTime() - start) / 1e9;
        s.execute("DROP TABLE bench_raw_copy");
        return seconds;
    }

    private static void report(String server, long[] totals, double payroll, double raw) {
        double ratio = payroll / raw;
        boolean met = payroll <= TARGET_SECONDS && ratio <= TARGET_RATIO;
        System.out.println();
        System.out.println("Payroll of " + MONTH + ", whole country (" + server + ")");
        System.out.printf("  lines written          %,12d%n", totals[0]);
        System.out.printf("  total amount (đồng)    %,12d%n", totals[1]);
        System.out.printf("  payroll job steps      %10.1f s   (target ≤ %.0f s)%n", payroll, TARGET_SECONDS);
        System.out.printf("  raw INSERT ... SELECT  %10.1f s%n", raw);
        System.out.printf("  ratio                  %10.2f     (target ≤ %.1f)%n", ratio, TARGET_RATIO);
        System.out.println(met ? "All targets met." : "Some targets MISSED.");
    }

    private static long single(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
