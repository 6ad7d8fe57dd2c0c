package vn.ansinh.payment.channel.application;

import java.io.Serializable;
import vn.ansinh.payment.channel.domain.ResultOutcome;

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
        ResultProblem problem)
        implements Serializable {

    static ResultRow rejected(int fileRow, Long lineId, long amount, ResultProblem problem) {
        return new ResultRow(fileRow, lineId, amount, null, ResultOutcome.REJECTED, null, problem);
    }

    public boolean isRejected() {
        return outcome == ResultOutcome.REJECTED;
    }
}
