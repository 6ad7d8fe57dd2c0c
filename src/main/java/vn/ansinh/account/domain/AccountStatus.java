package vn.ansinh.account.domain;

import java.util.function.Predicate;
import vn.ansinh.shared.command.Label;
import vn.ansinh.shared.persistence.SqlEnums;

/**
 * Where a person's social-security account (tài khoản hưởng an sinh xã hội) stands. The allowed
 * steps are this enum's rule ({@link #allows}); the methods named for the steps return the status
 * after the step or refuse an illegal one with a message naming the step and the status.
 *
 * <pre>
 * NONE ──open──▶ HAS_ACCOUNT ──register──▶ REGISTERED ──verify──▶ VERIFIED ──pay──▶ PAID_VIA_ACCOUNT (pay again)
 *   ▲ open                    close (any status holding an account, and FAILED) ──▶ CLOSED
 *   │                         fail (REGISTERED, VERIFIED, PAID_VIA_ACCOUNT)     ──▶ FAILED
 * CLOSED, FAILED, CASH_FALLBACK ──open (a new or corrected account)──▶ HAS_ACCOUNT
 * CLOSED, FAILED ──fall back to cash──▶ CASH_FALLBACK
 * </pre>
 */
public enum AccountStatus {
    /** No account known (chưa có tài khoản): paid in cash. */
    NONE,
    /** Has an account at a bank (có tài khoản). */
    HAS_ACCOUNT,
    /** The account is registered to receive payments (đã đăng ký nhận, VNeID). */
    REGISTERED,
    /** The registration was matched against the population database (đã xác thực). */
    VERIFIED,
    /** Payments have reached the account (đã chi trả qua tài khoản). */
    PAID_VIA_ACCOUNT,
    /** The account was closed (đã đóng tài khoản). */
    CLOSED,
    /** A payment into the account failed (chi trả lỗi). */
    FAILED,
    /** Paid in cash again after a closed or failed account (chuyển về tiền mặt). */
    CASH_FALLBACK;

    /** The one table of allowed steps. */
    public boolean allows(AccountStep step) {
        return switch (step) {
            case OPEN -> this == NONE || this == CLOSED || this == FAILED || this == CASH_FALLBACK;
            case REGISTER -> this == HAS_ACCOUNT;
            case VERIFY -> this == REGISTERED;
            case PAY -> this == VERIFIED || this == PAID_VIA_ACCOUNT;
            case CLOSE -> holdsAccount() || this == FAILED;
            case FAIL -> this == REGISTERED || this == VERIFIED || this == PAID_VIA_ACCOUNT;
            case FALL_BACK_TO_CASH -> this == CLOSED || this == FAILED;
        };
    }

    /** The status after the step, or {@link AccountException} ({@code account.error.transition}) when not allowed. */
    public AccountStatus after(AccountStep step) {
        if (!allows(step)) {
            throw new AccountException("account.error.transition", new Label(step.labelKey()), new Label(labelKey()));
        }
        return step.target();
    }

    public AccountStatus open() {
        return after(AccountStep.OPEN);
    }

    public AccountStatus register() {
        return after(AccountStep.REGISTER);
    }

    public AccountStatus verify() {
        return after(AccountStep.VERIFY);
    }

    public AccountStatus pay() {
        return after(AccountStep.PAY);
    }

    public AccountStatus close() {
        return after(AccountStep.CLOSE);
    }

    public AccountStatus fail() {
        return after(AccountStep.FAIL);
    }

    public AccountStatus fallBackToCash() {
        return after(AccountStep.FALL_BACK_TO_CASH);
    }

    /**
     * The step moves an account in this status to another status ({@link #allows} it, and the status after it
     * differs): the statuses a statement applying the step in bulk may change, e.g. a bank's result (PAY moves
     * only VERIFIED: a PAID_VIA_ACCOUNT account paid again stays as it is).
     */
    public boolean movedBy(AccountStep step) {
        return allows(step) && step.target() != this;
    }

    /** An open account exists (Project 06 "có tài khoản"): HAS_ACCOUNT, REGISTERED, VERIFIED, PAID_VIA_ACCOUNT. */
    public boolean holdsAccount() {
        return this == HAS_ACCOUNT || isRegistered();
    }

    /** Registered to receive payments (Project 06 "đăng ký nhận"): REGISTERED, VERIFIED, PAID_VIA_ACCOUNT. */
    public boolean isRegistered() {
        return this == REGISTERED || this == VERIFIED || this == PAID_VIA_ACCOUNT;
    }

    /** A payroll may pay into the account (with a bank and a number): VERIFIED or PAID_VIA_ACCOUNT. */
    public boolean acceptsTransfers() {
        return this == VERIFIED || this == PAID_VIA_ACCOUNT;
    }

    /**
     * The account always means cash (the cash-fallback rule): closed, failed, or fallen back to cash; only a
     * new or corrected account (OPEN) leads back to transfers.
     */
    public boolean forcesCash() {
        return this == CLOSED || this == FAILED || this == CASH_FALLBACK;
    }

    /** The SQL list of the statuses that satisfy the rule, e.g. {@code 'VERIFIED', 'PAID_VIA_ACCOUNT'} (never empty). */
    public static String sqlSet(Predicate<AccountStatus> rule) {
        return SqlEnums.list(AccountStatus.class, rule);
    }

    public String labelKey() {
        return "account.status." + name();
    }
}
