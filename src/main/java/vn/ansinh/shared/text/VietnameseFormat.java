package vn.ansinh.shared.text;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How amounts, days and months are written for people, on pages, in printed documents, files and messages,
 * whatever the page's language: {@code 750.000} (đồng, dots between thousands), {@code 05/03/2026},
 * {@code 03/2026}. The one home of these forms; {@code fmt} (the pages' formatter) uses it too. A missing
 * value is written as nothing.
 */
public final class VietnameseFormat {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    private VietnameseFormat() {}

    /** {@code 1.500.000}. */
    public static String money(long amount) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(VI);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat("#,##0", symbols).format(amount);
    }

    /** {@code 05/03/2026}. */
    public static String date(LocalDate day) {
        return day == null ? "" : day.format(DAY);
    }

    /** {@code 03/2026}. */
    public static String month(YearMonth month) {
        return month == null ? "" : month.format(MONTH);
    }
}
