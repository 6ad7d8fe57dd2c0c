package vn.ansinh.payment.domain;

/** Where the payment of one line stands. */
public enum PaymentStatus {
    PENDING, EXPORTED, PAID, FAILED;

    public String labelKey() {
        return "payment.status." + name();
    }
}
