package vn.ansinh.payment.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import vn.ansinh.shared.command.Label;
import vn.ansinh.shared.kernel.BusinessRuleException;

/**
 * Where the payment of one line stands. The allowed steps are this enum's rule ({@link #allows}); the
 * SQL that moves lines in bulk is generated from it ({@link #sqlSet}, {@link #onStopSql}), never retyped.
 *
 * <pre>
 * PENDING ──export──▶ EXPORTED ──pay──▶ PAID          (cash: PENDING ──pay──▶ PAID, recorded by the officer)
 *    │                   └──fail──▶ FAILED
 *    │ hold (benefit stopped, line not out yet)          ┌──pay (paid anyway) ──▶ PAID ⇒ recovery item
 *    ▼                                                   │
 *  HELD ◀──confirm stop── STOP_REQUESTED ◀──request stop── EXPORTED, or PENDING on a printed cash list
 *    │                        ├──release (stop lifted, on a printed cash list)──▶ PENDING
 *    │                        └──withdraw stop (stop lifted, in a bank file)────▶ EXPORTED
 *    └──release (stop lifted)──▶ PENDING
 * </pre>
 *
 * A stop is lifted when the proposal to end or pause the benefit is rejected, or a reinstatement pays the
 * month ({@link #onRelease}).
 */
public enum PaymentStatus {
    /** Computed, not gone out for payment yet (chờ chi trả). */
    PENDING,
    /** In a bank transfer file sent to the bank (đã gửi ngân hàng). */
    EXPORTED,
    /** Paid (đã chi trả). */
    PAID,
    /** The bank could not pay it (chi trả lỗi). */
    FAILED,
    /** Held: the benefit stopped before the month (tạm giữ, không chi). */
    HELD,
    /** Out for payment when the benefit stopped: a stop-payment notice asks the bank or office not to pay (đề nghị dừng chi). */
    STOP_REQUESTED;

    /** The one table of allowed steps. */
    public boolean allows(PaymentStep step) {
        return switch (step) {
            case EXPORT -> this == PENDING || this == EXPORTED;
            case PAY -> this == PENDING || this == EXPORTED || this == STOP_REQUESTED;
            case FAIL -> this == EXPORTED;
            case HOLD -> this == PENDING;
            case REQUEST_STOP -> this == EXPORTED || this == PENDING;
            case CONFIRM_STOP -> this == STOP_REQUESTED;
            case RELEASE -> this == HELD || this == STOP_REQUESTED;
            case WITHDRAW_STOP -> this == STOP_REQUESTED;
        };
    }

    /** The status after the step, or {@link BusinessRuleException} ({@code payment.error.transition}) when not allowed. */
    public PaymentStatus after(PaymentStep step) {
        if (!allows(step)) {
            throw new BusinessRuleException(
                    "payment.error.transition", new Label(step.labelKey()), new Label(labelKey()));
        }
        return step.target();
    }

    /**
     * What a stop of the benefit does to a line for a month after its last: a line not yet out for
     * payment is held; one out for payment (exported, or {@code listed} on a printed cash list) gets a
     * stop request; a line paid, failed, held or already stopped stays as it is.
     */
    public PaymentStatus onStop(boolean listed) {
        if (allows(PaymentStep.HOLD) && !listed) {
            return after(PaymentStep.HOLD);
        }
        return allows(PaymentStep.REQUEST_STOP) ? after(PaymentStep.REQUEST_STOP) : this;
    }

    /**
     * What lifting the benefit's stop does to a line the stop held or stopped (the proposal was rejected,
     * or a reinstatement pays the month): a held line is pending again; a line whose stop was requested
     * goes back to where it stood, pending on its printed cash list ({@code listed}) or exported in its
     * bank file, so that it leaves the stop-payment notice; any other line stays as it is.
     */
    public PaymentStatus onRelease(boolean listed) {
        if (allows(PaymentStep.WITHDRAW_STOP) && !listed) {
            return after(PaymentStep.WITHDRAW_STOP);
        }
        return allows(PaymentStep.RELEASE) ? after(PaymentStep.RELEASE) : this;
    }

    /** Money went out for this line: a payment for a month not owed must be recovered. */
    public boolean reachedPayee() {
        return this == PAID;
    }

    /** The line may appear on a cash list or in a bank file produced now (not held, no stop requested). */
    public boolean payable() {
        return this != HELD && this != STOP_REQUESTED;
    }

    /** The statuses a bank file carries: pending, or exported before and asked for again. */
    public static Set<PaymentStatus> exportable() {
        return where(s -> s.allows(PaymentStep.EXPORT));
    }

    public static Set<PaymentStatus> where(Predicate<PaymentStatus> rule) {
        return Arrays.stream(values())
                .filter(rule)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(PaymentStatus.class)));
    }

    /** The SQL list of the statuses that satisfy the rule, e.g. {@code 'PENDING', 'EXPORTED'} (never empty). */
    public static String sqlSet(Predicate<PaymentStatus> rule) {
        Set<PaymentStatus> set = where(rule);
        if (set.isEmpty()) {
            throw new IllegalArgumentException("no status satisfies the rule");
        }
        return set.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));
    }

    /**
     * {@link #onStop} as a SQL expression over a status column and a "listed on a printed cash list"
     * condition, e.g. {@code onStopSql("l.payment_status", "l.cash_listed_at IS NOT NULL")}.
     */
    public static String onStopSql(String status, String listed) {
        return caseSql(status, listed, PaymentStatus::onStop);
    }

    /** {@link #onRelease} as a SQL expression, in the same form as {@link #onStopSql}. */
    public static String onReleaseSql(String status, String listed) {
        return caseSql(status, listed, PaymentStatus::onRelease);
    }

    /** The statuses lifting a stop changes (for a WHERE clause). */
    public static String sqlChangedByRelease() {
        return sqlSet(s -> s.onRelease(false) != s || s.onRelease(true) != s);
    }

    private static String caseSql(
            String status, String listed, java.util.function.BiFunction<PaymentStatus, Boolean, PaymentStatus> rule) {
        StringBuilder sql = new StringBuilder("CASE");
        for (PaymentStatus s : values()) {
            PaymentStatus unlisted = rule.apply(s, false);
            PaymentStatus onList = rule.apply(s, true);
            if (unlisted == onList) {
                sql.append(" WHEN ")
                        .append(status)
                        .append(" = '")
                        .append(s)
                        .append("' THEN '")
                        .append(unlisted)
                        .append('\'');
            } else {
                sql.append(" WHEN ")
                        .append(status)
                        .append(" = '")
                        .append(s)
                        .append("' THEN CASE WHEN ")
                        .append(listed)
                        .append(" THEN '")
                        .append(onList)
                        .append("' ELSE '")
                        .append(unlisted)
                        .append("' END");
            }
        }
        return sql.append(" END").toString();
    }

    /** The statuses a stop changes (for a WHERE clause, so that untouched lines are not written). */
    public static String sqlChangedByStop() {
        return sqlSet(s -> s.onStop(false) != s || s.onStop(true) != s);
    }

    public String labelKey() {
        return "payment.status." + name();
    }
}
