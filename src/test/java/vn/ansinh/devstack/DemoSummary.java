package vn.ansinh.devstack;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import vn.ansinh.account.domain.AccountStatus;
import vn.ansinh.casework.domain.CaseStatus;

/** The counts per demo commune printed at the end of the demo data's generation, with the time it took. */
final class DemoSummary {

    private DemoSummary() {}

    static void print(DatabaseServer database, PrintStream out, double seconds) {
        out.printf("  demo data: generated in %.1f s%n", seconds);
        String paying = CaseStatus.sqlSet(CaseStatus::paysEntitledMonths);
        String[][] rows = {
            {"people (living)", "SELECT COUNT(*) FROM person WHERE commune_code = ? AND date_of_death IS NULL"},
            {
                "meritorious people paid monthly",
                "SELECT COUNT(DISTINCT person_id) FROM benefit_case WHERE commune_code = ? AND status IN (" + paying
                        + ") AND programme IN ('MERITORIOUS_PERSON', 'MERITORIOUS_RELATIVE')"
            },
            {
                "social assistance + social pension",
                "SELECT COUNT(DISTINCT person_id) FROM benefit_case WHERE commune_code = ? AND status IN (" + paying
                        + ") AND programme IN ('SOCIAL_ASSISTANCE', 'SOCIAL_PENSION')"
            },
            {
                "  of whom with an account (%)",
                "SELECT ROUND(100 * AVG(COALESCE(a.status IN (" + AccountStatus.sqlSet(AccountStatus::holdsAccount)
                        + "), 0)), 1) FROM (SELECT DISTINCT person_id FROM benefit_case WHERE commune_code = ? AND status IN ("
                        + paying + ")) b LEFT JOIN ss_account a ON a.person_id = b.person_id"
            },
            {
                "  of whom paid into an account (%)",
                "SELECT ROUND(100 * AVG(COALESCE(a.status IN (" + AccountStatus.sqlSet(AccountStatus::acceptsTransfers)
                        + "), 0)), 1) FROM (SELECT DISTINCT person_id FROM benefit_case WHERE commune_code = ? AND status IN ("
                        + paying + ")) b LEFT JOIN ss_account a ON a.person_id = b.person_id"
            },
            {"approved payrolls", "SELECT COUNT(*) FROM payroll_run WHERE unit_code = ? AND status = 'APPROVED'"},
            {
                "deaths since Dec 2025",
                "SELECT COUNT(*) FROM person WHERE commune_code = ? AND date_of_death >= '2025-12-01'"
            },
            {"recovery items (paid after death)", "SELECT COUNT(*) FROM recovery_item WHERE commune_code = ?"},
            {
                "transfer cases (moved in)",
                "SELECT COUNT(*) FROM benefit_case WHERE commune_code = ? AND origin = 'TRANSFER'"
            },
            {
                "poor + near-poor households 2025",
                "SELECT COUNT(*) FROM poverty_review r JOIN household h ON h.id = r.household_id WHERE h.commune_code = ?"
                        + " AND r.review_year = 2025 AND r.classification IN ('POOR', 'NEAR_POOR')"
            },
            {
                "poor + near-poor households 2026",
                "SELECT COUNT(*) FROM poverty_review r JOIN household h ON h.id = r.household_id WHERE h.commune_code = ?"
                        + " AND r.review_year = 2026 AND r.classification IN ('POOR', 'NEAR_POOR')"
            },
            {
                "Tết 2026 list: entries / paid",
                "SELECT CONCAT(COUNT(*), ' / ', SUM(paid_on IS NOT NULL)) FROM gift_entry WHERE commune_code = ?"
            },
        };
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password())) {
            out.printf("  %-36s %12s %12s%n", "", "Tuần Giáo", "Quỳ Hợp");
            for (String[] row : rows) {
                out.printf(
                        "  %-36s %12s %12s%n",
                        row[0],
                        value(c, row[1], DemoScalePlan.TUAN_GIAO.commune()),
                        value(c, row[1], DemoScalePlan.QUY_HOP.commune()));
            }
        } catch (SQLException e) {
            out.println("  (could not count the demo data: " + e.getMessage() + ")");
        }
    }

    private static String value(Connection c, String sql, String commune) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, commune);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? String.valueOf(rs.getString(1)) : "";
            }
        }
    }
}
