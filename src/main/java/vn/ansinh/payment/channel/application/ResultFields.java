package vn.ansinh.payment.channel.application;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import vn.ansinh.payment.channel.domain.ResultOutcome;
import vn.ansinh.registry.domain.VietnameseNames;
import vn.ansinh.shared.upload.CsvReader;
import vn.ansinh.shared.upload.UploadMessage;

/**
 * The values of one data row of a result file, each read on its own: the line id, the amount, the
 * account, the result and the reason; or the first thing wrong with them.
 */
record ResultFields(
        int fileRow,
        Long lineId,
        long amount,
        String accountNo,
        ResultOutcome reported,
        String reason,
        UploadMessage<BankColumn> problem) {

    static final String PAID_VALUE = "THANH_CONG";
    static final String FAILED_VALUE = "THAT_BAI";

    private static final Pattern LINE_ID = Pattern.compile("\\d{1,18}");
    private static final Pattern PLAIN = Pattern.compile("\\d{1,15}");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:([.,\\s])\\d{3})(?:\\1\\d{3}){0,4}");
    private static final Pattern CENTS = Pattern.compile("(\\d{1,15})[.,]00");

    static ResultFields read(CsvReader.Record record, Map<BankColumn, Integer> columns) {
        int row = record.number();
        String id = value(record, columns, BankColumn.LINE_ID);
        if (!LINE_ID.matcher(id).matches()) {
            return rejected(row, null, 0, ResultRow.rejection("channels.result.row.lineId", id));
        }
        Long lineId = Long.valueOf(id);
        String amountText = value(record, columns, BankColumn.AMOUNT);
        Long amount = amount(amountText);
        if (amount == null) {
            return rejected(row, lineId, 0, ResultRow.rejection("channels.result.row.amountFormat", amountText));
        }
        String resultText = value(record, columns, BankColumn.RESULT);
        ResultOutcome reported = result(resultText);
        if (reported == null) {
            return rejected(
                    row,
                    lineId,
                    amount,
                    ResultRow.rejection("channels.result.row.result", resultText, PAID_VALUE, FAILED_VALUE));
        }
        String reason = value(record, columns, BankColumn.REASON);
        if (reported == ResultOutcome.FAILED && reason.isEmpty()) {
            return rejected(row, lineId, amount, ResultRow.rejection("channels.result.row.reason"));
        }
        String account =
                columns.containsKey(BankColumn.ACCOUNT_NO) ? value(record, columns, BankColumn.ACCOUNT_NO) : null;
        return new ResultFields(row, lineId, amount, account, reported, reason.isEmpty() ? null : reason, null);
    }

    private static ResultFields rejected(int row, Long lineId, long amount, UploadMessage<BankColumn> problem) {
        return new ResultFields(row, lineId, amount, null, null, null, problem.atRow(row));
    }

    /** Whole đồng: {@code 750000}, {@code 750.000}, {@code 750,000}, {@code 750 000} or {@code 750000.00}. */
    static Long amount(String text) {
        String value = text.strip();
        if (PLAIN.matcher(value).matches()) {
            return Long.valueOf(value);
        }
        if (GROUPED.matcher(value).matches()) {
            return Long.valueOf(value.replaceAll("[.,\\s]", ""));
        }
        var cents = CENTS.matcher(value);
        return cents.matches() ? Long.valueOf(cents.group(1)) : null;
    }

    /** THANH_CONG or THAT_BAI, also written "Thành công" / "thất bại"; null for anything else. */
    static ResultOutcome result(String text) {
        String value = VietnameseNames.fold(text).replace(' ', '_').toUpperCase(Locale.ROOT);
        return switch (value) {
            case PAID_VALUE -> ResultOutcome.PAID;
            case FAILED_VALUE -> ResultOutcome.FAILED;
            default -> null;
        };
    }

    private static String value(CsvReader.Record record, Map<BankColumn, Integer> columns, BankColumn column) {
        Integer index = columns.get(column);
        return index == null || index >= record.fields().size()
                ? ""
                : record.fields().get(index).strip();
    }
}
