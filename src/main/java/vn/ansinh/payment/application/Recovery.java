package vn.ansinh.payment.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.regex.Pattern;
import vn.ansinh.payment.domain.PaymentStatus;

/**
 * The one rule that raises recovery items (thu hồi), whoever applies it — the stop of a benefit, the
 * payroll's finish step, a bank result or an officer reporting a line paid anyway: <b>a line of an
 * approved payroll whose money reached the payee ({@link PaymentStatus#reachedPayee}) for a month after
 * the benefit's last month, or whose stop had been requested, is owed back</b>. One item per line
 * (unique {@code line_id}, {@code INSERT IGNORE}): applying the rule again never raises a second.
 */
public final class Recovery {

    /** Who applied the rule, kept on the item. */
    public enum Source {
        STOP,
        PAYROLL,
        PAID_ANYWAY,
        DIFFERENCE
    }

    private static final Pattern CONDITION = Pattern.compile("[a-z_.]+ = \\?( AND [a-z_.]+ = \\?)*");

    private Recovery() {}

    /**
     * Raises the items of the lines that satisfy {@code condition} too (over {@code l} = payroll_line,
     * {@code c} = benefit_case, e.g. {@code l.case_id = ?}); returns how many were raised.
     */
    public static int raise(EntityManager em, Source source, String condition, Object... parameters) {
        if (!condition.isEmpty() && !CONDITION.matcher(condition).matches()) {
            throw new IllegalArgumentException("not a simple condition: " + condition);
        }
        Query query = em.createNativeQuery(sql(condition.isEmpty() ? "" : " AND " + condition))
                .setParameter(1, source.name());
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 2, parameters[i]);
        }
        return query.executeUpdate();
    }

    /** The statement; {@code andCondition} is "" or starts with " AND ". Parameters: source, then the condition's. */
    public static String sql(String andCondition) {
        return "INSERT IGNORE INTO recovery_item (case_id, person_id, line_id, for_month, amount, commune_code, province_code,"
                + " status, raised_at, raised_by)"
                + " SELECT l.case_id, l.person_id, l.id, l.for_month, l.amount, c.commune_code, c.province_code, "
                + vn.ansinh.payment.domain.RecoveryStatus.OPEN.sqlLiteral() + ","
                + " UTC_TIMESTAMP(6), ?"
                + " FROM payroll_line l JOIN benefit_case c ON c.id = l.case_id JOIN payroll_run r ON r.id = l.run_id"
                + " WHERE r.status = '" + vn.ansinh.payment.domain.PayrollStatus.APPROVED
                + "' AND l.payment_status IN (" + PaymentStatus.sqlSet(PaymentStatus::reachedPayee) + ")"
                + " AND ((c.entitled_until IS NOT NULL AND l.for_month > c.entitled_until) OR l.stop_requested_at IS NOT NULL)"
                + andCondition;
    }
}
