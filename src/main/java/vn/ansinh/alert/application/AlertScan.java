package vn.ansinh.alert.application;

import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import vn.ansinh.alert.domain.AlertKind;
import vn.ansinh.casework.domain.CaseStatus;
import vn.ansinh.shared.persistence.SqlEnums;
import vn.ansinh.shared.security.Actor;

/**
 * The daily alert scan, free of the container: one set-based {@code INSERT IGNORE ... SELECT} per
 * kind (the unique key {@code (kind, case_id, due_on)} makes a second run on the same day raise
 * nothing twice), then one {@code UPDATE} that closes overdue-decision alerts whose case has moved
 * on. Runs in the caller's transaction. SQL for MariaDB 10.11+ and MySQL 8.
 *
 * <p>Birthdays: the birth date is built from {@code birth_year}, {@code birth_month} and
 * {@code birth_day}; an unknown month counts as January and an unknown day as the 1st (a person
 * known only by the year turns N on 1 January). The birthday at age N is
 * {@code DATE_ADD(birth, INTERVAL N YEAR)}, which puts a 29 February birthday on 28 February in a
 * year without one. Alerts are raised when that day falls within [today, today + lookahead].
 * Deceased people raise no age alerts.
 *
 * <p>A record counts as reviewed on its last review, else its decision, else its submission, else
 * the day it was opened. Alerts closed by the scan carry {@code resolved_by} of {@link Actor#SYSTEM} and the
 * database's UTC time of the update.
 */
public final class AlertScan {

    /** The statuses in which a benefit runs and the beneficiary must be followed ({@link CaseStatus#benefitRuns}). */
    static final String RUNNING = "(" + CaseStatus.sqlSet(CaseStatus::benefitRuns) + ")";

    /** The statuses that wait for the authority's decision ({@link CaseStatus#awaitsDecision}). */
    static final String AWAITING_DECISION = "(" + CaseStatus.sqlSet(CaseStatus::awaitsDecision) + ")";

    static final String INSERT = "INSERT IGNORE INTO case_alert "
            + "(kind, case_id, person_id, commune_code, province_code, due_on, raised_on) ";
    private static final String BIRTH_DATE = "DATE_ADD(DATE_ADD(MAKEDATE(p.birth_year, 1), "
            + "INTERVAL (COALESCE(p.birth_month, 1) - 1) MONTH), INTERVAL (COALESCE(p.birth_day, 1) - 1) DAY)";
    private static final String REVIEWED_ON =
            "COALESCE(c.last_reviewed_on, c.decided_on, c.submitted_on, DATE(c.opened_at))";

    /** Scans every case on {@code today}, for birthdays up to {@code lookaheadDays} ahead. */
    public ScanResult scan(EntityManager em, LocalDate today, int lookaheadDays, int reviewMonths) {
        Date day = Date.valueOf(today);
        Date horizon = Date.valueOf(today.plusDays(lookaheadDays));
        Map<AlertKind, Integer> raised = new EnumMap<>(AlertKind.class);
        for (AlertKind kind : AlertKind.values()) {
            raised.put(
                    kind,
                    switch (kind.trigger()) {
                        case BIRTHDAY -> run(em, birthdays(kind), day, horizon);
                        case SCHOOL_YEAR -> schoolCheck(em, kind, today, today.plusDays(lookaheadDays));
                        case REVIEW -> run(em, staleRecords(), day, reviewMonths);
                        case DEADLINE -> run(em, overdueDecisions(), day);
                        case LAW -> LapsedEligibility.categoriesEnded(em, kind, today, today.plusDays(lookaheadDays));
                        case POVERTY -> LapsedEligibility.povertyLapsed(em, kind, today);
                        case REGISTRY -> 0;
                    });
        }
        return new ScanResult(raised, run(em, resolveMovedOn()));
    }

    /** {@code ?1} today, {@code ?2} the last day of the lookahead. */
    private static String birthdays(AlertKind kind) {
        int age = kind.age();
        return INSERT + "SELECT " + SqlEnums.literal(kind)
                + ", b.id, b.person_id, b.commune_code, b.province_code, b.due_on, ?1 "
                + "FROM (SELECT c.id, c.person_id, c.commune_code, c.province_code, "
                + "DATE_ADD(" + BIRTH_DATE + ", INTERVAL " + age + " YEAR) AS due_on "
                + "FROM benefit_case c JOIN person p ON p.id = c.person_id "
                + "WHERE c.status IN " + RUNNING + " AND c.category IN " + categories(kind)
                + " AND p.date_of_death IS NULL AND p.birth_year BETWEEN YEAR(?1) - " + age + " AND YEAR(?2) - " + age
                + ") b WHERE b.due_on BETWEEN ?1 AND ?2";
    }

    /** The school-year check is one day for everyone: raised once that day comes within the lookahead. */
    private static int schoolCheck(EntityManager em, AlertKind kind, LocalDate today, LocalDate horizon) {
        LocalDate checkOn = AlertKind.schoolCheckAfter(today);
        if (checkOn.isAfter(horizon)) {
            return 0;
        }
        String sql = INSERT + "SELECT " + SqlEnums.literal(kind)
                + ", c.id, c.person_id, c.commune_code, c.province_code, ?2, ?1 "
                + "FROM benefit_case c JOIN person p ON p.id = c.person_id "
                + "WHERE c.status IN " + RUNNING + " AND c.category IN " + categories(kind)
                + " AND p.date_of_death IS NULL";
        return run(em, sql, Date.valueOf(today), Date.valueOf(checkOn));
    }

    /** Due on the day the review period ran out, raised from the day after; {@code ?2} the months. */
    private static String staleRecords() {
        return INSERT + "SELECT " + SqlEnums.literal(AlertKind.RECORD_NOT_REVIEWED)
                + ", c.id, c.person_id, c.commune_code, c.province_code, "
                + "DATE_ADD(" + REVIEWED_ON + ", INTERVAL ?2 MONTH), ?1 FROM benefit_case c "
                + "WHERE c.status IN " + RUNNING + " AND DATE_ADD(" + REVIEWED_ON + ", INTERVAL ?2 MONTH) < ?1";
    }

    private static String overdueDecisions() {
        return INSERT + "SELECT " + SqlEnums.literal(AlertKind.DECISION_OVERDUE)
                + ", c.id, c.person_id, c.commune_code, c.province_code, c.due_on, ?1 "
                + "FROM benefit_case c WHERE c.status IN " + AWAITING_DECISION + " AND c.due_on < ?1";
    }

    /**
     * Closes overdue-decision alerts whose case no longer waits for that decision: decided,
     * returned or withdrawn, or submitted again with a new deadline.
     */
    private static String resolveMovedOn() {
        return "UPDATE case_alert a JOIN benefit_case c ON c.id = a.case_id "
                + "SET a.resolved_at = UTC_TIMESTAMP(6), a.resolved_by = '" + Actor.SYSTEM.username() + "' "
                + "WHERE a.kind = " + SqlEnums.literal(AlertKind.DECISION_OVERDUE) + " AND a.resolved_at IS NULL "
                + "AND (c.status NOT IN " + AWAITING_DECISION + " OR c.due_on IS NULL OR c.due_on <> a.due_on)";
    }

    /** Enum names only (never user input) are written into the SQL. */
    private static String categories(AlertKind kind) {
        return kind.categories().stream().map(c -> "'" + c.name() + "'").collect(Collectors.joining(", ", "(", ")"));
    }

    private static int run(EntityManager em, String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.executeUpdate();
    }
}
