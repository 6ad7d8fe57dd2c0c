package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ansinh.casework.domain.CaseStatus;
import vn.ansinh.casework.domain.EntitledMonths;
import vn.ansinh.casework.domain.PausedMonths;

/**
 * "Which cases pay in a month" is one rule: the Java form ({@link EntitledMonths#pays}, behind
 * {@code BenefitCase.paysFor}) and the SQL the payroll embeds ({@link EntitledMonths#sql}, with the month as a
 * column, a parameter and a literal) select the same cases and months, on the real database, for every case
 * status and periods open, closed, of one month and not yet started.
 */
class EntitledMonthsIT {

    private record Period(LocalDate from, LocalDate until) {}

    private static final List<Period> PERIODS = List.of(
            new Period(null, null),
            new Period(LocalDate.of(2026, 3, 1), null),
            new Period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 5, 1)),
            new Period(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 1)),
            new Period(LocalDate.of(2026, 8, 1), null));

    @Test
    void javaAndSqlAgreeOnEveryStatusPeriodAndMonth() throws Exception {
        List<String> javaPaid = new ArrayList<>();
        List<String> sqlPaid = new ArrayList<>();
        try (Connection connection = MigratedDatabase.get().jdbc().connect()) {
            try (Statement create = connection.createStatement()) {
                create.executeUpdate(
                        "CREATE TEMPORARY TABLE parity_case (id INT PRIMARY KEY, status VARCHAR(40) NOT NULL,"
                                + " entitled_from DATE NULL, entitled_until DATE NULL)");
                create.executeUpdate("CREATE TEMPORARY TABLE parity_month (for_month DATE PRIMARY KEY)");
            }
            List<String> keys = new ArrayList<>();
            int id = 0;
            for (CaseStatus status : CaseStatus.values()) {
                for (Period period : PERIODS) {
                    try (PreparedStatement insert =
                            connection.prepareStatement("INSERT INTO parity_case VALUES (?, ?, ?, ?)")) {
                        insert.setInt(1, id++);
                        insert.setString(2, status.name());
                        insert.setObject(3, period.from());
                        insert.setObject(4, period.until());
                        insert.executeUpdate();
                    }
                    keys.add(status + " " + period.from() + ".." + period.until());
                }
            }
            for (YearMonth month = YearMonth.of(2026, 1);
                    !month.isAfter(YearMonth.of(2026, 9));
                    month = month.plusMonths(1)) {
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO parity_month VALUES (?)")) {
                    insert.setObject(1, month.atDay(1));
                    insert.executeUpdate();
                }
            }

            for (YearMonth month = YearMonth.of(2026, 1);
                    !month.isAfter(YearMonth.of(2026, 9));
                    month = month.plusMonths(1)) {
                int i = 0;
                for (CaseStatus status : CaseStatus.values()) {
                    for (Period period : PERIODS) {
                        String key = keys.get(i) + " in " + month;
                        if (EntitledMonths.pays(status, period.from(), period.until(), month)) {
                            javaPaid.add(key);
                        }
                        boolean column = selects(
                                connection,
                                "SELECT " + EntitledMonths.sql("c", "o.for_month")
                                        + " FROM parity_case c JOIN parity_month o ON o.for_month = ? WHERE c.id = ?",
                                month.atDay(1),
                                i);
                        boolean parameter = selects(
                                connection,
                                "SELECT " + EntitledMonths.sql("c", "?") + " FROM parity_case c WHERE c.id = ?",
                                month.atDay(1),
                                month.atDay(1),
                                i);
                        boolean literal = selects(
                                connection,
                                "SELECT " + EntitledMonths.sql("c", PausedMonths.literal(month))
                                        + " FROM parity_case c WHERE c.id = ?",
                                i);
                        assertThat(parameter).as(key + " (parameter)").isEqualTo(column);
                        assertThat(literal).as(key + " (literal)").isEqualTo(column);
                        if (column) {
                            sqlPaid.add(key);
                        }
                        i++;
                    }
                }
            }
        }

        assertThat(sqlPaid).isEqualTo(javaPaid);
        assertThat(javaPaid)
                .as("an active benefit from March: paid from March on")
                .contains("ACTIVE 2026-03-01..null in 2026-03", "ACTIVE 2026-03-01..null in 2026-09")
                .doesNotContain("ACTIVE 2026-03-01..null in 2026-02")
                .as("ended after May: paid March to May, not June")
                .contains("TERMINATED 2026-03-01..2026-05-01 in 2026-05")
                .doesNotContain("TERMINATED 2026-03-01..2026-05-01 in 2026-06")
                .as("a paused benefit, a decision not yet in effect, a pending proposal: not paid now")
                .doesNotContain(
                        "SUSPENDED 2026-03-01..null in 2026-04",
                        "APPROVED 2026-03-01..null in 2026-04",
                        "TERMINATION_PROPOSED 2026-03-01..null in 2026-04",
                        "REINSTATEMENT_PROPOSED 2026-03-01..null in 2026-04");
        assertThat(javaPaid.stream().map(k -> k.substring(0, k.indexOf(' '))).distinct())
                .as("only the statuses that pay their entitled months")
                .containsExactlyInAnyOrder("ACTIVE", "TERMINATED");
    }

    @Test
    void theStatusesThatPayTheirMonthsAreTheSameInJavaAndSql() {
        assertThat(StatusSetParity.sql(CaseStatus.class, EntitledMonths.statusSql("s")))
                .isEqualTo(StatusSetParity.java(CaseStatus.class, CaseStatus::paysEntitledMonths))
                .containsExactlyInAnyOrder(CaseStatus.ACTIVE, CaseStatus.TERMINATED);
    }

    private static boolean selects(Connection connection, String sql, Object... parameters) throws Exception {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int p = 0; p < parameters.length; p++) {
                query.setObject(p + 1, parameters[p]);
            }
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getBoolean(1);
            }
        }
    }
}
