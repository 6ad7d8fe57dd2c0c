package vn.ansinh.devstack;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import vn.ansinh.anomaly.application.AnomalyChecks;
import vn.ansinh.anomaly.application.RunAnomalyChecksCommand;
import vn.ansinh.anomaly.domain.AnomalyRule;
import vn.ansinh.registry.application.AdminUnitTree;
import vn.ansinh.registry.domain.AdminUnit;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.security.Actor;

/**
 * The anomaly benchmark ({@code ./mvnw -q test-compile exec:java@bench-anomaly}): on the payroll benchmark's
 * database (1,000,000 beneficiaries from the generator, their cases and decisions), the national payroll of
 * February 2026 is computed once by the app's own {@code PayrollComputation} (reused afterwards) and approved, a
 * few anomalies are planted, and the nine checks run nationally as the nightly job runs them
 * ({@link RunAnomalyChecksCommand} as the system, one transaction). It prints the time per rule and in all.
 * Target: under 60 s. {@code -Dbench.db=} names another database than {@code ansinh_bench}.
 */
public final class AnomalyBenchmark {

    private static final double TARGET_SECONDS = 60;

    private AnomalyBenchmark() {}

    public static void main(String[] args) throws Exception {
        long beneficiaries = GenerateData.longProperty("bench.beneficiaries", 1_000_000);
        try (BenchDatabase db = BenchDatabase.open()) {
            System.out.println("Database: " + db.describe());
            GeneratorTarget.migrate(db.url(), db.user(), db.password());
            String server = SearchBenchmark.fillUpTo(db, beneficiaries);
            EntityManagerFactory emf =
                    Persistence.createEntityManagerFactory("ansinh", SearchBenchmark.persistenceProperties(db));
            try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
                    Statement s = c.createStatement()) {
                PayrollBenchmark.ensureBeneficiaries(s, beneficiaries);
                String month = "'" + PayrollBenchmark.MONTH.atDay(1) + "'";
                long approved = single(
                        s, "SELECT COUNT(*) FROM payroll_run WHERE pay_month = " + month + " AND status = 'APPROVED'");
                if (approved == 0) {
                    System.out.println("Computing the national payroll of " + PayrollBenchmark.MONTH + " once...");
                    long runId = PayrollBenchmark.freshRun(s);
                    PayrollBenchmark.compute(emf, runId, 1);
                    s.executeUpdate("UPDATE payroll_run SET status = 'APPROVED', approved_at = UTC_TIMESTAMP(6),"
                            + " approved_by = 'bench.approver' WHERE id = " + runId);
                }
                topUp(s, month, beneficiaries);
                long lines = single(
                        s,
                        "SELECT COUNT(*) FROM payroll_line l JOIN payroll_run r ON r.id = l.run_id"
                                + " WHERE r.pay_month = " + month + " AND r.status = 'APPROVED'");
                plant(s);
                s.execute("DELETE FROM anomaly_finding");
                s.execute("DELETE FROM anomaly_run_count");
                s.execute("DELETE FROM anomaly_run");
                AnomalyChecks.Result result = run(emf);
                report(server, lines, result);
            } finally {
                emf.close();
            }
        }
    }

    /**
     * The payroll pays the month's allowance of the beneficiaries it prices by coefficient; up to the target, the
     * run also pays January as arrears (truy lĩnh) for as many of them, at the same rates (a late first payment):
     * correct lines that every rule must read and none may flag.
     */
    private static void topUp(Statement s, String month, long target) throws Exception {
        String run = "(SELECT id FROM payroll_run WHERE pay_month = " + month + " AND status = 'APPROVED')";
        long lines = single(s, "SELECT COUNT(*) FROM payroll_line WHERE run_id = " + run);
        if (lines >= target) {
            return;
        }
        System.out.printf("Adding %,d arrears lines for January to reach %,d lines...%n", target - lines, target);
        s.executeUpdate(
                "INSERT INTO payroll_line (run_id, case_id, person_id, payee_person_id, decision_id, kind, component,"
                        + " correction, for_month, commune_code, province_code, programme, category, scheme, standard_level_id,"
                        + " standard_level, coefficient_id, coefficient, annex_rate_id, amount, channel, bank_code, account_no,"
                        + " payment_status) SELECT run_id, case_id, person_id, payee_person_id, decision_id, 'ARREARS', component,"
                        + " 0, '2026-01-01', commune_code, province_code, programme, category, scheme, standard_level_id,"
                        + " standard_level, coefficient_id, coefficient, annex_rate_id, amount, channel, bank_code, account_no,"
                        + " payment_status FROM payroll_line WHERE run_id = " + run
                        + " AND kind = 'MONTHLY' ORDER BY id LIMIT "
                        + (target - lines));
        s.execute("ANALYZE TABLE payroll_line");
    }

    /** A handful of real anomalies, so that the checks insert findings as well as look (the same every run). */
    private static void plant(Statement s) throws Exception {
        String month = "'" + PayrollBenchmark.MONTH.atDay(1) + "'";
        String run = "(SELECT id FROM payroll_run WHERE pay_month = " + month + " AND status = 'APPROVED')";
        s.executeUpdate("UPDATE payroll_line SET amount = amount + 1000 WHERE run_id = " + run
                + " AND MOD(id, 50000) = 7" + " AND amount MOD 1000 = 0");
        s.executeUpdate("UPDATE person SET date_of_death = '2026-01-10' WHERE date_of_death IS NULL AND id IN"
                + " (SELECT person_id FROM payroll_line WHERE run_id = " + run + " AND MOD(id, 100000) = 3)");
    }

    private static AnomalyChecks.Result run(EntityManagerFactory emf) {
        EntityManager em = emf.createEntityManager();
        try {
            AdminUnitTree units = AdminUnitTree.of(
                    em.createQuery("select u from AdminUnit u", AdminUnit.class).getResultList());
            return new CommandsOnDay(em, units, denial -> {})
                    .run(
                            Actor.SYSTEM,
                            Instant.now().toString(),
                            () -> new RunAnomalyChecksCommand(AdminUnitCode.NATIONAL, PayrollBenchmark.MONTH, units));
        } finally {
            em.close();
        }
    }

    private static void report(String server, long lines, AnomalyChecks.Result result) {
        System.out.println();
        System.out.println("Anomaly checks of " + PayrollBenchmark.MONTH + ", whole country (" + server + ")");
        System.out.printf("  approved lines checked   %,12d%n", lines);
        for (AnomalyRule rule : AnomalyRule.values()) {
            System.out.printf(
                    "  %-24s %8.1f s   %,8d found%n",
                    rule.name(),
                    result.millis().get(rule) / 1000.0,
                    result.found().get(rule));
        }
        double total = result.totalMillis() / 1000.0;
        System.out.printf("  total                    %8.1f s   (target ≤ %.0f s)%n", total, TARGET_SECONDS);
        System.out.println(total <= TARGET_SECONDS ? "Target met." : "Target MISSED.");
    }

    private static long single(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
