package vn.ansinh.account.domain;

/** Where a step of an account was learnt from. */
public enum AccountEventSource {
    /** Recorded by an officer on the person's account page. */
    MANUAL,
    /** From a bank or VNeID file imported by an officer. */
    IMPORT,
    /** From a payroll's bank result (a payment made or failed). */
    PAYMENT;

    public String labelKey() {
        return "account.source." + name();
    }
}
