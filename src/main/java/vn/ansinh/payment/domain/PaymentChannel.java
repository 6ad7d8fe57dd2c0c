package vn.ansinh.payment.domain;

/** How a line is paid. */
public enum PaymentChannel {
    /** Tiền mặt: at the commune or the post office, against a signature. */
    CASH,
    /** Chuyển khoản into the beneficiary's social-security account. */
    BANK_TRANSFER;

    public String labelKey() {
        return "payment.channel." + name();
    }
}
