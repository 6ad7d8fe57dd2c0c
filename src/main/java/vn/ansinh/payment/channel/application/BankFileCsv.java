package vn.ansinh.payment.channel.application;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The bank transfer file as CSV: UTF-8 with a byte order mark, {@code ;} between fields, CRLF, one
 * header line {@code STT;ma_dong;so_tai_khoan;ten_nguoi_huong;so_dinh_danh;so_tien;noi_dung}, then one
 * line per transfer. Amounts are whole đồng without separators; names keep their diacritics; the
 * description (noi_dung) has none. Other transfers than a payroll's (a one-off list's) are written in the same
 * format with {@link #write(List)}.
 */
public final class BankFileCsv {

    public static final String CONTENT_TYPE = "text/csv; charset=UTF-8";

    private BankFileCsv() {}

    /**
     * One transfer of a file: the reference the bank returns in its result file (ma_dong: a payroll line's id, a
     * one-off list entry's id), the account, the payee, the amount in whole đồng and the description.
     */
    public record Transfer(
            long reference, String accountNo, String fullName, String personalId, long amount, String note) {

        static Transfer of(PaymentLine line) {
            return new Transfer(
                    line.lineId(),
                    line.accountNo(),
                    line.fullName(),
                    line.personalId(),
                    line.amount(),
                    PaymentTexts.transferNote(line.kind(), line.forMonth()));
        }
    }

    public static byte[] write(BankFile file) {
        return write(file.lines().stream().map(Transfer::of).toList());
    }

    /** The transfers, numbered from 1, in the bank file format. */
    public static byte[] write(List<Transfer> transfers) {
        StringBuilder csv = new StringBuilder(Csv.BOM);
        csv.append(Csv.line(BankColumn.EXPORTED.stream().map(BankColumn::header).toList()));
        int number = 0;
        for (Transfer transfer : transfers) {
            number++;
            csv.append(Csv.line(fields(number, transfer)));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The fields of one transfer, in the order of {@link BankColumn#EXPORTED}. */
    static List<String> fields(int number, PaymentLine line) {
        return fields(number, Transfer.of(line));
    }

    static List<String> fields(int number, Transfer transfer) {
        List<String> fields = new ArrayList<>();
        fields.add(Integer.toString(number));
        fields.add(Long.toString(transfer.reference()));
        fields.add(transfer.accountNo() == null ? "" : transfer.accountNo());
        fields.add(transfer.fullName());
        fields.add(transfer.personalId() == null ? "" : transfer.personalId());
        fields.add(Long.toString(transfer.amount()));
        fields.add(transfer.note());
        return fields;
    }
}
