package vn.ansinh.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Payroll data for the payment-channel tests, written with plain SQL as the payroll job would leave
 * it: people of Tuần Giáo, their social-security accounts, runs and lines. Every run gets a month of
 * its own (runs are unique per unit and month) and every line a case id of its own.
 */
final class PaymentFixture {

    static final String TUAN_GIAO = "03253";
    static final String DIEN_BIEN = "11";
    private static final AtomicInteger MONTHS = new AtomicInteger();
    private static final AtomicInteger SERIAL = new AtomicInteger();

    private final TestDatabase db;

    PaymentFixture(TestDatabase db) {
        this.db = db;
    }

    /** A month no other run of this test JVM uses, then the {@code span - 1} months after it are reserved too. */
    static YearMonth freshMonths(int span) {
        return YearMonth.of(2030, 1).plusMonths(MONTHS.getAndAdd(span));
    }

    long person(String name) {
        int n = SERIAL.incrementAndGet();
        // unique within the test JVM (the database is created afresh for each): time and serial both grow
        String personalId = String.format("011%09d", (System.nanoTime() / 1000 + n) % 1_000_000_000L);
        long unit = ((Number)
                        db.row("select id from admin_unit where code = ? and unit_list = 'TWO_TIER_2025'", TUAN_GIAO)
                                .get("id"))
                .longValue();
        return insert(
                "insert into person (full_name, name_folded, name_key, given_name_folded, birth_year, sex, ethnicity, "
                        + "personal_id, residence_unit_id, commune_code, province_code, address, created_at, created_by, updated_at) "
                        + "values (?, ?, ?, 'x', 1950, 'FEMALE', '03', ?, ?, ?, ?, 'Bản Co Cượm', utc_timestamp(6), 'test', "
                        + "utc_timestamp(6))",
                name,
                name.toLowerCase(),
                name.toLowerCase(),
                personalId,
                unit,
                TUAN_GIAO,
                DIEN_BIEN);
    }

    void account(long person, String status, LocalDate verifiedOn, LocalDate firstPaidOn) {
        insert(
                "insert into ss_account (person_id, status, bank_code, account_no, commune_code, province_code, verified_on, "
                        + "first_paid_on, updated_at, updated_by) values (?, ?, 'VBSP', ?, ?, ?, ?, ?, utc_timestamp(6), 'test')",
                person,
                status,
                "ACC" + person,
                TUAN_GIAO,
                DIEN_BIEN,
                verifiedOn,
                firstPaidOn);
    }

    long run(String unit, YearMonth month, String status) {
        return insert(
                "insert into payroll_run (unit_code, pay_month, status, created_at, created_by) "
                        + "values (?, ?, ?, utc_timestamp(6), 'test')",
                unit,
                month.atDay(1),
                status);
    }

    long cashLine(long run, long person, YearMonth forMonth, long amount) {
        return line(run, person, "MONTHLY", forMonth, amount, "CASH", null, "PENDING");
    }

    long bankLine(long run, long person, YearMonth forMonth, long amount, String bank, String status) {
        return line(run, person, "MONTHLY", forMonth, amount, "BANK_TRANSFER", bank, status);
    }

    long line(
            long run,
            long person,
            String kind,
            YearMonth forMonth,
            long amount,
            String channel,
            String bank,
            String status) {
        return insert(
                "insert into payroll_line (run_id, case_id, person_id, kind, for_month, commune_code, province_code, "
                        + "programme, category, scheme, standard_level_id, standard_level, coefficient_id, coefficient, amount, "
                        + "channel, bank_code, account_no, payment_status) values (?, ?, ?, ?, ?, ?, ?, 'SOCIAL_ASSISTANCE', "
                        + "'DISABLED', 'SOCIAL_ASSISTANCE', 1, 500000, 1, 1.500, ?, ?, ?, ?, ?)",
                run,
                800_000_000L + SERIAL.incrementAndGet(),
                person,
                kind,
                forMonth.atDay(1),
                TUAN_GIAO,
                DIEN_BIEN,
                amount,
                channel,
                bank,
                bank == null ? null : "ACC" + person,
                status);
    }

    /** A failure recorded by a result import on the day (as {@code ImportBankResultCommand} records it). */
    void failureRecorded(long run, long line, LocalDate on) {
        long importId = insert(
                "insert into bank_result_import (run_id, bank_code, file_name, imported_at, imported_by, "
                        + "rows_paid, rows_failed, rows_rejected) values (?, 'VBSP', 'kq.csv', ?, 'test', 0, 1, 0)",
                run,
                on.atTime(3, 0));
        insert(
                "insert into bank_result_row (import_id, file_row, line_id, outcome, detail, recorded_on) "
                        + "values (?, 2, ?, 'FAILED', 'Tài khoản đã đóng', ?)",
                importId,
                line,
                on);
    }

    void execute(String sql, Object... values) {
        try (Connection c = db.connect();
                PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, values);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private long insert(String sql, Object... values) {
        try (Connection c = db.connect();
                PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(s, values);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private static void bind(PreparedStatement s, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value instanceof LocalDate day) {
                value = java.sql.Date.valueOf(day);
            } else if (value instanceof java.time.LocalDateTime moment) {
                value = java.sql.Timestamp.valueOf(moment);
            }
            s.setObject(i + 1, value);
        }
    }
}
