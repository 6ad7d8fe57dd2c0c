package vn.ansinh.payment.channel.application;

import java.time.YearMonth;
import java.util.regex.Pattern;
import vn.ansinh.account.domain.AccountStatus;
import vn.ansinh.payment.channel.domain.ResultOutcome;
import vn.ansinh.payment.domain.PaymentChannel;
import vn.ansinh.payment.domain.PaymentStatus;
import vn.ansinh.shared.persistence.SqlEnums;

/**
 * The cash-fallback rule, as SQL for the payroll computation to embed: <b>a person is paid in cash in
 * the next cycle when their social-security account is FAILED, CLOSED or CASH_FALLBACK, or when their
 * latest bank transfer failed</b>.
 *
 * <p>"Latest bank transfer" means the bank-transfer lines of the latest earlier pay month in which the
 * person had any (runs of the month being computed and later ones are ignored, so the rule reads the
 * same whether the month's own lines are inserted in one statement or several); one FAILED line among
 * them is enough. A failure stops counting once the account has been verified again (status VERIFIED
 * or PAID_VIA_ACCOUNT with {@code verified_on} on or after the day the failure was imported,
 * {@code bank_result_row.recorded_on}) — otherwise a person whose account was repaired would stay on
 * cash for good, since cash months add no new bank line. For a failure recorded without a result file
 * (no {@code bank_result_row}) the first day of the failed line's pay month stands in for that day.
 *
 * <p>Use {@link #condition} in a WHERE clause or a CASE expression, e.g. in the payroll's INSERT …
 * SELECT:
 * <pre>{@code
 * CASE WHEN a.status IN (<AccountStatus.sqlSet(AccountStatus::acceptsTransfers)>) AND NOT
 *      <CashFallback.condition("c.person_id", CashFallback.month(payMonth))>
 *      THEN <transfer> ELSE <cash> END
 * }</pre>
 * Every status and channel in it is generated from its enum: the account statuses that force cash
 * ({@link AccountStatus#forcesCash}) and accept transfers ({@link AccountStatus#acceptsTransfers}), the
 * failed transfer ({@link PaymentStatus#FAILED}, {@link ResultOutcome#FAILED}).
 * The subqueries use aliases starting with {@code cf_}; MySQL and MariaDB allow an INSERT … SELECT
 * into {@code payroll_line} to read {@code payroll_line} in them.
 */
public final class CashFallback {

    /** Account statuses that always mean cash ({@link AccountStatus#forcesCash}). */
    public static final String CASH_ACCOUNT_STATUSES = AccountStatus.sqlSet(AccountStatus::forcesCash);

    private static final String TRANSFER = SqlEnums.literal(PaymentChannel.BANK_TRANSFER);

    private static final Pattern COLUMN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");
    private static final Pattern MONTH = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?"
            + "|\\?\\d{0,3}|:[A-Za-z_][A-Za-z0-9_]*|DATE '\\d{4}-\\d{2}-01'");

    private static final String TEMPLATE = """
            (EXISTS (SELECT 1 FROM ss_account cf_a WHERE cf_a.person_id = {P} AND cf_a.status IN (%s)) \
            OR EXISTS (SELECT 1 FROM payroll_line cf_l JOIN payroll_run cf_r ON cf_r.id = cf_l.run_id \
            WHERE cf_l.person_id = {P} AND cf_l.channel = {TRANSFER} AND cf_l.payment_status = {FAILED} \
            AND cf_r.pay_month < {M} \
            AND NOT EXISTS (SELECT 1 FROM payroll_line cf_n JOIN payroll_run cf_nr ON cf_nr.id = cf_n.run_id \
            WHERE cf_n.person_id = cf_l.person_id AND cf_n.channel = {TRANSFER} \
            AND cf_nr.pay_month > cf_r.pay_month AND cf_nr.pay_month < {M}) \
            AND NOT EXISTS (SELECT 1 FROM ss_account cf_v WHERE cf_v.person_id = cf_l.person_id \
            AND cf_v.status IN ({ACCEPTS_TRANSFERS}) \
            AND cf_v.verified_on >= COALESCE((SELECT MAX(cf_b.recorded_on) FROM bank_result_row cf_b \
            WHERE cf_b.line_id = cf_l.id AND cf_b.outcome = {BANK_FAILED}), cf_r.pay_month))))""".formatted(CASH_ACCOUNT_STATUSES)
            .replace("{TRANSFER}", TRANSFER)
            .replace("{FAILED}", SqlEnums.literal(PaymentStatus.FAILED))
            .replace("{ACCEPTS_TRANSFERS}", AccountStatus.sqlSet(AccountStatus::acceptsTransfers))
            .replace("{BANK_FAILED}", SqlEnums.literal(ResultOutcome.FAILED));

    private CashFallback() {}

    /**
     * The SQL condition, true when the person must be paid in cash.
     *
     * @param personId the column holding the person's id in the enclosing query, e.g. {@code c.person_id}
     * @param payMonth the first day of the month being computed: a column ({@code r.pay_month}), a
     *        parameter ({@code ?}, {@code ?1}, {@code :month}: it occurs twice, so a plain JDBC {@code ?}
     *        must be bound twice) or a literal from {@link #month(YearMonth)}
     */
    public static String condition(String personId, String payMonth) {
        if (personId == null || !COLUMN.matcher(personId).matches()) {
            throw new IllegalArgumentException("not a column: " + personId);
        }
        if (payMonth == null || !MONTH.matcher(payMonth).matches()) {
            throw new IllegalArgumentException("not a month column, parameter or literal: " + payMonth);
        }
        return TEMPLATE.replace("{P}", personId).replace("{M}", payMonth);
    }

    /** The SQL literal of a month's first day, e.g. {@code DATE '2026-04-01'}. */
    public static String month(YearMonth month) {
        return "DATE '" + month.atDay(1) + "'";
    }
}
