package vn.ansinh.payment.channel.application;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The bank transfer file as CSV: UTF-8 with a byte order mark, {@code ;} between fields, CRLF, one
 * header line {@code STT;ma_dong;so_tai_khoan;ten_nguoi_huong;so_dinh_danh;so_tien;noi_dung}, then one
 * line per transfer. Amounts are whole đồng without separators; names keep their diacritics; the
 * description (noi_dung) has none.
 */
public final class BankFileCsv {

    public static final String CONTENT_TYPE = "text/csv; charset=UTF-8";

    private BankFileCsv() {}

    public static byte[] write(BankFile file) {
        StringBuilder csv = new StringBuilder(Csv.BOM);
        csv.append(Csv.line(BankColumn.EXPORTED.stream().map(BankColumn::header).toList()));
        int number = 0;
        for (PaymentLine line : file.lines()) {
            number++;
            csv.append(Csv.line(fields(number, line)));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The fields of one transfer, in the order of {@link BankColumn#EXPORTED}. */
    static List<String> fields(int number, PaymentLine line) {
        List<String> fields = new ArrayList<>();
        fields.add(Integer.toString(number));
        fields.add(Long.toString(line.lineId()));
        fields.add(line.accountNo() == null ? "" : line.accountNo());
        fields.add(line.fullName());
        fields.add(line.personalId() == null ? "" : line.personalId());
        fields.add(Long.toString(line.amount()));
        fields.add(PaymentTexts.transferNote(line.kind(), line.forMonth()));
        return fields;
    }
}
