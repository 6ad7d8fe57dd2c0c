package vn.ansinh.payment.channel.application;

import java.io.Serializable;
import vn.ansinh.payment.domain.PaymentChannel;
import vn.ansinh.payment.domain.PaymentStatus;

/** The lines of a run with one channel, bank (null for cash) and payment status: how many, how much. */
public record ChannelTotal(PaymentChannel channel, String bankCode, PaymentStatus status, long lines, long amount)
        implements Serializable {}
