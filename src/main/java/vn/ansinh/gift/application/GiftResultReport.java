package vn.ansinh.gift.application;

import java.io.Serializable;
import java.util.List;
import vn.ansinh.payment.channel.application.BankColumn;
import vn.ansinh.payment.channel.application.ResultRow;
import vn.ansinh.payment.channel.domain.ResultOutcome;
import vn.ansinh.shared.upload.UploadMessage;

/**
 * What a bank's result file for a commune part of a one-off list holds ({@link GiftResults#check}): the problems of
 * the file as a whole, and each row with its outcome. Applied all or nothing: a file with any problem or any rejected
 * row is not applied at all ({@link #canApply}). Serializable, so that the page keeps it until the confirmation.
 */
public record GiftResultReport(
        Long listId,
        String commune,
        String bankCode,
        String fileName,
        List<UploadMessage<BankColumn>> fileProblems,
        List<ResultRow> rows)
        implements Serializable {

    public GiftResultReport {
        fileProblems = List.copyOf(fileProblems);
        rows = List.copyOf(rows);
    }

    public int count(ResultOutcome outcome) {
        return (int) rows.stream().filter(r -> r.outcome() == outcome).count();
    }

    /** The problems that keep the whole file out: of the file, and of every rejected row. */
    public int problems() {
        return fileProblems.size() + count(ResultOutcome.REJECTED);
    }

    /** The rows an import changes: PAID and FAILED, in file order. */
    public List<ResultRow> toApply() {
        return rows.stream().filter(r -> r.outcome().applies()).toList();
    }

    /** The amount the bank paid, by the rows to apply. */
    public long paidAmount() {
        return rows.stream()
                .filter(r -> r.outcome() == ResultOutcome.PAID)
                .mapToLong(ResultRow::amount)
                .sum();
    }

    /** Nothing wrong in the file and something to record. */
    public boolean canApply() {
        return problems() == 0 && !toApply().isEmpty();
    }
}
