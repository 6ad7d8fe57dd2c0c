package vn.ansinh.payment.application.payroll;

import java.time.Instant;
import vn.ansinh.benefit.domain.AgeOnDay;
import vn.ansinh.benefit.domain.CoefficientPeriods;
import vn.ansinh.benefit.domain.ConfirmedRates;

/**
 * The rate rows in force for a case in a month, as confirmed at a moment ({@link ConfirmedRates}), as
 * scalar subqueries over {@code c} = benefit_case and {@code p} = person: the arrears (truy lĩnh) and the
 * difference arrears (truy lĩnh phần chênh lệch) price a month with the same two.
 */
public final class RateInForceSql {

    private RateInForceSql() {}

    /**
     * The id of the standard level in force: the province's own or the national, the latest in force,
     * the higher when both start the same month.
     *
     * @param month the month's first day, a column of the enclosing query (e.g. {@code cm.month_start})
     */
    static String levelId(String month, Instant ratesAsOf) {
        return levelIdAt(PayrollSql.SCHEME, "c.province_code", month, ConfirmedRates.at(ratesAsOf));
    }

    /**
     * The same rule for any scheme, province and month (columns or literals of the enclosing query) as confirmed
     * at {@code moment} (a {@link ConfirmedRates#condition} moment: a literal, a parameter or a column such as a
     * run's {@code approved_at}): the anomaly check reprices an approved run's lines with it.
     */
    public static String levelIdAt(String scheme, String province, String month, String moment) {
        return "(SELECT s.id FROM standard_level s WHERE s.scheme = " + scheme + " AND s.effective_from <= "
                + month
                + " AND (s.province_code IS NULL OR s.province_code = " + province + ")"
                + " AND " + ConfirmedRates.condition("s", moment)
                + " AND s.effective_from = (SELECT MAX(s2.effective_from) FROM standard_level s2 WHERE s2.scheme = s.scheme"
                + " AND s2.province_code <=> s.province_code AND s2.effective_from <= " + month
                + " AND " + ConfirmedRates.condition("s2", moment) + ")"
                + " ORDER BY s.amount DESC LIMIT 1)";
    }

    /**
     * The id of the coefficient in force for the case's category, the person's age and disability level: of
     * the rows that count ({@link ConfirmedRates}, {@link CoefficientPeriods}, as the monthly snapshot chooses
     * them), the latest that matches.
     */
    static String coefficientId(String month, Instant ratesAsOf) {
        String asOf = ConfirmedRates.at(ratesAsOf);
        String age = AgeOnDay.sql("p", month);
        return "(SELECT b.id FROM benefit_coefficient b WHERE b.category = c.category"
                + " AND b.effective_from <= " + month + " AND " + ConfirmedRates.condition("b", asOf)
                // a row a later row of its category replaces (a new age band) no longer counts: the rule of the
                // snapshot
                + " AND " + CoefficientPeriods.condition("b", month, asOf)
                + " AND (b.min_age IS NULL OR " + age + " >= b.min_age)"
                + " AND (b.max_age IS NULL OR " + age + " < b.max_age)"
                + " AND (b.disability_level IS NULL OR b.disability_level = c.disability_level)"
                + " ORDER BY b.effective_from DESC, b.coefficient DESC LIMIT 1)";
    }
}
