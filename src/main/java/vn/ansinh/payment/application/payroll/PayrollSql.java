package vn.ansinh.payment.application.payroll;

import java.time.Instant;
import java.time.YearMonth;
import vn.ansinh.benefit.domain.ConfirmedRates;
import vn.ansinh.benefit.domain.Scheme;
import vn.ansinh.payment.channel.application.CashFallback;

/**
 * The set-based SQL of the payroll. Everything is computed by the database in a few statements:
 * never row by row in Java.
 */
final class PayrollSql {

    /** The first day an age band is counted from: an unknown birth month or day counts as the first. */
    static final String BIRTH = "DATE_ADD(DATE_ADD(MAKEDATE(p.birth_year, 1), INTERVAL COALESCE(p.birth_month, 1) - 1 MONTH),"
            + " INTERVAL COALESCE(p.birth_day, 1) - 1 DAY)";

    /**
     * Age in whole years on the first day of month ?, in integer arithmetic (cheaper than date
     * functions over a million rows): year − birth year, less one if the birthday (an unknown month or
     * day counting as the first) is after that day. Parameters: the year, then month × 100 + 1.
     */
    static final String AGE_ON_FIRST = "(? - p.birth_year - (? < COALESCE(p.birth_month, 1) * 100 + COALESCE(p.birth_day, 1)))";

    /** The scheme of the case's programme, generated from {@link Scheme#sqlOf} (issue 10, social-pension). */
    static final String SCHEME = Scheme.sqlOf("c.programme");

    /** Monthly-allowance programmes: the ones a payroll pays, generated from {@link Scheme#paidProgrammesSql} (issue 10, social-pension). */
    static final String PAID_PROGRAMMES = Scheme.paidProgrammesSql("c.programme");

    /** A benefit running in month ?: active, or ended at or after that month. Suspended cases are not paid. */
    static final String ENTITLED_IN_MONTH = " c.status IN ('ACTIVE', 'TERMINATED') AND c.entitled_from <= ?"
            + " AND (c.entitled_until IS NULL OR c.entitled_until >= ?)";

    /**
     * Paid by transfer only into a verified account whose latest transfer did not fail (else cash in
     * this cycle: {@link CashFallback}). {@code IS NOT NULL} first, so that the many beneficiaries with
     * no account never evaluate the fallback's subqueries.
     */
    static String byTransfer(YearMonth month) {
        return "a.status IS NOT NULL AND a.status IN ('VERIFIED', 'PAID_VIA_ACCOUNT') AND a.bank_code IS NOT NULL"
                + " AND a.account_no IS NOT NULL AND NOT " + CashFallback.condition("a.person_id", CashFallback.month(month));
    }

    /**
     * The month's lines of the beneficiaries whose person id lies in a range; one line per person
     * and scheme, with the highest coefficient of their cases, into the run's tables or a comparison's
     * with the rates of that snapshot. Parameters: run (or comparison), month, month, run, run, year, month × 100 + 1, year, month × 100 + 1, low id, high id, month, month, [unit].
     */
    static String monthly(Snapshot into, PayrollScope scope, boolean ignoreDuplicates, YearMonth month) {
        String byTransfer = byTransfer(month);
        return "INSERT " + (ignoreDuplicates ? "IGNORE " : "") + "INTO " + into.lineTable() + " (" + into.key() + ", case_id, person_id, decision_id,"
                + " kind, for_month, commune_code, province_code, programme, category, scheme, standard_level_id, standard_level,"
                + " coefficient_id, coefficient, amount, channel, bank_code, account_no, payment_status)"
                + " SELECT ?, x.case_id, x.person_id,"
                + " (SELECT MAX(d.id) FROM decision d WHERE d.case_id = x.case_id AND d.effective_month <= ?),"
                + " 'MONTHLY', ?, x.commune_code, x.province_code, x.programme, x.category, x.scheme, x.level_id, x.level_amount,"
                + " x.coefficient_id, x.coefficient, ROUND(x.level_amount * x.coefficient),"
                + " CASE WHEN " + byTransfer + " THEN 'BANK_TRANSFER' ELSE 'CASH' END,"
                + " CASE WHEN " + byTransfer + " THEN a.bank_code END, CASE WHEN " + byTransfer + " THEN a.account_no END,"
                + " 'PENDING'"
                + " FROM (SELECT c.id AS case_id, c.person_id, c.commune_code, c.province_code, c.programme, c.category,"
                + " lv.scheme, lv.level_id, lv.amount AS level_amount, rc.coefficient_id, rc.coefficient,"
                + " ROW_NUMBER() OVER (PARTITION BY c.person_id, lv.scheme ORDER BY rc.coefficient DESC, c.id) AS rn"
                + " FROM benefit_case c JOIN person p ON p.id = c.person_id"
                + " JOIN " + into.levelTable() + " lv ON lv." + into.key() + " = ? AND lv.province_code = c.province_code"
                + " AND lv.scheme = " + SCHEME
                + " JOIN " + into.coefficientTable() + " rc ON rc." + into.key() + " = ? AND rc.category = c.category"
                + " AND (rc.disability_level = '*' OR rc.disability_level = c.disability_level)"
                + " AND " + AGE_ON_FIRST + " >= rc.min_age AND " + AGE_ON_FIRST + " < rc.max_age"
                + " WHERE " + PAID_PROGRAMMES + " AND c.person_id BETWEEN ? AND ? AND" + ENTITLED_IN_MONTH
                + scope.condition("c") + ") x"
                + " LEFT JOIN ss_account a ON a.person_id = x.person_id"
                + " WHERE x.rn = 1";
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
                + " WHERE " + PAID_PROGRAMMES + " AND c.status IN ('ACTIVE', 'TERMINATED') AND c.entitled_from < ?"
                + scope.condition("c")
                // only cases with fewer lines than months since they could first be paid: an index count each
                + " AND (SELECT COUNT(*) FROM payroll_line l WHERE l.case_id = c.id AND l.for_month >= " + from
                + " AND l.for_month < ?) < TIMESTAMPDIFF(MONTH, " + from + ", LEAST(?,"
                + " COALESCE(DATE_ADD(c.entitled_until, INTERVAL 1 MONTH), ?)))) c"
                + " JOIN calendar_month cm ON cm.month_start >= GREATEST(c.entitled_from, ?) AND cm.month_start < ?"
                + " AND (c.entitled_until IS NULL OR cm.month_start <= c.entitled_until)"
                + " WHERE NOT EXISTS (SELECT 1 FROM payroll_line l WHERE l.case_id = c.id AND l.for_month = cm.month_start)";
    }

    /**
     * The arrears lines of the candidates: each month from the first payroll that could have paid the
     * case (its commune's, its province's or the country's), at the rates of that month as confirmed
     * at {@code ratesAsOf} ({@link ConfirmedRates}). Parameters: run, run.
     */
    static String arrears(YearMonth month, Instant ratesAsOf) {
        String byTransfer = byTransfer(month);
        String asOf = ConfirmedRates.at(ratesAsOf);
        String level = "(SELECT s.id FROM standard_level s WHERE s.scheme = " + SCHEME + " AND s.effective_from <= cm.month_start"
                + " AND (s.province_code IS NULL OR s.province_code = c.province_code)"
                + " AND " + ConfirmedRates.condition("s", asOf)
                + " AND s.effective_from = (SELECT MAX(s2.effective_from) FROM standard_level s2 WHERE s2.scheme = s.scheme"
                + " AND s2.province_code <=> s.province_code AND s2.effective_from <= cm.month_start"
                + " AND " + ConfirmedRates.condition("s2", asOf) + ")"
                + " ORDER BY s.amount DESC LIMIT 1)";
        String age = "TIMESTAMPDIFF(YEAR, " + BIRTH + ", cm.month_start)";
        String coefficient = "(SELECT b.id FROM benefit_coefficient b WHERE b.category = c.category"
                + " AND b.effective_from <= cm.month_start AND " + ConfirmedRates.condition("b", asOf)
                + " AND (b.min_age IS NULL OR " + age + " >= b.min_age)"
                + " AND (b.max_age IS NULL OR " + age + " < b.max_age)"
                + " AND (b.disability_level IS NULL OR b.disability_level = c.disability_level)"
                + " ORDER BY b.effective_from DESC, b.coefficient DESC LIMIT 1)";
        return "INSERT IGNORE INTO payroll_line (run_id, case_id, person_id, decision_id, kind, for_month, commune_code,"
                + " province_code, programme, category, scheme, standard_level_id, standard_level, coefficient_id, coefficient,"
                + " amount, channel, bank_code, account_no, payment_status)"
                + " SELECT ?, y.case_id, y.person_id, y.decision_id, 'ARREARS', y.month_start, y.commune_code, y.province_code,"
                + " y.programme, y.category, y.scheme, lvl.id, lvl.amount, coef.id, coef.coefficient,"
                + " ROUND(lvl.amount * coef.coefficient),"
                + " CASE WHEN " + byTransfer + " THEN 'BANK_TRANSFER' ELSE 'CASH' END,"
                + " CASE WHEN " + byTransfer + " THEN a.bank_code END, CASE WHEN " + byTransfer + " THEN a.account_no END,"
                + " 'PENDING'"
                + " FROM (SELECT c.id AS case_id, c.person_id, c.commune_code, c.province_code, c.programme, c.category,"
                + " " + SCHEME + " AS scheme, cm.month_start,"
                + " (SELECT MAX(d.id) FROM decision d WHERE d.case_id = c.id AND d.effective_month <= cm.month_start) AS decision_id,"
                + " " + level + " AS level_id, " + coefficient + " AS coefficient_id"
                + " FROM payroll_arrears_candidate k JOIN benefit_case c ON c.id = k.case_id"
                + " JOIN person p ON p.id = c.person_id JOIN calendar_month cm ON cm.month_start = k.month_start"
                + " WHERE k.run_id = ? AND cm.month_start >= (SELECT MIN(r.pay_month) FROM payroll_run r"
                + " WHERE r.unit_code IN (c.commune_code, c.province_code, 'VN'))) y"
                + " JOIN standard_level lvl ON lvl.id = y.level_id"
                + " JOIN benefit_coefficient coef ON coef.id = y.coefficient_id"
                + " LEFT JOIN ss_account a ON a.person_id = y.person_id";
    }

    private PayrollSql() {
    }
}
