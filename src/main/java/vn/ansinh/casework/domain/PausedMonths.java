package vn.ansinh.casework.domain;

import java.time.YearMonth;
import java.util.List;

/**
 * The one home of the rule "a paused month is not paid unless the reinstatement paid it back": a month
 * inside a signed suspension's period (from its first month to its last, open-ended while it runs)
 * whose reinstatement did not decide to pay it back is never paid, neither in the monthly payroll nor
 * as arrears. Java ({@link #unpaid}) and the payroll SQL ({@link #notPausedSql}) are both written from
 * here; a parity test checks they agree.
 */
public final class PausedMonths {

    /** A suspension's period: {@code until} null while it runs. */
    public record Pause(YearMonth from, YearMonth until, boolean backPaid) {}

    private final List<Pause> pauses;

    public PausedMonths(List<Pause> pauses) {
        this.pauses = List.copyOf(pauses);
    }

    /** Whether the month is paused and not paid back: nothing is owed for it. */
    public boolean unpaid(YearMonth month) {
        return pauses.stream()
                .anyMatch(p ->
                        !p.backPaid() && !month.isBefore(p.from()) && (p.until() == null || !month.isAfter(p.until())));
    }

    /**
     * The same rule as a condition true when the month is owed: no pause of the case covers the
     * month without being paid back. {@code caseId} and {@code month} are SQL expressions (the
     * month a DATE on day 1).
     */
    public static String notPausedSql(String caseId, String month) {
        return "NOT EXISTS (SELECT 1 FROM case_pause cp WHERE cp.case_id = " + caseId + " AND cp.back_paid = FALSE"
                + " AND cp.from_month <= " + month + " AND (cp.until_month IS NULL OR cp.until_month >= " + month
                + "))";
    }

    /** A month as an SQL date literal (a YearMonth cannot carry anything else). */
    public static String literal(YearMonth month) {
        return "DATE '" + month.atDay(1) + "'";
    }
}
