package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ansinh.payment.channel.application.CashFallback;

/**
 * The cash-fallback condition selects exactly the people to pay in cash, on the real database, and
 * works inside the payroll's own INSERT … SELECT into payroll_line.
 */
class CashFallbackIT {

    private final MigratedDatabase db = MigratedDatabase.get();
    private final PaymentFixture data = new PaymentFixture(db.jdbc());
    /** Everyone of the scenario, by what their story is; true when they must be paid in cash. */
    private final Map<String, Long> people = new LinkedHashMap<>();

    private final Map<String, Boolean> cash = new HashMap<>();
    private YearMonth twoBefore;
    private YearMonth before;
    private YearMonth month;

    @BeforeEach
    void scenario() {
        twoBefore = PaymentFixture.freshMonths(4);
        before = twoBefore.plusMonths(1);
        month = before.plusMonths(1);
        YearMonth after = month.plusMonths(1);
        long runTwoBefore = data.run(PaymentFixture.TUAN_GIAO, twoBefore, "APPROVED");
        long runBefore = data.run(PaymentFixture.TUAN_GIAO, before, "APPROVED");
        long runNow = data.run(PaymentFixture.TUAN_GIAO, month, "COMPUTING");
        long runAfter = data.run(PaymentFixture.TUAN_GIAO, after, "DRAFT");
        LocalDate failureDay = before.atDay(20);

        long paidLastMonth = person("verified, paid by bank last month", false);
        data.account(paidLastMonth, "VERIFIED", LocalDate.of(2025, 1, 1), null);
        data.bankLine(runBefore, paidLastMonth, before, 500_000, "VBSP", "PAID");

        for (String status : List.of("FAILED", "CLOSED", "CASH_FALLBACK")) {
            long p = person("account " + status, true);
            data.account(p, status, LocalDate.of(2025, 1, 1), null);
        }

        long failedNotRecorded = person("account still verified, last transfer failed", true);
        data.account(failedNotRecorded, "VERIFIED", LocalDate.of(2025, 1, 1), null);
        data.bankLine(runBefore, failedNotRecorded, before, 500_000, "VBSP", "FAILED");

        long failedThenPaid = person("failed two months ago, paid last month", false);
        data.account(failedThenPaid, "PAID_VIA_ACCOUNT", LocalDate.of(2025, 1, 1), null);
        data.bankLine(runTwoBefore, failedThenPaid, twoBefore, 500_000, "VBSP", "FAILED");
        data.bankLine(runBefore, failedThenPaid, before, 500_000, "VBSP", "PAID");

        long reverified = person("failed, account verified again after the failure", false);
        data.account(reverified, "VERIFIED", failureDay.plusDays(5), null);
        data.failureRecorded(
                runBefore, data.bankLine(runBefore, reverified, before, 500_000, "VBSP", "FAILED"), failureDay);

        long verifiedSameDay = person("failed, account verified again the day the failure came in", false);
        data.account(verifiedSameDay, "VERIFIED", failureDay, null);
        data.failureRecorded(
                runBefore, data.bankLine(runBefore, verifiedSameDay, before, 500_000, "VBSP", "FAILED"), failureDay);

        long verifiedBefore = person("failed, account verified only before the failure", true);
        data.account(verifiedBefore, "VERIFIED", failureDay.minusDays(30), null);
        data.failureRecorded(
                runBefore, data.bankLine(runBefore, verifiedBefore, before, 500_000, "VBSP", "FAILED"), failureDay);

        long reverifiedNoFile = person("failed without result file, verified again within that month", false);
        data.account(reverifiedNoFile, "VERIFIED", before.atDay(25), null);
        data.bankLine(runBefore, reverifiedNoFile, before, 500_000, "VBSP", "FAILED");

        long monthlyPaidArrearsFailed = person("last month: monthly paid, arrears failed", true);
        data.account(monthlyPaidArrearsFailed, "PAID_VIA_ACCOUNT", LocalDate.of(2025, 1, 1), null);
        data.bankLine(runBefore, monthlyPaidArrearsFailed, before, 500_000, "VBSP", "PAID");
        data.line(
                runBefore, monthlyPaidArrearsFailed, "ARREARS", twoBefore, 500_000, "BANK_TRANSFER", "VBSP", "FAILED");

        long awaitingResult = person("failed two months ago, last month's transfer awaiting its result", false);
        data.account(awaitingResult, "VERIFIED", LocalDate.of(2025, 1, 1), null);
        data.bankLine(runTwoBefore, awaitingResult, twoBefore, 500_000, "VBSP", "FAILED");
        data.bankLine(runBefore, awaitingResult, before, 500_000, "VBSP", "EXPORTED");

        long failedThisOrLaterMonth = person("failures only in this month's and a later run", false);
        data.account(failedThisOrLaterMonth, "VERIFIED", LocalDate.of(2025, 1, 1), null);
        data.bankLine(runNow, failedThisOrLaterMonth, month, 500_000, "VBSP", "FAILED");
        data.bankLine(runAfter, failedThisOrLaterMonth, after, 500_000, "VBSP", "FAILED");

        long cashBefore = person("paid in cash before, never a transfer", false);
        data.account(cashBefore, "PAID_VIA_ACCOUNT", LocalDate.of(2025, 1, 1), null);
        data.cashLine(runBefore, cashBefore, before, 500_000);

        person("no account, no payment", false);

        long neighbour = person("someone else's failure does not count", false);
        data.account(neighbour, "VERIFIED", LocalDate.of(2025, 1, 1), null);
    }

    @Test
    void theConditionSelectsExactlyThePeopleToPayInCash() {
        Set<String> selected = storiesWhere(CashFallback.condition("p.id", CashFallback.month(month)));

        assertThat(selected).containsExactlyInAnyOrderElementsOf(expectedCash());
        assertThat(selected).hasSize(6);
    }

    @Test
    void theMonthMayBeAJpaParameterUsedTwiceOrAColumn() {
        EntityManager em = db.emf().createEntityManager();
        try {
            @SuppressWarnings("unchecked")
            List<Number> ids = em.createNativeQuery("SELECT p.id FROM person p WHERE p.id IN (" + idList() + ") AND "
                            + CashFallback.condition("p.id", "?1"))
                    .setParameter(1, month.atDay(1))
                    .getResultList();
            assertThat(stories(ids.stream().map(Number::longValue).collect(Collectors.toSet())))
                    .containsExactlyInAnyOrderElementsOf(expectedCash());
        } finally {
            em.close();
        }
        Set<String> byColumn = storiesWhere("EXISTS (SELECT 1 FROM payroll_run r WHERE r.unit_code = '"
                + PaymentFixture.TUAN_GIAO + "' AND r.pay_month = " + CashFallback.month(month) + " AND "
                + CashFallback.condition("p.id", "r.pay_month") + ")");
        assertThat(byColumn).containsExactlyInAnyOrderElementsOf(expectedCash());
    }

    @Test
    void thePayrollCanEmbedItInItsInsertSelectIntoPayrollLine() throws SQLException {
        long run = data.run("03256", month, "COMPUTING");
        String insert =
                "INSERT INTO payroll_line (run_id, case_id, person_id, kind, for_month, commune_code, province_code, "
                        + "programme, category, scheme, standard_level_id, standard_level, coefficient_id, coefficient, amount, "
                        + "channel, bank_code, account_no, payment_status) "
                        + "SELECT ?, 900000000 + p.id, p.id, 'MONTHLY', ?, p.commune_code, p.province_code, 'SOCIAL_ASSISTANCE', "
                        + "'DISABLED', 'SOCIAL_ASSISTANCE', 1, 500000, 1, 1.000, 500000, "
                        + "CASE WHEN a.status IN ('VERIFIED', 'PAID_VIA_ACCOUNT') AND NOT "
                        + CashFallback.condition("p.id", CashFallback.month(month))
                        + " THEN 'BANK_TRANSFER' ELSE 'CASH' END, "
                        + "a.bank_code, a.account_no, 'PENDING' "
                        + "FROM person p LEFT JOIN ss_account a ON a.person_id = p.id WHERE p.id IN (" + idList() + ")";
        try (Connection c = db.jdbc().connect();
                PreparedStatement s = c.prepareStatement(insert)) {
            s.setLong(1, run);
            s.setObject(2, month.atDay(1));
            assertThat(s.executeUpdate()).isEqualTo(people.size());
        }

        Set<Long> paidInCash = new TreeSet<>();
        try (Connection c = db.jdbc().connect();
                PreparedStatement s = c.prepareStatement(
                        "SELECT person_id FROM payroll_line WHERE run_id = ? AND channel = 'CASH'")) {
            s.setLong(1, run);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    paidInCash.add(rs.getLong(1));
                }
            }
        }
        // cash: the fallback, and also whoever has no verified account (the payroll's own rule)
        Set<String> expected = new TreeSet<>(expectedCash());
        expected.add("no account, no payment");
        assertThat(stories(paidInCash)).containsExactlyInAnyOrderElementsOf(expected);
    }

    private long person(String story, boolean paidInCash) {
        long id = data.person("Lò Thị " + (char) ('A' + people.size()));
        people.put(story, id);
        cash.put(story, paidInCash);
        return id;
    }

    private Set<String> expectedCash() {
        return cash.entrySet().stream()
                .filter(Map.Entry::getValue)
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    private Set<String> storiesWhere(String condition) {
        Set<Long> ids = new TreeSet<>();
        try (Connection c = db.jdbc().connect();
                PreparedStatement s = c.prepareStatement(
                        "SELECT p.id FROM person p WHERE p.id IN (" + idList() + ") AND " + condition);
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return stories(ids);
    }

    private Set<String> stories(Set<Long> ids) {
        return people.entrySet().stream()
                .filter(e -> ids.contains(e.getValue()))
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    private String idList() {
        return people.values().stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
