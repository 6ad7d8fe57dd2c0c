package vn.ansinh.payment.channel.application;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * A stop-payment notice (thông báo dừng chi trả) of a run to one bank or one commune's cash paying
 * office: the lines that went out for payment before the benefit stopped, to be stopped; any the
 * bank or office pays anyway is recovered. Printed by {@link StopNoticePdf} and {@link StopNoticeWorkbook}.
 *
 * @param code the bank's code, or the commune's
 * @param recipient "Ngân hàng Chính sách xã hội", or the commune whose paying office holds the cash list
 */
public record StopNotice(
        String unitName, YearMonth month, boolean bank, String code, String recipient, List<Line> lines)
        implements java.io.Serializable {

    public static final String TITLE = "THÔNG BÁO DỪNG CHI TRẢ TRỢ CẤP";

    /** One line to stop: who, which month, how much, where it was sent, why. */
    public record Line(
            long lineId,
            String fullName,
            String personalId,
            YearMonth forMonth,
            long amount,
            String reference,
            String reason)
            implements java.io.Serializable {}

    public StopNotice {
        Objects.requireNonNull(unitName, "unitName");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(recipient, "recipient");
        lines = List.copyOf(lines);
    }

    /** "Kính gửi: …": the bank, or the commune's cash paying office. */
    public String addressee() {
        return bank ? recipient : "Bộ phận chi trả tiền mặt - " + recipient;
    }

    /** The query that names the recipient in the download's address: {@code bank=VBSP} or {@code commune=03253}. */
    public String recipientQuery() {
        return (bank ? "bank=" : "commune=") + code;
    }

    public long total() {
        return lines.stream().mapToLong(Line::amount).sum();
    }

    /** The columns of the PDF and the workbook. */
    static final String[] HEADERS = {
        "STT",
        "Họ và tên",
        "Số định danh cá nhân",
        "Tháng hưởng",
        "Số tiền (đồng)",
        "Tài khoản / Danh sách chi trả",
        "Lý do dừng chi"
    };

    static final String REQUEST = "Các khoản dưới đây được lập trước khi người hưởng thôi hoặc tạm dừng hưởng trợ cấp. "
            + "Đề nghị không chi trả; khoản nào đã chi trả, đề nghị báo lại để thu hồi.";
}
