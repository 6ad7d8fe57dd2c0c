package vn.ansinh.devstack;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.Flyway;
import vn.ansinh.registry.application.AdminUnitTree;
import vn.ansinh.registry.application.UnitScope;
import vn.ansinh.registry.domain.AdminUnit;
import vn.ansinh.report.application.MovementQuery;
import vn.ansinh.report.application.MovementReport;
import vn.ansinh.report.application.PaidQuery;
import vn.ansinh.report.application.PaidReport;
import vn.ansinh.report.domain.ReportPeriod;
import vn.ansinh.shared.kernel.AdminUnitCode;

/**
 * The national reports at 1,000,000 beneficiaries ({@code ./mvnw -q test-compile exec:java@bench-report}): a database
 * of its own ({@code ansinh_report_bench}, {@code -Dbench.db=}), migrated, filled once with 1,000,000 synthetic cases
 * spread over the current communes (90 % running, 10 % stopped; entitled from 2022 to 2026) and, for 2025 and 2026,
 * one approved payroll per province and month with its summary per commune, programme and channel; then the app's
 * own {@link MovementQuery} and {@link PaidQuery} for the country and for Hồ Chí Minh City, year 2026, each timed
 * twice (the target: under 5 s). The cases are written in SQL with the foreign keys off (no people or applications):
 * the reports read only the case and payroll tables.
 */
public final class ReportBenchmark {

    static final int CASES = 1_000_000;

    private ReportBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (System.getProperty("bench.db") == null) {
            System.setProperty("bench.db", "ansinh_report_bench");
        }
        try (BenchDatabase db = BenchDatabase.open()) {
            System.out.println("Database: " + db.describe());
            Flyway.configure()
                    .dataSource(db.url(), db.user(), db.password())
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password())) {
                fill(c);
            }
            EntityManagerFactory emf = AppPersistence.open(db.url(), db.user(), db.password());
            EntityManager em = emf.createEntityManager();
            AdminUnitTree tree = AdminUnitTree.of(
                    em.createQuery("select u from AdminUnit u", AdminUnit.class).getResultList());
            ReportPeriod year = ReportPeriod.year(2026);
            for (AdminUnitCode unit : List.of(AdminUnitCode.NATIONAL, AdminUnitCode.of("79"))) {
                UnitScope scope = UnitScope.of(unit, tree);
                for (int run = 1; run <= 2; run++) {
                    long start = System.nanoTime();
                    MovementReport movement = new MovementQuery(em).report(scope, year, unit.value());
                    long movementMs = (System.nanoTime() - start) / 1_000_000;
                    start = System.nanoTime();
                    PaidReport paid = new PaidQuery(em).report(scope, unit, year, unit.value());
                    long paidMs = (System.nanoTime() - start) / 1_000_000;
                    System.out.printf(
                            "%s, run %d: movement %d ms (at the end %,d, lines %d), amounts paid %d ms (paid %,d đồng)%n",
                            unit.value(),
                            run,
                            movementMs,
                            movement.total().atEnd(),
                            movement.rows().size(),
                            paidMs,
                            paid.total().paid());
                }
            }
            em.close();
            emf.close();
        }
    }

    private static void fill(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM benefit_case")) {
                r.next();
                if (r.getLong(1) >= CASES) {
                    System.out.println("Reusing " + r.getLong(1) + " cases");
                    return;
                }
            }
            long start = System.nanoTime();
            s.execute("SET SESSION foreign_key_checks = 0");
            s.execute("CREATE TEMPORARY TABLE bench_commune AS SELECT ROW_NUMBER() OVER (ORDER BY c.code) - 1 AS n,"
                    + " c.code AS commune, p.code AS province FROM admin_unit c JOIN admin_unit p ON p.id = c.parent_id"
                    + " WHERE c.level = 'COMMUNE' AND c.valid_to IS NULL AND p.level = 'PROVINCE'");
            s.execute("ALTER TABLE bench_commune ADD PRIMARY KEY (n)");
            long communes;
            try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM bench_commune")) {
                r.next();
                communes = r.getLong(1);
            }
            s.executeUpdate("INSERT INTO benefit_case (application_id, person_id, programme, category, commune_code,"
                    + " province_code, status, origin, opened_at, opened_by, entitled_from, entitled_until, end_reason,"
                    + " updated_at, updated_by)"
                    + " SELECT q.seq, q.seq,"
                    + " CASE q.seq % 4 WHEN 0 THEN 'MERITORIOUS_PERSON' ELSE 'SOCIAL_ASSISTANCE' END,"
                    + " CASE q.seq % 4 WHEN 0 THEN 'WAR_INVALID' WHEN 1 THEN 'DISABLED' WHEN 2 THEN"
                    + " 'ELDERLY_80_NO_PENSION' ELSE 'CHILD_WITHOUT_SUPPORT' END,"
                    + " bc.commune, bc.province,"
                    + " CASE WHEN q.seq % 10 = 9 THEN 'TERMINATED' ELSE 'ACTIVE' END, 'APPLICATION',"
                    + " utc_timestamp(6), 'bench',"
                    + " DATE_ADD(DATE '2022-01-01', INTERVAL q.seq % 60 MONTH),"
                    + " CASE WHEN q.seq % 10 = 9 THEN DATE_ADD(DATE '2022-01-01', INTERVAL q.seq % 60 + 3 MONTH) END,"
                    + " CASE WHEN q.seq % 10 = 9 THEN CASE q.seq % 3 WHEN 0 THEN 'DEATH' WHEN 1 THEN 'MOVED_AWAY'"
                    + " ELSE 'LOSS_OF_ELIGIBILITY' END END,"
                    + " utc_timestamp(6), 'bench'"
                    + " FROM seq_0_to_" + (CASES - 1) + " q JOIN bench_commune bc ON bc.n = q.seq % " + communes);
            System.out.printf("%,d cases in %d s%n", CASES, (System.nanoTime() - start) / 1_000_000_000);
            s.executeUpdate("INSERT INTO payroll_run (unit_code, pay_month, status, line_count, total_amount,"
                    + " created_at, created_by) SELECT p.province, m.month_start, 'APPROVED', 0, 0, utc_timestamp(6),"
                    + " 'bench' FROM (SELECT DISTINCT province FROM bench_commune) p JOIN calendar_month m"
                    + " ON m.month_start BETWEEN DATE '2025-01-01' AND DATE '2026-12-01'");
            s.executeUpdate("INSERT INTO payroll_run_summary (run_id, commune_code, programme, category, kind, channel,"
                    + " line_count, total_amount) SELECT r.id, bc.commune, g.programme, g.category, 'MONTHLY', ch.channel,"
                    + " 100, 50000000 FROM payroll_run r JOIN bench_commune bc ON bc.province = r.unit_code"
                    + " JOIN (SELECT 'SOCIAL_ASSISTANCE' programme, 'DISABLED' category UNION ALL"
                    + " SELECT 'MERITORIOUS_PERSON', 'WAR_INVALID') g"
                    + " JOIN (SELECT 'CASH' channel UNION ALL SELECT 'BANK_TRANSFER') ch WHERE r.created_by = 'bench'");
            s.execute("ANALYZE TABLE benefit_case, payroll_run, payroll_run_summary");
            System.out.printf("filled in %d s%n", (System.nanoTime() - start) / 1_000_000_000);
        }
    }
}
