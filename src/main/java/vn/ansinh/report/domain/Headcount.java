package vn.ansinh.report.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;
import vn.ansinh.casework.domain.CaseStatus;

/**
 * The one home of the rule "who is a beneficiary in a month", for the movement report. The case table keeps each
 * case's status <em>today</em>, not on a past date; what it keeps dated is the <b>entitled period</b> the decisions
 * set: {@code entitled_from} (the first month, set by the granting decision of a monthly benefit, or the first month
 * after a transfer) and {@code entitled_until} (the last month, set by the stop decision, a list decision, an escape
 * from poverty or a re-classification). So the status on a date is derived from those decision dates:
 *
 * <p><b>a case counts as a beneficiary in a month when a decision granted it (its status is one only a granting
 * decision leads to: {@link #granted}) and the month lies in its entitled period, from {@code entitled_from} to
 * {@code entitled_until} (open-ended while it runs)</b>. A paused (suspended) benefit still counts: the person is
 * still a beneficiary, only the payment waits. A case whose period ends before it begins (stopped before its first
 * month) never counts.
 *
 * <p>Java ({@link #counts}) and SQL ({@link #sql}) are written from here; {@code ReportIT} runs both on the same
 * cases.
 */
public final class Headcount {

    private static final Pattern ALIAS = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern MONTH = Pattern.compile("\\?\\d{0,3}|:[A-Za-z_][A-Za-z0-9_]*|DATE '\\d{4}-\\d{2}-01'");

    private Headcount() {}

    /** A status only a granting decision leads to: decided in favour, whatever happened since. */
    public static boolean granted(CaseStatus status) {
        return !status.isEditable()
                && !status.awaitsDecision()
                && status != CaseStatus.WITHDRAWN
                && status != CaseStatus.REJECTED;
    }

    /** Whether a case in the status, with the entitled period, counts as a beneficiary in the month. */
    public static boolean counts(CaseStatus status, LocalDate entitledFrom, LocalDate entitledUntil, YearMonth month) {
        LocalDate day = month.atDay(1);
        return granted(status)
                && entitledFrom != null
                && !entitledFrom.isAfter(day)
                && (entitledUntil == null || !entitledUntil.isBefore(day));
    }

    /**
     * The cases that ever count (the rule without its month): granted, with an entitled period that does not end
     * before it begins. The movement report reads only these.
     */
    public static String everCountsSql(String alias) {
        String a = alias(alias);
        return a + ".status IN (" + CaseStatus.sqlSet(Headcount::granted) + ") AND " + a
                + ".entitled_from IS NOT NULL AND (" + a + ".entitled_until IS NULL OR " + a + ".entitled_until >= " + a
                + ".entitled_from)";
    }

    /**
     * The rule as a SQL condition on the case {@code alias} and a month given as the first day of the month: a
     * parameter ({@code ?1}, {@code :month}) or a literal ({@code DATE '2026-03-01'}).
     */
    public static String sql(String alias, String month) {
        if (month == null || !MONTH.matcher(month).matches()) {
            throw new IllegalArgumentException("not a month parameter or literal: " + month);
        }
        String a = alias(alias);
        return "(" + everCountsSql(a) + " AND " + a + ".entitled_from <= " + month + " AND (" + a
                + ".entitled_until IS NULL OR " + a + ".entitled_until >= " + month + "))";
    }

    /** The month as a SQL literal, for {@link #sql}. */
    public static String literal(YearMonth month) {
        return "DATE '" + month.atDay(1) + "'";
    }

    private static String alias(String alias) {
        if (alias == null || !ALIAS.matcher(alias).matches()) {
            throw new IllegalArgumentException("not a table alias: " + alias);
        }
        return alias;
    }
}
