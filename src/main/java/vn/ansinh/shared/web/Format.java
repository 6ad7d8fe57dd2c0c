package vn.ansinh.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import vn.ansinh.shared.text.VietnameseFormat;
import vn.ansinh.shared.time.VietnamTime;

/**
 * Formatting for pages: Vietnamese dates (dd/MM/yyyy) and months (MM/yyyy) as the converters write them, amounts (750.000), coefficients (1,5),
 * messages with arguments.
 */
@Named("fmt")
@ApplicationScoped
public class Format {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter MOMENT_SECONDS = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    public String date(LocalDate day) {
        return VietnameseFormat.date(day);
    }

    public String month(YearMonth month) {
        return VietnameseFormat.month(month);
    }

    /** A stored UTC time shown in Vietnam's time. */
    public String moment(LocalDateTime utc) {
        return utc == null
                ? ""
                : utc.atOffset(ZoneOffset.UTC)
                        .atZoneSameInstant(VietnamTime.ZONE)
                        .format(MOMENT);
    }

    /** A stored UTC time shown in Vietnam's time to the second (the audit trail). */
    public String momentToSecond(LocalDateTime utc) {
        return utc == null
                ? ""
                : utc.atOffset(ZoneOffset.UTC)
                        .atZoneSameInstant(VietnamTime.ZONE)
                        .format(MOMENT_SECONDS);
    }

    public String money(Long amount) {
        return amount == null ? "" : VietnameseFormat.money(amount);
    }

    /** A count as the tables write numbers, in either language ({@code 3.197}). */
    public String count(long count) {
        return VietnameseFormat.money(count);
    }

    /** A coefficient as the page's language writes it: {@code 1,5} in Vietnamese, {@code 1.5} in English. */
    public String coefficient(java.math.BigDecimal coefficient) {
        return vn.ansinh.shared.text.Coefficients.text(
                coefficient,
                jakarta.faces.context.FacesContext.getCurrentInstance()
                        .getViewRoot()
                        .getLocale());
    }

    /** A share as the user's language writes it ({@code 62,5 %}), or a dash without beneficiaries. */
    public String percent(java.math.BigDecimal share) {
        return percentOf(share);
    }

    /** A share in % with one decimal as the page's language writes it ({@code 62,5 %}); a dash for none. */
    public static String percentOf(java.math.BigDecimal share) {
        if (share == null) {
            return "—";
        }
        java.text.NumberFormat format =
                java.text.NumberFormat.getNumberInstance(jakarta.faces.context.FacesContext.getCurrentInstance()
                        .getViewRoot()
                        .getLocale());
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(share) + " %";
    }

    /**
     * The working days left to a statutory deadline, in words: "Còn 3 ngày làm việc", "Hết hạn hôm nay", "Quá hạn 34
     * ngày làm việc" (never "còn -34"); empty without a deadline.
     */
    public String daysLeft(Integer days) {
        if (days == null) {
            return "";
        }
        if (days > 0) {
            return Messages.text("deadline.left", days);
        }
        return days == 0 ? Messages.text("deadline.today") : Messages.text("deadline.overdue", -days);
    }

    public String text1(String key, Object a) {
        return Messages.text(key, a);
    }

    public String text2(String key, Object a, Object b) {
        return Messages.text(key, a, b);
    }
}
