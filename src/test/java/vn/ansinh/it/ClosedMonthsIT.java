package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ansinh.payment.domain.ClosedMonths;
import vn.ansinh.payment.domain.PayrollStatus;

/**
 * The per-unit closed-month rule in Java and as the SQL the payroll embeds, on the same runs: a month is
 * closed for a commune when an approved payroll of that month covers it (the commune's, its province's or
 * the country's), and for no other commune. The runs are written in a transaction that is rolled back, so
 * a national run leaves nothing behind for the other tests.
 */
class ClosedMonthsIT {

    private static final String COMMUNE = "19753";
    private static final String NEIGHBOUR = "19774";
    private static final String PROVINCE = "46";
    private static final String OTHER_COMMUNE = "18073";
    private static final String OTHER_PROVINCE = "42";

    @Test
    void javaAndSqlAgreeOnWhichMonthsAreClosedForWhichCommune() throws Exception {
        try (Connection connection = MigratedDatabase.get().jdbc().connect()) {
            connection.setAutoCommit(false);
            try {
                insert(connection, COMMUNE, "2041-01", PayrollStatus.APPROVED); // the commune's own
                insert(connection, PROVINCE, "2041-02", PayrollStatus.APPROVED); // its province's
                insert(connection, "VN", "2041-03", PayrollStatus.APPROVED); // the country's
                insert(connection, COMMUNE, "2041-04", PayrollStatus.COMPUTED); // not approved: open
                insert(connection, NEIGHBOUR, "2041-05", PayrollStatus.APPROVED); // another commune's
                insert(connection, OTHER_PROVINCE, "2041-06", PayrollStatus.APPROVED); // another province's
                List<ClosedMonths.Run> runs = runs(connection);

                List<String> javaClosed = new ArrayList<>();
                List<String> sqlClosed = new ArrayList<>();
                String sql = "SELECT " + ClosedMonths.condition("?", "?", "?");
                for (String[] commune :
                        new String[][] {{COMMUNE, PROVINCE}, {NEIGHBOUR, PROVINCE}, {OTHER_COMMUNE, OTHER_PROVINCE}}) {
                    for (int m = 1; m <= 7; m++) {
                        YearMonth month = YearMonth.of(2041, m);
                        String key = commune[0] + " " + month;
                        if (ClosedMonths.closed(commune[0], commune[1], month, runs)) {
                            javaClosed.add(key);
                        }
                        try (PreparedStatement query = connection.prepareStatement(sql)) {
                            query.setString(1, month.atDay(1).toString()); // the month comes first in the text
                            query.setString(2, commune[0]);
                            query.setString(3, commune[1]);
                            try (ResultSet rs = query.executeQuery()) {
                                rs.next();
                                if (rs.getBoolean(1)) {
                                    sqlClosed.add(key);
                                }
                            }
                        }
                    }
                }

                assertThat(javaClosed)
                        .containsExactly(
                                "19753 2041-01",
                                "19753 2041-02",
                                "19753 2041-03",
                                "19774 2041-02",
                                "19774 2041-03",
                                "19774 2041-05",
                                "18073 2041-03",
                                "18073 2041-06");
                assertThat(sqlClosed).isEqualTo(javaClosed);
            } finally {
                connection.rollback();
            }
        }
    }

    private static void insert(Connection connection, String unit, String month, PayrollStatus status)
            throws Exception {
        try (PreparedStatement insert =
                connection.prepareStatement("INSERT INTO payroll_run (unit_code, pay_month, status,"
                        + " created_at, created_by) VALUES (?, ?, ?, UTC_TIMESTAMP(6), 'closed-months-it')")) {
            insert.setString(1, unit);
            insert.setString(2, YearMonth.parse(month).atDay(1).toString());
            insert.setString(3, status.name());
            insert.executeUpdate();
        }
    }

    private static List<ClosedMonths.Run> runs(Connection connection) throws Exception {
        List<ClosedMonths.Run> runs = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                        "SELECT unit_code, DATE_FORMAT(pay_month, '%Y-%m-%d'), status FROM payroll_run");
                ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                runs.add(new ClosedMonths.Run(
                        rs.getString(1),
                        YearMonth.parse(rs.getString(2).substring(0, 7)),
                        PayrollStatus.valueOf(rs.getString(3))));
            }
        }
        return runs;
    }
}
