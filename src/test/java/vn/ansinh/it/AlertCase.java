package vn.ansinh.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import vn.ansinh.shared.kernel.Category;

/**
 * A person with one case, written with plain SQL for the alert tests: only the columns the scan
 * reads matter (birth date, death, category, status, the case's dates), the rest is filled in.
 */
final class AlertCase {

    static final String TUAN_GIAO = "03253";
    static final String DIEN_BIEN = "11";
    private static final AtomicInteger SERIAL = new AtomicInteger();

    private final Category category;
    private final String status;
    private int birthYear = 1980;
    private Integer birthMonth;
    private Integer birthDay;
    private LocalDate died;
    private LocalDate submittedOn;
    private LocalDate dueOn;
    private LocalDate decidedOn;
    private LocalDate lastReviewedOn;

    private AlertCase(Category category, String status) {
        this.category = category;
        this.status = status;
    }

    static AlertCase of(Category category, String status) {
        return new AlertCase(category, status);
    }

    AlertCase born(int year, Integer month, Integer day) {
        birthYear = year;
        birthMonth = month;
        birthDay = day;
        return this;
    }

    AlertCase died(LocalDate day) {
        died = day;
        return this;
    }

    AlertCase submitted(LocalDate on, LocalDate due) {
        submittedOn = on;
        dueOn = due;
        return this;
    }

    AlertCase decided(LocalDate on) {
        decidedOn = on;
        return this;
    }

    AlertCase reviewed(LocalDate on) {
        lastReviewedOn = on;
        return this;
    }

    /** Writes person, application and case; returns the case id. */
    long insert(TestDatabase db) {
        String name = "Lò Văn Cảnh Báo " + SERIAL.incrementAndGet() + "x" + System.nanoTime() % 100_000;
        try (Connection c = db.connect()) {
            long unit = ((Number) db.row(
                                    "select id from admin_unit where code = ? and unit_list = 'TWO_TIER_2025'",
                                    TUAN_GIAO)
                            .get("id"))
                    .longValue();
            long person = insert(
                    c,
                    "insert into person (full_name, name_folded, name_key, given_name_folded, birth_year, "
                            + "birth_month, birth_day, sex, ethnicity, residence_unit_id, commune_code, province_code, date_of_death, "
                            + "created_at, created_by, updated_at) values (?, ?, ?, 'bao', ?, ?, ?, 'MALE', '03', ?, ?, ?, ?, "
                            + "utc_timestamp(6), 'test', utc_timestamp(6))",
                    name,
                    name.toLowerCase(),
                    name.toLowerCase(),
                    birthYear,
                    birthMonth,
                    birthDay,
                    unit,
                    TUAN_GIAO,
                    DIEN_BIEN,
                    died);
            long application = insert(
                    c,
                    "insert into application (person_id, programme, category, status, commune_code, "
                            + "province_code, received_on, created_at, created_by, updated_at) values (?, ?, ?, 'READY', ?, ?, "
                            + "'2024-01-02', utc_timestamp(6), 'test', utc_timestamp(6))",
                    person,
                    category.programme().name(),
                    category.name(),
                    TUAN_GIAO,
                    DIEN_BIEN);
            return insert(
                    c,
                    "insert into benefit_case (application_id, person_id, programme, category, commune_code, "
                            + "province_code, status, origin, opened_at, opened_by, submitted_on, due_on, decided_on, "
                            + "last_reviewed_on, updated_at, updated_by) values (?, ?, ?, ?, ?, ?, ?, 'APPLICATION', "
                            + "'2024-01-02 03:00:00', 'test', ?, ?, ?, ?, utc_timestamp(6), 'test')",
                    application,
                    person,
                    category.programme().name(),
                    category.name(),
                    TUAN_GIAO,
                    DIEN_BIEN,
                    status,
                    submittedOn,
                    dueOn,
                    decidedOn,
                    lastReviewedOn);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long insert(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < values.length; i++) {
                Object value = values[i] instanceof LocalDate day ? java.sql.Date.valueOf(day) : values[i];
                s.setObject(i + 1, value);
            }
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
