package vn.ansinh.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Data for the anomaly checks, written with plain SQL as the app leaves it: people of Tuần Giáo, their cases and
 * decisions, households, accounts and their steps, approved payroll runs and their lines of every kind.
 */
final class AnomalyFixture {

    static final String TUAN_GIAO = "03253";
    static final String DIEN_BIEN = "11";
    /** The standard level of social assistance from July 2026 (Decree 335/2026) and the coefficient of row 16. */
    static final long LEVEL_ID = 7;

    static final long COEFFICIENT_ID = 16;
    static final long MONTHLY_AMOUNT = 810_000;
    /** The caregiver's annex row of a Heroic Mother (Decree 55/2023 … 2024 amount). */
    static final long CAREGIVER_ANNEX_ID = 600;

    static final long CAREGIVER_AMOUNT = 2_789_000;
    private static final AtomicInteger SERIAL = new AtomicInteger();

    private final TestDatabase db;
    private final PaymentFixture people;

    AnomalyFixture(TestDatabase db) {
        this.db = db;
        this.people = new PaymentFixture(db);
    }

    long person(String name) {
        return people.person(name + " " + SERIAL.incrementAndGet());
    }

    void died(long person, LocalDate on) {
        db.execute("update person set date_of_death = ? where id = ?", on, person);
    }

    /** An application and a case of the person; returns the case id. */
    long benefitCase(long person, String programme, String category, String commune, String status, Long caregiver) {
        long application = insert(
                "insert into application (person_id, programme, category, status, commune_code, province_code, received_on,"
                        + " created_at, created_by, updated_at) values (?, ?, ?, 'READY', ?, ?, '2026-01-02', utc_timestamp(6),"
                        + " 'officer.tuangiao', utc_timestamp(6))",
                person,
                programme,
                category,
                commune,
                DIEN_BIEN);
        return insert(
                "insert into benefit_case (application_id, person_id, programme, category, disability_level, commune_code,"
                        + " province_code, status, origin, opened_at, opened_by, submitted_on, submitted_by, entitled_from,"
                        + " caregiver_person_id, updated_at, updated_by) values (?, ?, ?, ?, 'SEVERE', ?, ?, ?, 'APPLICATION',"
                        + " '2026-01-02 03:00:00', 'officer.tuangiao', '2026-01-03', 'officer.tuangiao', '2026-02-01', ?,"
                        + " utc_timestamp(6), 'test')",
                application,
                person,
                programme,
                category,
                commune,
                DIEN_BIEN,
                status,
                caregiver);
    }

    long socialAssistance(long person) {
        return benefitCase(person, "SOCIAL_ASSISTANCE", "DISABLED", TUAN_GIAO, "ACTIVE", null);
    }

    /** A signed decision of the case; returns its id. */
    long decision(
            long caseId,
            long person,
            String kind,
            YearMonth effective,
            LocalDate signedOn,
            String signer,
            String unit) {
        int n = SERIAL.incrementAndGet();
        return insert(
                "insert into decision (case_id, kind, issuing_unit_code, document_symbol, decision_year, sequence_no, number,"
                        + " signed_on, signed_at, signer, signer_name, signer_title, legal_basis, subject, person_id, category,"
                        + " effective_month, sheet_json) values (?, ?, ?, 'QĐ-UBND', ?, ?, ?, ?, ?, ?, 'Người ký', 'Chủ tịch',"
                        + " 'Nghị định số 20/2021/NĐ-CP', 'Về việc hưởng trợ cấp', ?, 'DISABLED', ?, '{}')",
                caseId,
                kind,
                unit,
                signedOn.getYear(),
                900_000 + n,
                (900_000 + n) + "/QĐ-UBND",
                signedOn,
                signedOn.atTime(2, 0),
                signer,
                person,
                effective.atDay(1));
    }

    long grant(long caseId, long person, YearMonth effective) {
        return decision(
                caseId, person, "GRANT", effective, effective.atDay(1).minusDays(5), "approver.tuangiao", TUAN_GIAO);
    }

    /** An approved run of Điện Biên for the month, approved on the 15th at 10:00 in Vietnam. */
    long approvedRun(YearMonth month) {
        long run = people.run(DIEN_BIEN, month, "APPROVED");
        db.execute(
                "update payroll_run set approved_at = ?, approved_by = 'approver.dienbien', rates_as_of = ? where id = ?",
                approvedAt(month),
                approvedAt(month),
                run);
        return run;
    }

    static LocalDateTime approvedAt(YearMonth month) {
        return month.atDay(15).atTime(3, 0);
    }

    Line line(long run, long caseId, long person, YearMonth forMonth) {
        return new Line(run, caseId, person, forMonth);
    }

    void household(long... members) {
        long unit = ((Number)
                        db.row("select id from admin_unit where code = ? and unit_list = 'TWO_TIER_2025'", TUAN_GIAO)
                                .get("id"))
                .longValue();
        long household = insert(
                "insert into household (code, head_person_id, residence_unit_id, commune_code, province_code, area,"
                        + " created_at, created_by, updated_at) values (?, ?, ?, ?, ?, 'RURAL', utc_timestamp(6), 'test',"
                        + " utc_timestamp(6))",
                "HA" + System.nanoTime() % 1_000_000_000L + SERIAL.incrementAndGet(),
                members[0],
                unit,
                TUAN_GIAO,
                DIEN_BIEN);
        for (int i = 0; i < members.length; i++) {
            db.execute(
                    "insert into household_member (person_id, household_id, relationship) values (?, ?, ?)",
                    members[i],
                    household,
                    i == 0 ? "HEAD" : "CHILD");
        }
    }

    void accountStep(long person, String to, LocalDate on) {
        db.execute(
                "insert into ss_account_event (person_id, from_status, to_status, happened_on, source, actor, recorded_at)"
                        + " values (?, NULL, ?, ?, 'MANUAL', 'test', utc_timestamp(6))",
                person,
                to,
                on);
    }

    /** A payroll line, written by {@link #insert()}; defaults: the month's allowance of social assistance, cash. */
    final class Line {
        private final long run;
        private final long caseId;
        private final long person;
        private final YearMonth forMonth;
        private Long payee;
        private String kind = "MONTHLY";
        private String component = "ALLOWANCE";
        private int correction;
        private String programme = "SOCIAL_ASSISTANCE";
        private String scheme = "SOCIAL_ASSISTANCE";
        private Long levelId = LEVEL_ID;
        private Long coefficientId = COEFFICIENT_ID;
        private Long annexId;
        private long amount = MONTHLY_AMOUNT;
        private Long due;
        private Long paidBefore;
        private String channel = "CASH";
        private String account;
        private LocalDate paidOn;

        private Line(long run, long caseId, long person, YearMonth forMonth) {
            this.run = run;
            this.caseId = caseId;
            this.person = person;
            this.forMonth = forMonth;
        }

        Line kind(String value) {
            kind = value;
            return this;
        }

        Line difference(int number, long dueAmount, long before) {
            kind = "DIFFERENCE";
            correction = number;
            due = dueAmount;
            paidBefore = before;
            amount = dueAmount - before;
            return this;
        }

        Line amount(long value) {
            amount = value;
            return this;
        }

        Line socialPension() {
            programme = "SOCIAL_PENSION";
            scheme = "SOCIAL_PENSION";
            return this;
        }

        Line caregiverOf(long caregiver) {
            payee = caregiver;
            programme = "MERITORIOUS_PERSON";
            scheme = "MERITORIOUS";
            component = "HEROIC_MOTHER_CAREGIVER";
            levelId = null;
            coefficientId = null;
            annexId = CAREGIVER_ANNEX_ID;
            amount = CAREGIVER_AMOUNT;
            return this;
        }

        Line transfer(String accountNo, LocalDate on) {
            channel = "BANK_TRANSFER";
            account = accountNo;
            paidOn = on;
            return this;
        }

        long insert() {
            return AnomalyFixture.this.insert(
                    "insert into payroll_line (run_id, case_id, person_id, payee_person_id, kind, component, correction,"
                            + " for_month, commune_code, province_code, programme, category, scheme, standard_level_id,"
                            + " standard_level, coefficient_id, coefficient, annex_rate_id, amount, due_amount, paid_before,"
                            + " channel, bank_code, account_no, payment_status, paid_on) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                            + " ?, 'DISABLED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    run,
                    caseId,
                    person,
                    payee,
                    kind,
                    component,
                    correction,
                    forMonth.atDay(1),
                    TUAN_GIAO,
                    DIEN_BIEN,
                    programme,
                    scheme,
                    levelId,
                    levelId == null ? null : 540_000L,
                    coefficientId,
                    coefficientId == null ? null : new java.math.BigDecimal("1.500"),
                    annexId,
                    amount,
                    due,
                    paidBefore,
                    channel,
                    account == null ? null : "VBSP",
                    account,
                    account == null ? "PENDING" : "PAID",
                    paidOn);
        }
    }

    private long insert(String sql, Object... values) {
        try (Connection c = db.connect();
                PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < values.length; i++) {
                Object value = values[i];
                if (value instanceof LocalDate day) {
                    value = java.sql.Date.valueOf(day);
                } else if (value instanceof LocalDateTime moment) {
                    value = java.sql.Timestamp.valueOf(moment);
                }
                s.setObject(i + 1, value);
            }
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
