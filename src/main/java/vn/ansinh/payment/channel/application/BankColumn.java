package vn.ansinh.payment.channel.application;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of the bank files. The export has {@link #EXPORTED}; the bank's result file has the
 * same columns plus {@link #RESULT} and {@link #REASON}. Headers are matched without regard to case.
 */
public enum BankColumn {
    /** Số thứ tự. */
    ROW_NUMBER("STT"),
    /** The payroll line's id: how a result row finds its line again. */
    LINE_ID("ma_dong"),
    ACCOUNT_NO("so_tai_khoan"),
    NAME("ten_nguoi_huong"),
    PERSONAL_ID("so_dinh_danh"),
    AMOUNT("so_tien"),
    NOTE("noi_dung"),
    /** THANH_CONG or THAT_BAI (the result file only). */
    RESULT("ket_qua"),
    /** Why a transfer failed (the result file only). */
    REASON("ly_do");

    /** The columns of the export, in order. */
    public static final List<BankColumn> EXPORTED =
            List.of(ROW_NUMBER, LINE_ID, ACCOUNT_NO, NAME, PERSONAL_ID, AMOUNT, NOTE);

    /** The columns a result file must have (the others are read when present). */
    public static final List<BankColumn> REQUIRED_IN_RESULT = List.of(LINE_ID, AMOUNT, RESULT, REASON);

    private final String header;

    BankColumn(String header) {
        this.header = header;
    }

    public String header() {
        return header;
    }

    public static Optional<BankColumn> ofHeader(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (BankColumn column : values()) {
            if (column.header.toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }
}
