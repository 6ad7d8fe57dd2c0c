package vn.ansinh.payment.channel.application;

import vn.ansinh.payment.channel.domain.ResultOutcome;
import vn.ansinh.payment.domain.PaymentChannel;
import vn.ansinh.payment.domain.PaymentStatus;
import vn.ansinh.shared.text.VietnameseFormat;
import vn.ansinh.shared.upload.UploadMessage;

/**
 * The rule that decides what a result row does to its line; the parser applies it to report, the
 * import command applies it again to the locked lines before changing anything (a one-off list's import of a
 * bank's result applies it to its entries, {@code gift.application.GiftResults}).
 */
public final class ResultCheck {

    private ResultCheck() {}

    /**
     * What the bank's {@code reported} result (PAID or FAILED) for {@code amount} to {@code accountNo}
     * (null when the file has no account column) does to {@code line} (null when there is no such
     * line) in the import of {@code runId}'s results from {@code bankCode}: PAID or FAILED when the line
     * was exported and everything matches, ALREADY_RECORDED when it already carries that result,
     * otherwise a problem.
     */
    public static Verdict check(
            LineState line,
            long lineId,
            long runId,
            String bankCode,
            ResultOutcome reported,
            long amount,
            String accountNo) {
        if (line == null) {
            return Verdict.of(ResultRow.rejection("channels.result.row.unknownLine", lineId));
        }
        if (line.runId() != runId) {
            return Verdict.of(ResultRow.rejection("channels.result.row.otherRun", lineId, line.runId()));
        }
        if (line.channel() != PaymentChannel.BANK_TRANSFER || !bankCode.equals(line.bankCode())) {
            return Verdict.of(ResultRow.rejection(
                    "channels.result.row.otherBank", lineId, line.bankCode() == null ? "-" : line.bankCode()));
        }
        if (line.amount() != amount) {
            return Verdict.of(ResultRow.rejection(
                    "channels.result.row.amount",
                    VietnameseFormat.money(amount),
                    VietnameseFormat.money(line.amount())));
        }
        if (accountNo != null && !accountNo.isBlank() && !accountNo.strip().equals(line.accountNo())) {
            return Verdict.of(ResultRow.rejection(
                    "channels.result.row.account",
                    accountNo.strip(),
                    line.accountNo() == null ? "-" : line.accountNo()));
        }
        return switch (line.status()) {
            // a line whose stop was requested: paid anyway (recovered) or stopped (held)
            case EXPORTED, STOP_REQUESTED -> new Verdict(reported, null);
            case HELD ->
                reported == ResultOutcome.FAILED
                        ? new Verdict(ResultOutcome.ALREADY_RECORDED, null)
                        : Verdict.of(ResultRow.rejection("channels.result.row.held", lineId));
            case PENDING -> Verdict.of(ResultRow.rejection("channels.result.row.notExported", lineId));
            case PAID, FAILED ->
                recorded(line.status()) == reported
                        ? new Verdict(ResultOutcome.ALREADY_RECORDED, null)
                        : Verdict.of(ResultRow.rejection(
                                "channels.result.row.conflict." + line.status().name(), lineId));
        };
    }

    private static ResultOutcome recorded(PaymentStatus status) {
        return status == PaymentStatus.PAID ? ResultOutcome.PAID : ResultOutcome.FAILED;
    }

    /** The outcome, with the problem when it is REJECTED. */
    public record Verdict(ResultOutcome outcome, UploadMessage<BankColumn> problem) {

        static Verdict of(UploadMessage<BankColumn> problem) {
            return new Verdict(ResultOutcome.REJECTED, problem);
        }
    }
}
