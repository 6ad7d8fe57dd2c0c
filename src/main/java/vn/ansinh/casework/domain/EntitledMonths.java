package vn.ansinh.casework.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;

/**
 * The one home of the rule "which cases pay in a month": <b>a case pays for a month when its status pays
 * its entitled months ({@link CaseStatus#paysEntitledMonths}: ACTIVE or TERMINATED) and the month lies in
 * its entitled period, from {@code entitled_from} to {@code entitled_until} (open-ended while it runs)</b>.
 * Java ({@link #pays}, behind {@link BenefitCase#paysFor}) and the payroll's SQL ({@link #sql}: the monthly
 * lines, the arrears candidates, the difference arrears) are both written from here; {@code EntitledMonthsIT}
 * checks that they agree. Which programmes are paid monthly, and which paused months never are
 * ({@link PausedMonths}), are rules of their own.
 */
public final class EntitledMonths {

    private static final Pattern ALIAS = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern MONTH = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?"
            + "|\\?\\d{0,3}|:[A-Za-z_][A-Za-z0-9_]*|DATE '\\d{4}-\\d{2}-01'");

    private EntitledMonths() {}

    /**
     * Whether a case in the status with the entitled period pays for the month. The dates are compared as
     * the SQL compares them, with the month's first day (the period's dates are first days of months).
     */
    public static boolean pays(CaseStatus status, LocalDate entitledFrom, LocalDate entitledUntil, YearMonth month) {
        LocalDate day = month.atDay(1);
        return status.paysEntitledMonths()
                && entitledFrom != null
                && !entitledFrom.isAfter(day)
                && (entitledUntil == null || !entitledUntil.isBefore(day));
    }

    /**
     * The rule as a SQL condition on the case {@code alias} (a {@code benefit_case} row) and a month, the
     * first day of the month as a DATE: a column ({@code o.for_month}), a parameter ({@code ?}, {@code ?1},
     * {@code :month}: it occurs twice, so a plain JDBC {@code ?} is bound twice) or a literal
     * ({@link PausedMonths#literal}).
     */
    public static String sql(String alias, String month) {
        if (month == null || !MONTH.matcher(month).matches()) {
            throw new IllegalArgumentException("not a month column, parameter or literal: " + month);
        }
        return statusSql(alias) + " AND " + alias + ".entitled_from <= " + month + " AND (" + alias
                + ".entitled_until IS NULL OR " + alias + ".entitled_until >= " + month + ")";
    }

    /** Only the status part of the rule, for statements that bound the period themselves. */
    public static String statusSql(String alias) {
        if (alias == null || !ALIAS.matcher(alias).matches()) {
            throw new IllegalArgumentException("not a table alias: " + alias);
        }
        return alias + ".status IN (" + CaseStatus.sqlSet(CaseStatus::paysEntitledMonths) + ")";
    }
}
