package vn.ansinh.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every day typed into or shown in a page: {@code dd/MM/yyyy}, as Vietnamese forms write it. Applies by type to
 * every input bound to a {@link LocalDate}.
 *
 * <p>Strict about the calendar, lenient about zeros: {@code 1/2/2026} and {@code 01/02/2026} are the same day (and the
 * field shows it back as {@code 01/02/2026}); the year has four digits; {@code 31/02/2026} and {@code 29/02/2025} are
 * refused with a message saying the month has no such day, never turned into the month's last day as
 * {@code DateTimeFormatter}'s default resolver does; anything else (letters, {@code 2026-02-01}, {@code 1/2/26},
 * {@code 01/13/2026}) is refused as not a day. Empty text is no day (null): whether a day is required is the
 * page's or the command's rule.
 */
@FacesConverter(forClass = LocalDate.class)
public class DayConverter implements Converter<LocalDate> {

    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Pattern TYPED = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            return null;
        }
        Matcher typed = TYPED.matcher(text);
        if (!typed.matches()) {
            throw refused(context, "input.day.format", text);
        }
        int day = Integer.parseInt(typed.group(1));
        int month = Integer.parseInt(typed.group(2));
        int year = Integer.parseInt(typed.group(3));
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            throw refused(context, "input.day.format", text);
        }
        int length = Month.of(month).length(Year.isLeap(year));
        if (day > length) {
            throw refused(context, "input.day.impossible", text, String.format("%02d/%d", month, year), length);
        }
        return LocalDate.of(year, month, day);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        return value == null ? "" : value.format(SHOWN);
    }

    /** A refusal in the page's language (Vietnamese outside a page), shown next to the field. */
    static ConverterException refused(FacesContext context, String key, Object... arguments) {
        Locale locale =
                context == null || context.getViewRoot() == null ? Locale.forLanguageTag("vi") : Messages.locale();
        String text = Messages.text(locale, key, arguments);
        return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
}
