package vn.ansinh.payment.channel.application;

import vn.ansinh.payment.domain.PaymentChannel;
import vn.ansinh.payment.domain.PaymentStatus;
import vn.ansinh.payment.domain.PayrollLine;

/** What a bank result row is checked against: the line's run, channel, bank, account, amount and status. */
public record LineState(
        long id,
        long runId,
        PaymentChannel channel,
        String bankCode,
        String accountNo,
        long amount,
        PaymentStatus status) {

    public static LineState of(PayrollLine line) {
        return new LineState(
                line.id(),
                line.runId(),
                line.channel(),
                line.bankCode(),
                line.accountNo(),
                line.amount(),
                line.paymentStatus());
    }
}
