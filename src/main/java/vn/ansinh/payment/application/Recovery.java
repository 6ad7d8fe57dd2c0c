package vn.ansinh.payment.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.ansinh.payment.domain.HoldReason;
import vn.ansinh.payment.domain.PaymentStatus;
import vn.ansinh.payment.domain.PayrollStatus;
import vn.ansinh.payment.domain.RecoveryStatus;
import vn.ansinh.shared.persistence.SqlEnums;

/**
 * The one rule that raises recovery items (thu hồi), whoever applies it — the stop of a benefit, the
 * payroll's finish step, a bank result or an officer reporting a line paid anyway: <b>a line of an
 * approved payroll whose money reached the payee ({@link PaymentStatus#reachedPayee}) for a month after
 * the benefit's last month, or whose stop had been requested, is owed back</b>. One item per line
 * (unique {@code line_id}, {@code INSERT IGNORE}): applying the rule again never raises a second.
 *
 * <p><b>In which status an item is raised depends on why the money is owed back</b>
 * ({@link Source#initialStatus}, the one home of that choice; DOMAIN.md, "The law changes late and
 * backwards", and issue 10 item 1):
 * <ul>
 * <li>a <em>fact</em> about the person or the payment — a death, a move, a loss of eligibility or a
 *     suspension recorded by a signed decision, or a bank or paying office that paid a line whose stop
 *     had been requested — raises an item {@link RecoveryStatus#OPEN OPEN}, to be collected: the months
 *     paid after it were never owed;</li>
 * <li>a <em>law change</em> — a back-dated decrease of a rate, rates that no longer price a group
 *     ({@link Source#DIFFERENCE}), or a list decision that moves a group to another scheme from a month
 *     already paid ({@link Source#LAW_CHANGE}) — never claws money back by itself: the item is raised
 *     {@link RecoveryStatus#PROPOSED PROPOSED}, and the approver confirms it or waives it with a reason.</li>
 * </ul>
 */
public final class Recovery {

    /** Who applied the rule, kept on the item ({@code raised_by}), and the status its items start in. */
    public enum Source {
        /** A benefit stopped by a fact recorded for the person: death, move, loss of eligibility, suspension. */
        STOP(RecoveryStatus.OPEN),
        /** The payroll's finish step catching up a benefit ended by other means (e.g. data loaded in bulk). */
        PAYROLL(RecoveryStatus.OPEN),
        /** The bank or the paying office paid a line whose stop had been requested. */
        PAID_ANYWAY(RecoveryStatus.OPEN),
        /** A back-dated decrease of a rate, or rates that no longer price the group (the difference arrears). */
        DIFFERENCE(RecoveryStatus.PROPOSED),
        /** A law change ended the benefit: a list decision moved the group to another scheme from a month already paid. */
        LAW_CHANGE(RecoveryStatus.PROPOSED);

        private final RecoveryStatus initialStatus;

        Source(RecoveryStatus initialStatus) {
            this.initialStatus = initialStatus;
        }

        /** The status an item raised from this source starts in: OPEN for a fact, PROPOSED (in review) for a law change. */
        public RecoveryStatus initialStatus() {
            return initialStatus;
        }

        /** The source as a SQL string literal. */
        public String sqlLiteral() {
            return "'" + name() + "'";
        }

        /** The source of the items raised when a benefit stops for this reason: a law change's, or a fact's ({@code fact}). */
        public static Source of(HoldReason reason, Source fact) {
            return reason.lawChange() ? LAW_CHANGE : fact;
        }

        /**
         * {@link #of} as SQL over a column holding a stop reason (a {@link HoldReason} or an end reason of
         * the same name); a NULL reason is the fact's.
         */
        public static String ofSql(String reasonColumn, Source fact) {
            return "CASE WHEN " + reasonColumn + " IN (" + HoldReason.sqlSet(HoldReason::lawChange) + ") THEN "
                    + LAW_CHANGE.sqlLiteral() + " ELSE " + fact.sqlLiteral() + " END";
        }

        /** {@link #initialStatus} as SQL over an expression holding a source's name. */
        public static String initialStatusSql(String source) {
            return Arrays.stream(values())
                    .map(s -> " WHEN " + s.sqlLiteral() + " THEN "
                            + s.initialStatus().sqlLiteral())
                    .collect(Collectors.joining("", "CASE " + source, " END"));
        }
    }

    private static final Pattern CONDITION = Pattern.compile("[a-z_.]+ = \\?( AND [a-z_.]+ = \\?)*");

    private Recovery() {}

    /**
     * Raises the items of the lines that satisfy {@code condition} too (over {@code l} = payroll_line,
     * {@code c} = benefit_case, e.g. {@code l.case_id = ?}), in the source's initial status; returns how
     * many were raised.
     */
    public static int raise(EntityManager em, Source source, String condition, Object... parameters) {
        if (!condition.isEmpty() && !CONDITION.matcher(condition).matches()) {
            throw new IllegalArgumentException("not a simple condition: " + condition);
        }
        Query query = em.createNativeQuery(sql(source.sqlLiteral(), condition.isEmpty() ? "" : " AND " + condition));
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.executeUpdate();
    }

    /**
     * The statement; {@code source} is a SQL expression of the {@link Source}'s name (a literal, or a
     * {@link Source#ofSql} over the case), the status follows from it; {@code andCondition} is "" or starts
     * with " AND ". Parameters: the condition's.
     */
    public static String sql(String source, String andCondition) {
        return "INSERT IGNORE INTO recovery_item (case_id, person_id, line_id, for_month, amount, commune_code, province_code,"
                + " status, raised_at, raised_by)"
                + " SELECT l.case_id, l.person_id, l.id, l.for_month, l.amount, c.commune_code, c.province_code, "
                + Source.initialStatusSql(source) + ", UTC_TIMESTAMP(6), " + source
                + " FROM payroll_line l JOIN benefit_case c ON c.id = l.case_id JOIN payroll_run r ON r.id = l.run_id"
                + " WHERE r.status = " + SqlEnums.literal(PayrollStatus.APPROVED) + " AND l.payment_status IN ("
                + PaymentStatus.sqlSet(PaymentStatus::reachedPayee) + ")"
                + " AND ((c.entitled_until IS NOT NULL AND l.for_month > c.entitled_until) OR l.stop_requested_at IS NOT NULL)"
                + andCondition;
    }
}
