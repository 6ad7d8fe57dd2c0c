package vn.ansinh.payment.channel.application;

import java.time.YearMonth;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import vn.ansinh.payment.domain.LineKind;
import vn.ansinh.registry.domain.VietnameseNames;
import vn.ansinh.shared.kernel.Category;

/** The Vietnamese words of the payment files, which are always in Vietnamese whatever the user's language. */
public final class PaymentTexts {

    private static final ResourceBundle LABELS = ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag("vi"));

    private PaymentTexts() {}

    /** The category as the registry names it, e.g. "Người khuyết tật nặng, đặc biệt nặng". */
    public static String category(Category category) {
        try {
            return LABELS.getString(category.labelKey());
        } catch (MissingResourceException e) {
            return category.name();
        }
    }

    /** Why a line was held or stopped, e.g. "Chết" ({@code payment.holdReason.*}). */
    public static String holdReason(String reason) {
        try {
            return reason == null ? "" : LABELS.getString("payment.holdReason." + reason);
        } catch (MissingResourceException e) {
            return reason;
        }
    }

    /** "Hằng tháng", "Truy lĩnh" or "Truy lĩnh chênh lệch" (the difference for a month already paid). */
    public static String kind(LineKind kind) {
        return switch (kind) {
            case MONTHLY -> "Hằng tháng";
            case ARREARS -> "Truy lĩnh";
            case DIFFERENCE -> "Truy lĩnh chênh lệch";
        };
    }

    /** "Tháng 03 năm 2026". */
    public static String monthTitle(YearMonth month) {
        return String.format("Tháng %02d năm %d", month.getMonthValue(), month.getYear());
    }

    /**
     * The transfer's description (nội dung chuyển khoản) shown on the beneficiary's statement: plain
     * capital letters without diacritics, which every bank's system accepts, e.g.
     * "TRO CAP THANG 03-2026", "TRUY LINH TRO CAP THANG 01-2026" or "TRUY LINH CHENH LECH TRO CAP THANG 07-2026".
     */
    public static String transferNote(LineKind kind, YearMonth forMonth) {
        String text = switch (kind) {
                    case MONTHLY -> "trợ cấp tháng ";
                    case ARREARS -> "truy lĩnh trợ cấp tháng ";
                    case DIFFERENCE -> "truy lĩnh chênh lệch trợ cấp tháng ";
                }
                + String.format("%02d-%d", forMonth.getMonthValue(), forMonth.getYear());
        return VietnameseNames.fold(text).toUpperCase(Locale.ROOT);
    }
}
