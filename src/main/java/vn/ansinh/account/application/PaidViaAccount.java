package vn.ansinh.account.application;

/**
 * Project 06's "paid via an account": which payroll lines are a payment that reached the person's account.
 * The rule belongs to the payments (their channels and statuses), and the payments depend on the accounts
 * (a line is paid by transfer only into a verified account), not the other way round: so the account domain
 * states what it needs here and the payment domain provides it ({@code PaidViaAccountLines}).
 */
public interface PaidViaAccount {

    /**
     * The SQL condition on the {@code payroll_line} of the alias, true for a line paid by transfer whose money
     * reached the payee, e.g. {@code l.channel = 'BANK_TRANSFER' AND l.payment_status IN ('PAID')}.
     */
    String lineCondition(String alias);
}
