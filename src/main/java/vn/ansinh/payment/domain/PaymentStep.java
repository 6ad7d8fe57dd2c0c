package vn.ansinh.payment.domain;

/**
 * Something that happens to the payment of one payroll line, moving it to {@link #target()}. Which
 * status allows which step is {@link PaymentStatus#allows}'s rule.
 */
public enum PaymentStep {
    /** The line went into a bank transfer file (xuất file chuyển khoản). */
    EXPORT(PaymentStatus.EXPORTED),
    /** The money reached the beneficiary: the bank's result, or the officer's record of a cash payment. */
    PAY(PaymentStatus.PAID),
    /** The bank reported the transfer failed. */
    FAIL(PaymentStatus.FAILED),
    /** The benefit stopped before the line went out for payment: it is kept off every list and file (tạm giữ). */
    HOLD(PaymentStatus.HELD),
    /** The benefit stopped after the line went out (exported, or on a printed cash list): stop it (đề nghị dừng chi). */
    REQUEST_STOP(PaymentStatus.STOP_REQUESTED),
    /** The bank or paying office confirmed the payment was not made: the line is held. */
    CONFIRM_STOP(PaymentStatus.HELD),
    /**
     * The benefit's stop was lifted (a proposal to end or pause it rejected, a reinstatement paying the
     * month): a held line, or one on a printed cash list whose stop was requested, may be paid again.
     */
    RELEASE(PaymentStatus.PENDING),
    /**
     * The benefit's stop was lifted while the line, in a bank file, had a stop request the bank has not
     * answered: the request is withdrawn (the line leaves the stop-payment notice) and the bank may pay it.
     */
    WITHDRAW_STOP(PaymentStatus.EXPORTED);

    private final PaymentStatus target;

    PaymentStep(PaymentStatus target) {
        this.target = target;
    }

    public PaymentStatus target() {
        return target;
    }

    public String labelKey() {
        return "payment.step." + name();
    }
}
