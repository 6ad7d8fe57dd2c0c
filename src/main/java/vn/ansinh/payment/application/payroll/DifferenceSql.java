package vn.ansinh.payment.application.payroll;

import java.time.Instant;
import java.time.YearMonth;
import vn.ansinh.benefit.domain.AnnexComponents;
import vn.ansinh.benefit.domain.AnnexRates;
import vn.ansinh.benefit.domain.ConfirmedRates;
import vn.ansinh.casework.domain.EntitledMonths;
import vn.ansinh.payment.application.Recovery;
import vn.ansinh.payment.domain.ClosedMonths;
import vn.ansinh.payment.domain.LineKind;
import vn.ansinh.payment.domain.PayrollStatus;
import vn.ansinh.payment.domain.RecoveryStatus;
import vn.ansinh.shared.persistence.SqlEnums;

/**
 * The difference arrears (truy lĩnh phần chênh lệch), set-based: <b>for each month already paid by an
 * approved payroll in a month closed for the commune ({@link ClosedMonths}), what is due at the rates
 * confirmed now for that month, less what was paid for it, is paid by the unit's next payroll as a
 * DIFFERENCE line; when less is due than was paid, a recovery item is proposed for the approver to confirm
 * or waive, and nothing is clawed back by itself</b>.
 *
 * <p>Per (case, month, component), over the line that paid the month (correction 0, the "original"):
 * <ul>
 * <li>due D = the month priced again at the rates confirmed at the run's {@code ratesAsOf}; 0 when the
 *     rates no longer price the group (a law change ended it);</li>
 * <li>kept = the amounts of all lines of the month (the original and its corrections, in any run) less
 *     the recovery items of earlier decreases still owed back ({@link RecoveryStatus#owed}); for an original
 *     that paid the rest of a higher scheme's amount ({@link HigherOfSchemesStep}), plus what the other
 *     scheme had paid (a month so completed is priced again on that line only, not on the lower one's);</li>
 * <li>D &gt; kept: a DIFFERENCE line of D − kept, correction = the last correction + 1, corrects_line_id =
 *     the original, the new rate rows on it, due_amount = D, paid_before = kept;</li>
 * <li>D &lt; kept − (the items waived): a PROPOSED recovery item of the excess, on the original line.</li>
 * </ul>
 * So running a month twice, or restarting the job, finds nothing left to pay or raise (the difference
 * already written makes D − kept = 0), and the unique keys (case, month, component, correction) of
 * {@code payroll_line} and (line, correction) of {@code recovery_item} hold against concurrent runs.
 *
 * <p>Only months whose rates changed since the original was computed are priced again (a rate row
 * confirmed, or superseded, after the original run's {@code rates_as_of} and by {@code ratesAsOf}):
 * rate changes make differences, not later changes of the case (those are decisions of their own).
 *
 * <p>How a month is priced is a {@link Pricing}: standard level × coefficient (social assistance, the
 * social pension), or a fixed annex amount (meritorious persons, per legal component).
 */
final class DifferenceSql {

    /** How the lines of a kind of component are priced again. */
    enum Pricing {
        /** Standard level × coefficient: the line carries both rate rows. */
        LEVEL_TIMES_COEFFICIENT {
            @Override
            String lines() {
                return "o.standard_level_id IS NOT NULL AND o.coefficient_id IS NOT NULL";
            }

            @Override
            String rateIds(Instant ratesAsOf) {
                return RateInForceSql.levelId("o.for_month", ratesAsOf) + " AS level_id, "
                        + RateInForceSql.coefficientId("o.for_month", ratesAsOf)
                        + " AS coefficient_id, NULL AS annex_id, 1 AS times";
            }

            @Override
            String changedSince(String since, String asOf, String forMonth) {
                return "(" + changed("standard_level", since, asOf, forMonth) + " OR "
                        + changed("benefit_coefficient", since, asOf, forMonth) + ")";
            }

            @Override
            String priced() {
                return " LEFT JOIN standard_level lvl ON lvl.id = q.level_id"
                        + " LEFT JOIN benefit_coefficient coef ON coef.id = q.coefficient_id";
            }

            @Override
            String due() {
                return "CASE WHEN lvl.id IS NULL OR coef.id IS NULL THEN 0 ELSE ROUND(lvl.amount * coef.coefficient) END";
            }
        },
        /**
         * A fixed annex amount (meritorious persons, {@link AnnexRates}): the row of the same item and
         * impairment percent in force in the month, times the case's multiplier (years of seniority for a
         * per-year row, {@link AnnexComponents#times}).
         */
        ANNEX_AMOUNT {
            @Override
            String lines() {
                return "o.annex_rate_id IS NOT NULL";
            }

            @Override
            String rateIds(Instant ratesAsOf) {
                String asOf = ConfirmedRates.at(ratesAsOf);
                return "NULL AS level_id, NULL AS coefficient_id,"
                        + " (SELECT ar.id FROM annex_rate ar JOIN annex_rate was ON was.id = o.annex_rate_id"
                        + " WHERE ar.annex = was.annex AND ar.row_code = was.row_code AND ar.impairment_percent <=> was.impairment_percent"
                        + " AND " + AnnexRates.inForce("ar", "o.for_month", asOf)
                        + " ORDER BY ar.id DESC LIMIT 1) AS annex_id,"
                        + " (SELECT " + AnnexComponents.times("c", "was")
                        + " FROM annex_rate was WHERE was.id = o.annex_rate_id) AS times";
            }

            @Override
            String changedSince(String since, String asOf, String forMonth) {
                return changed("annex_rate", since, asOf, forMonth);
            }

            @Override
            String priced() {
                return " LEFT JOIN standard_level lvl ON lvl.id = q.level_id"
                        + " LEFT JOIN benefit_coefficient coef ON coef.id = q.coefficient_id"
                        + " LEFT JOIN annex_rate ann ON ann.id = q.annex_id";
            }

            @Override
            String due() {
                return "CASE WHEN ann.id IS NULL THEN 0 ELSE ann.amount * q.times END";
            }
        };

        /** The condition on the original line {@code o} for the lines priced this way. */
        abstract String lines();

        /**
         * The ids of the rate rows in force for {@code o.for_month}, as {@code level_id, coefficient_id, annex_id}
         * (NULL where the pricing reads no such row), and the case's multiplier {@code times}.
         */
        abstract String rateIds(Instant ratesAsOf);

        /**
         * Whether a rate row this pricing reads changed between the moments (SQL expressions): a row in force in
         * {@code forMonth}, or any row when it is null.
         */
        abstract String changedSince(String since, String asOf, String forMonth);

        /** The joins from the ids to the rate rows. */
        abstract String priced();

        /** The amount due, in đồng, over the joined rate rows. */
        abstract String due();

        static String changed(String table, String since, String asOf, String forMonth) {
            return "EXISTS (SELECT 1 FROM " + table + " ch WHERE "
                    + (forMonth == null ? "" : "ch.effective_from <= " + forMonth + " AND ")
                    + "((ch.confirmed_at > " + since
                    + " AND ch.confirmed_at <= " + asOf + ") OR (ch.superseded_at > " + since
                    + " AND ch.superseded_at <= " + asOf
                    + ")))";
        }
    }

    private static final String GROUP =
            "l2.case_id = o.case_id AND l2.for_month = o.for_month AND l2.component = o.component";
    private static final String DIFFERENCE_ITEMS =
            "ri.line_id = o.id AND ri.raised_by = '" + Recovery.Source.DIFFERENCE + "'";

    private DifferenceSql() {}

    /** The moment whose confirmed rates an approved run {@code r} paid its months at. */
    private static String since(String run) {
        return "COALESCE(" + run + ".rates_as_of, " + run + ".computed_at, " + run + ".created_at)";
    }

    /**
     * Whether any month could be priced again this way (1 or 0): an approved run has a rate row this pricing reads,
     * in force by the run's month, confirmed or superseded after the rates it was computed with and by
     * {@code ratesAsOf}. A run's lines are for its month or months before it (arrears), never after, so a row in
     * force only later cannot price any of them. When no run has such a row, {@link #pending} would find nothing and
     * is not run: it reads every approved line of the closed months (0.2–0.5 s a month for a commune of 10,000
     * beneficiaries after a year, growing with the history). A question over the runs, not the lines: a few hundred
     * rows. Without parameters.
     */
    static String anyChange(Pricing pricing, Instant ratesAsOf) {
        return "SELECT EXISTS (SELECT 1 FROM payroll_run r WHERE r.status = " + SqlEnums.literal(PayrollStatus.APPROVED)
                + " AND " + pricing.changedSince(since("r"), ConfirmedRates.at(ratesAsOf), "r.pay_month") + ")";
    }

    /**
     * The months of the scope priced again, one row each ({@code z}), with the due amount, what is kept
     * of what was paid, what is kept less the waived decreases, and the next correction number.
     * Parameters: the scope's unit, if any.
     */
    static String repriced(Pricing pricing, YearMonth month, Instant ratesAsOf, PayrollScope scope) {
        String asOf = ConfirmedRates.at(ratesAsOf);
        return "(SELECT q.*, lvl.amount AS level_amount, coef.coefficient AS coefficient, " + pricing.due() + " AS due,"
                + " q.paid - q.owed_back AS kept, q.paid - q.raised_back AS kept_net_of_raised,"
                + " GREATEST(q.last_line, q.last_item) + 1 AS next_correction"
                + " FROM (SELECT o.id AS original_id, o.case_id, o.person_id, o.payee_person_id, o.decision_id, o.component,"
                + " o.for_month, o.programme, o.category, o.scheme, c.commune_code AS pay_commune, c.province_code AS pay_province, "
                + pricing.rateIds(ratesAsOf) + ","
                // issue 10 money: a line that paid the rest of a higher scheme counts what the other one paid
                + " (SELECT SUM(l2.amount) FROM payroll_line l2 WHERE " + GROUP + ") + "
                + HigherOfSchemesStep.paidUnderOtherScheme("o") + " AS paid,"
                + " (SELECT MAX(l2.correction) FROM payroll_line l2 WHERE " + GROUP + ") AS last_line,"
                + " (SELECT COALESCE(SUM(ri.amount), 0) FROM recovery_item ri WHERE " + DIFFERENCE_ITEMS
                + " AND ri.status IN (" + RecoveryStatus.sqlSet(RecoveryStatus::owed) + ")) AS owed_back,"
                + " (SELECT COALESCE(SUM(ri.amount), 0) FROM recovery_item ri WHERE " + DIFFERENCE_ITEMS
                + ") AS raised_back,"
                + " (SELECT COALESCE(MAX(ri.correction), 0) FROM recovery_item ri WHERE ri.line_id = o.id) AS last_item"
                + " FROM payroll_line o JOIN payroll_run r ON r.id = o.run_id"
                + " JOIN benefit_case c ON c.id = o.case_id JOIN person p ON p.id = c.person_id"
                + " WHERE o.correction = 0 AND " + pricing.lines()
                + " AND r.status = " + SqlEnums.literal(PayrollStatus.APPROVED) + " AND o.for_month < "
                + ClosedMonths.month(month)
                + " AND " + ClosedMonths.condition("o.commune_code", "o.province_code", "o.for_month")
                + " AND " + EntitledMonths.sql("c", "o.for_month")
                + " AND " + pricing.changedSince(since("r"), asOf, "o.for_month")
                + scope.condition("c")
                // q is materialized (a derived table with a LIMIT is never merged, in MariaDB or MySQL): merged, the
                // rate subqueries of each month were evaluated two or three times, once per reference to q's column
                + " LIMIT " + Long.MAX_VALUE + ") q"
                + pricing.priced()
                // issue 10 money: a month completed by a higher scheme is priced again on the higher one's line only;
                // tested here, on the months whose rates changed, not on every line of the commune before that test
                + " WHERE " + HigherOfSchemesStep.notCompletedByOtherScheme("q") + ") z";
    }

    /** The scratch table of the months priced again and found owed or over-paid (V47). */
    static final String SCRATCH = "payroll_difference_scratch";

    private static final String SCRATCH_COLUMNS =
            "run_id, original_id, case_id, person_id, payee_person_id, decision_id,"
                    + " component, for_month, programme, category, scheme, pay_commune, pay_province, level_id, level_amount,"
                    + " coefficient_id, coefficient, annex_id, due, kept, kept_net_of_raised, next_correction";

    /**
     * The months of the scope priced again whose due amount differs from what is kept, into the scratch table:
     * one pass over the approved lines, read by {@link #lines} and {@link #recoveries} (the two never take the
     * same month: kept net of what was raised is never more than kept). Parameters: run, then the scope's unit,
     * if any.
     */
    static String pending(Pricing pricing, YearMonth month, Instant ratesAsOf, PayrollScope scope) {
        return "INSERT INTO " + SCRATCH + " (" + SCRATCH_COLUMNS + ")"
                + " SELECT ?, z.original_id, z.case_id, z.person_id, z.payee_person_id, z.decision_id, z.component,"
                + " z.for_month, z.programme, z.category, z.scheme, z.pay_commune, z.pay_province, z.level_id,"
                + " z.level_amount, z.coefficient_id, z.coefficient, z.annex_id, z.due, z.kept, z.kept_net_of_raised,"
                + " z.next_correction"
                + " FROM " + repriced(pricing, month, ratesAsOf, scope)
                + " WHERE z.due > z.kept OR z.due < z.kept_net_of_raised";
    }

    /** The DIFFERENCE lines of the run's pending months: due more than kept. Parameter: run. */
    static String lines(YearMonth month) {
        return "INSERT IGNORE INTO payroll_line (run_id, case_id, person_id, payee_person_id, decision_id, kind, component,"
                + " correction, corrects_line_id, for_month, commune_code, province_code, programme, category, scheme,"
                + " standard_level_id, standard_level, coefficient_id, coefficient, annex_rate_id, amount, due_amount, paid_before,"
                + " channel, bank_code, account_no, payment_status)"
                + " SELECT z.run_id, z.case_id, z.person_id, z.payee_person_id, z.decision_id, "
                + SqlEnums.literal(LineKind.DIFFERENCE)
                + ", z.component,"
                + " z.next_correction, z.original_id, z.for_month, z.pay_commune, z.pay_province, z.programme, z.category, z.scheme,"
                + " z.level_id, z.level_amount, z.coefficient_id, z.coefficient, z.annex_id, z.due - z.kept, z.due, z.kept,"
                + " " + PayrollSql.channelColumns(month)
                + " FROM " + SCRATCH + " z"
                + " LEFT JOIN ss_account a ON a.person_id = z.person_id"
                + " WHERE z.run_id = ? AND z.due > z.kept";
    }

    /**
     * The recovery items proposed for review of the run's pending months: due less than kept, beyond what was
     * already raised (waived or not). Parameter: run.
     */
    static String recoveries() {
        return "INSERT IGNORE INTO recovery_item (case_id, person_id, line_id, correction, component, for_month, amount,"
                + " due_amount, paid_before, standard_level_id, coefficient_id, raised_in_run_id, commune_code, province_code,"
                + " status, raised_at, raised_by)"
                + " SELECT z.case_id, z.person_id, z.original_id, z.next_correction, z.component, z.for_month,"
                + " z.kept_net_of_raised - z.due, z.due, z.kept_net_of_raised, z.level_id, z.coefficient_id, z.run_id, z.pay_commune, z.pay_province, "
                + Recovery.Source.DIFFERENCE.initialStatus().sqlLiteral() + ", UTC_TIMESTAMP(6), '"
                + Recovery.Source.DIFFERENCE + "'"
                + " FROM " + SCRATCH + " z"
                + " WHERE z.run_id = ? AND z.due < z.kept_net_of_raised";
    }

    /** Empties the run's part of the scratch table. Parameter: run. */
    static String clear() {
        return "DELETE FROM " + SCRATCH + " WHERE run_id = ?";
    }
}
