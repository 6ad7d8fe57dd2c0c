package vn.ansinh.payment.channel.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.regex.Pattern;
import vn.ansinh.account.application.PaidViaAccount;
import vn.ansinh.payment.domain.PaymentChannel;
import vn.ansinh.payment.domain.PaymentStatus;
import vn.ansinh.shared.persistence.SqlEnums;

/**
 * A line was paid via the person's account when it went by bank transfer and its money reached the payee
 * ({@link PaymentStatus#reachedPayee}): Java ({@link #paid}) and the SQL the Project 06 count embeds
 * ({@link #lineCondition}) are both written from here.
 */
@ApplicationScoped
public class PaidViaAccountLines implements PaidViaAccount {

    private static final Pattern ALIAS = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** Whether a line of the channel in the status was paid via the account. */
    public static boolean paid(PaymentChannel channel, PaymentStatus status) {
        return channel == PaymentChannel.BANK_TRANSFER && status.reachedPayee();
    }

    @Override
    public String lineCondition(String alias) {
        if (alias == null || !ALIAS.matcher(alias).matches()) {
            throw new IllegalArgumentException("not a table alias: " + alias);
        }
        return alias + ".channel = " + SqlEnums.literal(PaymentChannel.BANK_TRANSFER) + " AND " + alias
                + ".payment_status IN (" + PaymentStatus.sqlSet(PaymentStatus::reachedPayee) + ")";
    }
}
