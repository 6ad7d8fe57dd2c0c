package vn.ansinh.payment.channel.application;

import java.time.YearMonth;
import java.util.regex.Pattern;
import vn.ansinh.account.domain.AccountStatus;

/**
 * The one home of "paid by transfer or in cash" for every statement that writes payments (the payroll's lines,
 * the one-off lists' entries): <b>by transfer only into an account that accepts transfers
 * ({@link AccountStatus#acceptsTransfers}: verified) with its bank and number, whose latest transfer did not fail
 * ({@link CashFallback}); otherwise in cash</b>. {@code IS NOT NULL} first, so that the many beneficiaries with no
 * account never evaluate the fallback's subqueries.
 */
public final class TransferChannel {

    private static final Pattern ALIAS = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private TransferChannel() {}

    /** The condition on the {@code ss_account} row of alias {@code account} (LEFT JOINed), for the month. */
    public static String byTransfer(String account, YearMonth month) {
        if (account == null || !ALIAS.matcher(account).matches()) {
            throw new IllegalArgumentException("not a table alias: " + account);
        }
        String a = account;
        return a + ".status IS NOT NULL AND " + a + ".status IN ("
                + AccountStatus.sqlSet(AccountStatus::acceptsTransfers) + ") AND " + a + ".bank_code IS NOT NULL"
                + " AND " + a + ".account_no IS NOT NULL AND NOT "
                + CashFallback.condition(a + ".person_id", CashFallback.month(month));
    }
}
