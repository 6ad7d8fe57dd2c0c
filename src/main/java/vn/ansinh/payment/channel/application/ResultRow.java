package vn.ansinh.payment.channel.application;

import java.io.Serializable;
import java.util.Arrays;
import vn.ansinh.payment.channel.domain.ResultOutcome;
import vn.ansinh.shared.upload.UploadMessage;

/**
 * One data row of a bank's result file as checked: its row number in the file, the line it names
 * (null when ma_dong could not be read), the amount and account it states, what importing it does,
 * the bank's reason for a failure, and for a rejected row why.
 */
public record ResultRow(
        int fileRow,
        Long lineId,
        long amount,
        String accountNo,
        ResultOutcome outcome,
        String reason,
        UploadMessage<BankColumn> problem)
        implements Serializable {

    static ResultRow rejected(int fileRow, Long lineId, long amount, UploadMessage<BankColumn> problem) {
        return new ResultRow(fileRow, lineId, amount, null, ResultOutcome.REJECTED, null, problem.atRow(fileRow));
    }

    /**
     * Why a result file or one of its rows cannot be applied (of the whole file until {@link
     * UploadMessage#atRow} places it), its arguments as text.
     */
    static UploadMessage<BankColumn> rejection(String messageKey, Object... arguments) {
        return UploadMessage.fileError(
                messageKey, Arrays.stream(arguments).map(String::valueOf).toArray());
    }

    public boolean isRejected() {
        return outcome == ResultOutcome.REJECTED;
    }
}
