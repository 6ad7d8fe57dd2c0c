package vn.ansinh.shared.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every month typed into or shown in a page: {@code MM/yyyy}. Applies by type to every input bound to a
 * {@link YearMonth}. As for days, {@code 7/2026} and {@code 07/2026} are the same month (shown back as
 * {@code 07/2026}); the ISO form {@code 2026-07} is accepted as well (what a browser's month field and older
 * bookmarks send); {@code 13/2026}, {@code 0/2026}, letters and two-digit years are refused. Empty text is no month.
 */
@FacesConverter(forClass = YearMonth.class)
public class MonthConverter implements Converter<YearMonth> {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("MM/yyyy");
    private static final Pattern TYPED = Pattern.compile("(\\d{1,2})/(\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})");

    @Override
    public YearMonth getAsObject(FacesContext context, UIComponent component, String value) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            return null;
        }
        Matcher typed = TYPED.matcher(text);
        Matcher iso = ISO.matcher(text);
        int month;
        int year;
        if (typed.matches()) {
            month = Integer.parseInt(typed.group(1));
            year = Integer.parseInt(typed.group(2));
        } else if (iso.matches()) {
            month = Integer.parseInt(iso.group(2));
            year = Integer.parseInt(iso.group(1));
        } else {
            throw DayConverter.refused(context, "input.month.format", text);
        }
        if (month < 1 || month > 12) {
            throw DayConverter.refused(context, "input.month.format", text);
        }
        return YearMonth.of(year, month);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, YearMonth value) {
        return value == null ? "" : value.format(SHOWN);
    }
}
