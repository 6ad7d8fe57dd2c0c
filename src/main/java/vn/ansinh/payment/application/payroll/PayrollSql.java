package vn.ansinh.payment.application.payroll;

import java.time.Instant;
import java.time.YearMonth;
import vn.ansinh.account.domain.AccountStatus;
import vn.ansinh.benefit.domain.AgeOnDay;
import vn.ansinh.benefit.domain.AnnexComponents;
import vn.ansinh.benefit.domain.AnnexRates;
import vn.ansinh.benefit.domain.ConfirmedRates;
import vn.ansinh.benefit.domain.HighestCoefficient;
import vn.ansinh.benefit.domain.Scheme;
import vn.ansinh.casework.domain.EntitledMonths;
import vn.ansinh.casework.domain.PausedMonths;
import vn.ansinh.payment.channel.application.CashFallback;
import vn.ansinh.payment.channel.application.TransferChannel;
import vn.ansinh.payment.domain.LineKind;
import vn.ansinh.payment.domain.PaymentChannel;
import vn.ansinh.payment.domain.PaymentStatus;
import vn.ansinh.payment.domain.PayrollLine;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.persistence.SqlEnums;

/**
 * The set-based SQL of the payroll. Everything is computed by the database in a few statements:
 * never row by row in Java.
 */
final class PayrollSql {

    /** The scheme of the case's programme, generated from {@link Scheme#sqlOf} (issue 10, social-pension). */
    static final String SCHEME = Scheme.sqlOf("c.programme");

    /** Monthly-allowance programmes: the ones a payroll pays, generated from {@link Scheme#paidProgrammesSql} (issue 10, social-pension). */
    static final String PAID_PROGRAMMES = Scheme.paidProgrammesSql("c.programme");

    /**
     * Programmes priced from the annex amounts of Decree 75/2021 (meritorious people: one line per legal
     * component, {@link AnnexComponents}); the others are priced as standard level × coefficient, one line
     * per person and scheme ({@link HighestCoefficient}).
     */
    static final String BY_ANNEX = Scheme.MERITORIOUS.programmesSql("c.programme");

    static final String BY_COEFFICIENT = "NOT " + BY_ANNEX;

    private static final String MONTHLY = SqlEnums.literal(LineKind.MONTHLY);
    private static final String ARREARS = SqlEnums.literal(LineKind.ARREARS);
    private static final String ALLOWANCE = "'" + PayrollLine.ALLOWANCE + "'";

    /** The line's columns apart from the key: the same for every statement. */
    static final String LINE_COLUMNS =
            "case_id, person_id, payee_person_id, decision_id, kind, component, for_month, commune_code,"
                    + " province_code, programme, category, scheme, standard_level_id, standard_level, coefficient_id, coefficient,"
                    + " annex_rate_id, amount, channel, bank_code, account_no, payment_status";

    /**
     * The channel, bank and account of a line, from the account {@code a} of whoever receives it, and the
     * status a computed line starts in: the same for every statement that writes lines (monthly, arrears,
     * differences).
     */
    static String channelColumns(YearMonth month) {
        String byTransfer = byTransfer(month);
        return "CASE WHEN " + byTransfer + " THEN " + SqlEnums.literal(PaymentChannel.BANK_TRANSFER) + " ELSE "
                + SqlEnums.literal(PaymentChannel.CASH) + " END,"
                + " CASE WHEN " + byTransfer + " THEN a.bank_code END, CASE WHEN " + byTransfer
                + " THEN a.account_no END, "
                + SqlEnums.literal(PaymentStatus.PENDING);
    }

    /** The case's decision in force in a month (an expression of the month). */
    static String decisionIn(String caseId, String month) {
        return "(SELECT MAX(d.id) FROM decision d WHERE d.case_id = " + caseId + " AND d.effective_month <= " + month
                + ")";
    }

    /**
     * A benefit paid in month ? ({@link EntitledMonths}): active, or ended at or after that month. Suspended cases, and cases
     * proposed for termination, suspension or reinstatement, are not paid (their months are paid as
     * arrears once a decision or a rejection lets them); the months of a suspension not paid back are
     * excluded by {@link PausedMonths#notPausedSql} where this is used.
     */
    static final String ENTITLED_IN_MONTH = " " + EntitledMonths.sql("c", "?");

    /**
     * Paid by transfer only into an account that accepts transfers ({@link AccountStatus#acceptsTransfers}:
     * verified) whose latest transfer did not fail (else cash in
     * this cycle: {@link CashFallback}). {@code IS NOT NULL} first, so that the many beneficiaries with
     * no account never evaluate the fallback's subqueries.
     */
    static String byTransfer(YearMonth month) {
        return TransferChannel.byTransfer("a", month);
    }

    /**
     * The month's coefficient-priced lines of the beneficiaries whose person id lies in a range: one line
     * per person and scheme, with the highest coefficient of their cases ({@link HighestCoefficient}), into
     * the run's tables or a comparison's with the rates of that snapshot. Parameters: run (or comparison),
     * month, month, run, run, low id, high id, month, month, [unit]. The age band is the person's age on the
     * month's first day ({@link AgeOnDay}).
     */
    static String monthly(Snapshot into, PayrollScope scope, boolean ignoreDuplicates, YearMonth month) {
        return "INSERT " + (ignoreDuplicates ? "IGNORE " : "") + "INTO " + into.lineTable() + " (" + into.key() + ", "
                + LINE_COLUMNS + ")"
                + " SELECT ?, x.case_id, x.person_id, NULL, " + decisionIn("x.case_id", "?") + ","
                + " " + MONTHLY + ", " + ALLOWANCE
                + ", ?, x.commune_code, x.province_code, x.programme, x.category, x.scheme, x.level_id, x.level_amount,"
                + " x.coefficient_id, x.coefficient, NULL, ROUND(x.level_amount * x.coefficient), "
                + channelColumns(month)
                + " FROM (SELECT c.id AS case_id, c.person_id, c.commune_code, c.province_code, c.programme, c.category,"
                + " lv.scheme, lv.level_id, lv.amount AS level_amount, rc.coefficient_id, rc.coefficient,"
                + " " + HighestCoefficient.rank("c.person_id", "lv.scheme", null, "rc.coefficient", "c.id") + " AS rn"
                + " FROM benefit_case c JOIN person p ON p.id = c.person_id"
                + " JOIN " + into.levelTable() + " lv ON lv." + into.key()
                + " = ? AND lv.province_code = c.province_code"
                + " AND lv.scheme = " + SCHEME
                + " JOIN " + into.coefficientTable() + " rc ON rc." + into.key() + " = ? AND rc.category = c.category"
                + " AND (rc.disability_level = '*' OR rc.disability_level = c.disability_level)"
                + " AND " + AgeOnDay.sql("p", AgeOnDay.literal(month.atDay(1))) + " >= rc.min_age"
                + " AND " + AgeOnDay.sql("p", AgeOnDay.literal(month.atDay(1))) + " < rc.max_age"
                + " WHERE " + PAID_PROGRAMMES + " AND " + BY_COEFFICIENT + " AND c.person_id BETWEEN ? AND ? AND"
                + ENTITLED_IN_MONTH
                // issue 10 stop-decisions: months paused by a suspension and not paid back are not paid
                + " AND " + PausedMonths.notPausedSql("c.id", PausedMonths.literal(month))
                + scope.condition("c") + ") x"
                + " LEFT JOIN ss_account a ON a.person_id = x.person_id"
                + " WHERE x.rn = 1";
    }

    /**
     * The month's annex-priced lines (meritorious people) of the beneficiaries whose person id lies in a
     * range: one line per legal component of each case ({@link AnnexComponents}: the row code is the line's
     * component), at the snapshot's annex amounts; a caregiver's component is paid to the caregiver, into
     * the caregiver's own account or cash. Every case of a person is paid (no highest-coefficient rule).
     * Parameters: run (or comparison), month, month, run, low id, high id, month, month, [unit].
     */
    static String monthlyAnnex(Snapshot into, PayrollScope scope, boolean ignoreDuplicates, YearMonth month) {
        return "INSERT " + (ignoreDuplicates ? "IGNORE " : "") + "INTO " + into.lineTable() + " (" + into.key() + ", "
                + LINE_COLUMNS + ")"
                + " SELECT ?, x.case_id, x.person_id, x.payee_person_id, " + decisionIn("x.case_id", "?") + ","
                + " " + MONTHLY
                + ", x.row_code, ?, x.commune_code, x.province_code, x.programme, x.category, x.scheme, NULL, NULL,"
                + " NULL, NULL, x.annex_rate_id, x.amount, " + channelColumns(month)
                + " FROM (SELECT c.id AS case_id, c.person_id, c.commune_code, c.province_code, c.programme, c.category,"
                + " " + SCHEME + " AS scheme, r.annex_rate_id, r.row_code, r.amount * "
                + AnnexComponents.times("c", "r") + " AS amount,"
                + " " + AnnexComponents.payee("c", "r") + " AS payee_person_id"
                // the case first, then its candidate row codes, then the snapshot's rows of those codes by their
                // index (V22's idx_run_annex, also on the comparison's table): left to itself the optimizer tested
                // every annex row against every case of the commune (AnnexComponents.pairs)
                + " FROM benefit_case c STRAIGHT_JOIN " + AnnexComponents.pairs() + " cr ON cr.category = c.category"
                + " STRAIGHT_JOIN " + into.annexTable() + " r FORCE INDEX (idx_run_annex) ON r." + into.key()
                + " = ? AND r.row_code = cr.row_code AND " + AnnexComponents.match("c", "r")
                + " WHERE " + PAID_PROGRAMMES + " AND " + BY_ANNEX + " AND c.person_id BETWEEN ? AND ? AND"
                + ENTITLED_IN_MONTH
                + " AND " + PausedMonths.notPausedSql("c.id", PausedMonths.literal(month))
                // issue 10 money: a caregiver's allowance is paid once, linked or own (CaregiverOnce)
                + " AND " + CaregiverOnce.sql("c", "r", PausedMonths.literal(month))
                + scope.condition("c") + ") x"
                + " LEFT JOIN ss_account a ON a.person_id = COALESCE(x.payee_person_id, x.person_id)";
    }

    /**
     * Months that may be owed from before the payroll's month (truy lĩnh), found with cheap
     * conditions only: months of a case's benefit since its first month and since the earliest
     * payroll in the system, before the payroll's month, that no line has paid. Parameters: run,
     * month, [unit], earliest, month, earliest, month, month, earliest, month.
     */
    static String arrearsCandidates(PayrollScope scope) {
        String from = "GREATEST(c.entitled_from, ?)";
        return "INSERT IGNORE INTO payroll_arrears_candidate (run_id, case_id, month_start)"
                + " SELECT ?, c.id, cm.month_start FROM (SELECT c.id, c.entitled_from, c.entitled_until FROM benefit_case c"
                + " WHERE " + PAID_PROGRAMMES + " AND " + EntitledMonths.statusSql("c") + " AND c.entitled_from < ?"
                + scope.condition("c")
                // only cases with fewer lines than months since they could first be paid: an index count each
                // a month counts once, however many components or differences (corrections) paid it
                + " AND (SELECT COUNT(DISTINCT l.for_month) FROM payroll_line l WHERE l.case_id = c.id AND l.for_month >= "
                + from
                + " AND l.for_month < ?) < TIMESTAMPDIFF(MONTH, " + from + ", LEAST(?,"
                + " COALESCE(DATE_ADD(c.entitled_until, INTERVAL 1 MONTH), ?)))) c"
                + " JOIN calendar_month cm ON cm.month_start >= GREATEST(c.entitled_from, ?) AND cm.month_start < ?"
                + " AND (c.entitled_until IS NULL OR cm.month_start <= c.entitled_until)"
                // issue 10 stop-decisions: months paused by a suspension and not paid back are never owed
                + " AND " + PausedMonths.notPausedSql("c.id", "cm.month_start")
                + " WHERE NOT EXISTS (SELECT 1 FROM payroll_line l WHERE l.case_id = c.id AND l.for_month = cm.month_start)";
    }

    /** The earliest month a candidate may be paid: that of the first payroll that could have paid the case. */
    private static final String FIRST_PAYABLE = "cm.month_start >= (SELECT MIN(r.pay_month) FROM payroll_run r"
            + " WHERE r.unit_code IN (c.commune_code, c.province_code, '" + AdminUnitCode.NATIONAL.value() + "'))";

    /** The candidates of the run (payroll_arrears_candidate k) with their case c and month cm. */
    private static final String CANDIDATES = " FROM payroll_arrears_candidate k JOIN benefit_case c ON c.id = k.case_id"
            + " JOIN person p ON p.id = c.person_id JOIN calendar_month cm ON cm.month_start = k.month_start";

    /**
     * The coefficient-priced arrears lines of the candidates: each month from the first payroll that could
     * have paid the case (its commune's, its province's or the country's), at the rates of that month as
     * confirmed at {@code ratesAsOf} ({@link RateInForceSql}); of a person's cases of one scheme in a month
     * only the highest coefficient ({@link HighestCoefficient}), and none when a line of that scheme has
     * already paid the person that month. Parameters: run, run.
     */
    static String arrears(YearMonth month, Instant ratesAsOf) {
        // one definition of the rate rows in force, shared with the difference arrears (DifferenceSql)
        String level = RateInForceSql.levelId("cm.month_start", ratesAsOf);
        String coefficient = RateInForceSql.coefficientId("cm.month_start", ratesAsOf);
        return "INSERT IGNORE INTO payroll_line (run_id, " + LINE_COLUMNS + ")"
                + " SELECT ?, z.case_id, z.person_id, NULL, z.decision_id, " + ARREARS + ", " + ALLOWANCE
                + ", z.month_start, z.commune_code,"
                + " z.province_code, z.programme, z.category, z.scheme, z.level_id, z.level_amount, z.coefficient_id, z.coefficient,"
                + " NULL, ROUND(z.level_amount * z.coefficient), " + channelColumns(month)
                + " FROM (SELECT y.*, lvl.amount AS level_amount, coef.coefficient,"
                + " "
                + HighestCoefficient.rank("y.person_id", "y.scheme", "y.month_start", "coef.coefficient", "y.case_id")
                + " AS rn"
                + " FROM (SELECT c.id AS case_id, c.person_id, c.commune_code, c.province_code, c.programme, c.category,"
                + " " + SCHEME + " AS scheme, cm.month_start, " + decisionIn("c.id", "cm.month_start")
                + " AS decision_id,"
                + " " + level + " AS level_id, " + coefficient + " AS coefficient_id"
                + CANDIDATES
                + " WHERE k.run_id = ? AND " + BY_COEFFICIENT + " AND " + FIRST_PAYABLE + ") y"
                + " JOIN standard_level lvl ON lvl.id = y.level_id"
                + " JOIN benefit_coefficient coef ON coef.id = y.coefficient_id) z"
                + " LEFT JOIN ss_account a ON a.person_id = z.person_id"
                + " WHERE z.rn = 1 AND NOT " + paidInScheme("z");
    }

    /** A line of the same scheme and month has already paid the person (from another case): the rule's "once". */
    static String paidInScheme(String z) {
        return "EXISTS (SELECT 1 FROM payroll_line o WHERE o.person_id = " + z + ".person_id AND o.for_month = " + z
                + ".month_start" + " AND o.scheme = " + z + ".scheme AND o.correction = 0 AND o.case_id <> " + z
                + ".case_id)";
    }

    /**
     * The annex-priced arrears lines of the candidates (meritorious people): per month, one line per legal
     * component ({@link AnnexComponents}) at the annex row in force that month as confirmed at
     * {@code ratesAsOf} ({@link AnnexRates}). Parameters: run, run.
     */
    static String arrearsAnnex(YearMonth month, Instant ratesAsOf) {
        String asOf = ConfirmedRates.at(ratesAsOf);
        return "INSERT IGNORE INTO payroll_line (run_id, " + LINE_COLUMNS + ")"
                + " SELECT ?, y.case_id, y.person_id, y.payee_person_id, y.decision_id, " + ARREARS
                + ", y.row_code, y.month_start,"
                + " y.commune_code, y.province_code, y.programme, y.category, y.scheme, NULL, NULL, NULL, NULL, y.annex_rate_id,"
                + " y.amount, " + channelColumns(month)
                + " FROM (SELECT c.id AS case_id, c.person_id, c.commune_code, c.province_code, c.programme, c.category,"
                + " " + SCHEME + " AS scheme, cm.month_start, " + decisionIn("c.id", "cm.month_start")
                + " AS decision_id,"
                + " r.id AS annex_rate_id, r.row_code, r.amount * " + AnnexComponents.times("c", "r") + " AS amount,"
                + " " + AnnexComponents.payee("c", "r") + " AS payee_person_id"
                + CANDIDATES
                + " JOIN annex_rate r ON " + AnnexRates.inForce("r", "cm.month_start", asOf) + " AND "
                + AnnexComponents.match("c", "r")
                + " WHERE k.run_id = ? AND " + BY_ANNEX + " AND " + FIRST_PAYABLE
                // issue 10 money: a caregiver's allowance is paid once, linked or own (CaregiverOnce)
                + " AND " + CaregiverOnce.sql("c", "r", "cm.month_start") + ") y"
                + " LEFT JOIN ss_account a ON a.person_id = COALESCE(y.payee_person_id, y.person_id)";
    }

    private PayrollSql() {}
}
