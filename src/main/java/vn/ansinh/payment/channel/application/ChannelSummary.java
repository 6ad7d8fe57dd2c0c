package vn.ansinh.payment.channel.application;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.ansinh.payment.domain.PaymentChannel;
import vn.ansinh.payment.domain.PaymentStatus;

/** A run's lines and amounts per channel, and per bank with how far each bank's transfers have got. */
public final class ChannelSummary implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Lines and amount of one channel or bank, with the lines per payment status. */
    public record Total(String key, long lines, long amount, Map<PaymentStatus, Long> byStatus)
            implements Serializable {

        public long linesIn(PaymentStatus status) {
            return byStatus.getOrDefault(status, 0L);
        }

        /** Whether a bank file would carry some of these lines ({@link PaymentStatus#exportable()}). */
        public boolean hasExportable() {
            return PaymentStatus.exportable().stream().mapToLong(this::linesIn).sum() > 0;
        }
    }

    private final List<Total> channels;
    private final List<Total> banks;

    public ChannelSummary(List<ChannelTotal> totals) {
        Map<String, List<ChannelTotal>> byChannel = new TreeMap<>();
        Map<String, List<ChannelTotal>> byBank = new TreeMap<>();
        for (ChannelTotal total : totals) {
            byChannel
                    .computeIfAbsent(total.channel().name(), k -> new ArrayList<>())
                    .add(total);
            if (total.channel() == PaymentChannel.BANK_TRANSFER) {
                byBank.computeIfAbsent(total.bankCode() == null ? "-" : total.bankCode(), k -> new ArrayList<>())
                        .add(total);
            }
        }
        channels = byChannel.entrySet().stream()
                .map(e -> total(e.getKey(), e.getValue()))
                .toList();
        banks = byBank.entrySet().stream()
                .map(e -> total(e.getKey(), e.getValue()))
                .toList();
    }

    /** One row per channel present (CASH, BANK_TRANSFER). */
    public List<Total> channels() {
        return channels;
    }

    /** One row per bank code of the run's transfers. */
    public List<Total> banks() {
        return banks;
    }

    public Total channel(PaymentChannel channel) {
        return channels.stream()
                .filter(t -> t.key().equals(channel.name()))
                .findFirst()
                .orElse(new Total(channel.name(), 0, 0, Map.of()));
    }

    private static Total total(String key, List<ChannelTotal> totals) {
        Map<PaymentStatus, Long> byStatus = new EnumMap<>(PaymentStatus.class);
        long lines = 0;
        long amount = 0;
        for (ChannelTotal total : totals) {
            byStatus.merge(total.status(), total.lines(), Long::sum);
            lines += total.lines();
            amount += total.amount();
        }
        return new Total(key, lines, amount, byStatus);
    }
}
