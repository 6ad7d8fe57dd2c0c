package vn.ansinh.registry.domain;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ansinh.shared.kernel.InvalidValueException;

/**
 * A date of birth that may be known only as a year, a month and year, or a full date, as is common
 * for elderly people (chỉ ghi năm sinh). Written in Vietnamese order: {@code 1948}, {@code 03/1948},
 * {@code 15/03/1948}. Stored as three columns; {@code month} and {@code day} may be null.
 */
public record PartialDate(int year, Integer month, Integer day) implements Serializable {

    /** The earliest year of birth accepted. */
    public static final int MIN_YEAR = 1880;

    private static final Pattern FORMAT =
            Pattern.compile("(?:(?:(\\d{1,2})\\s*[/.-]\\s*)?(\\d{1,2})\\s*[/.-]\\s*)?(\\d{4})");

    /** How much of the date is known. */
    public enum Precision {
        YEAR,
        MONTH,
        DAY
    }

    /** Checks the calendar only; whether the date lies in the future is checked by {@link #notAfter}. */
    public PartialDate {
        if (year < MIN_YEAR) {
            throw new InvalidValueException("person.error.birthDate.tooEarly", String.valueOf(MIN_YEAR));
        }
        if (month == null && day != null) {
            throw new IllegalArgumentException("A day of birth needs a month");
        }
        if (month != null && (month < 1 || month > 12)) {
            throw new InvalidValueException("person.error.birthDate.month", month);
        }
        if (day != null && (day < 1 || day > YearMonth.of(year, month).lengthOfMonth())) {
            throw new InvalidValueException("person.error.birthDate.day", day, month, String.valueOf(year));
        }
    }

    public static PartialDate of(int year) {
        return new PartialDate(year, null, null);
    }

    public static PartialDate of(int year, int month) {
        return new PartialDate(year, month, null);
    }

    public static PartialDate of(int year, int month, int day) {
        return new PartialDate(year, month, day);
    }

    /**
     * Reads {@code 1948}, {@code 3/1948}, {@code 03/1948} or {@code 15/03/1948} (also with {@code -} or
     * {@code .}); refuses a date that may not have happened by {@code today}.
     */
    public static PartialDate parse(String text, LocalDate today) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new InvalidValueException("person.error.birthDate.format");
        }
        Integer month = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        Integer day = m.group(1) == null ? null : Integer.valueOf(m.group(1));
        return new PartialDate(Integer.parseInt(m.group(3)), month, day).notAfter(today);
    }

    /** This date, or a refusal when it begins after {@code today}: nobody is born in the future. */
    public PartialDate notAfter(LocalDate today) {
        if (earliestDay().isAfter(today)) {
            throw new InvalidValueException("person.error.birthDate.future");
        }
        return this;
    }

    public Precision precision() {
        return day != null ? Precision.DAY : month != null ? Precision.MONTH : Precision.YEAR;
    }

    /** The Vietnamese written form: {@code 1948}, {@code 03/1948} or {@code 15/03/1948}. */
    public String format() {
        return switch (precision()) {
            case YEAR -> String.valueOf(year);
            case MONTH -> "%02d/%d".formatted(month, year);
            case DAY -> "%02d/%02d/%d".formatted(day, month, year);
        };
    }

    /** The first day the date may denote (1 January when only the year is known). */
    public LocalDate earliestDay() {
        return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
    }

    /** The last day the date may denote (31 December when only the year is known). */
    public LocalDate latestDay() {
        return month == null
                ? LocalDate.of(year, 12, 31)
                : day == null ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, month, day);
    }

    /** The age the person has certainly reached on {@code date}, counted from {@link #latestDay()}. */
    public int ageOn(LocalDate date) {
        return yearsFrom(latestDay(), date);
    }

    /** The highest age the person may have on {@code date}, counted from {@link #earliestDay()}. */
    public int possibleAgeOn(LocalDate date) {
        return yearsFrom(earliestDay(), date);
    }

    /** Whether {@code date} may be this date of birth. */
    public boolean covers(LocalDate date) {
        return !date.isBefore(earliestDay()) && !date.isAfter(latestDay());
    }

    /** Whether both dates may denote the same day, e.g. {@code 1948} and {@code 15/03/1948}. */
    public boolean overlaps(PartialDate other) {
        return !latestDay().isBefore(other.earliestDay()) && !other.latestDay().isBefore(earliestDay());
    }

    @Override
    public String toString() {
        return format();
    }

    private int yearsFrom(LocalDate birth, LocalDate date) {
        if (date.isBefore(earliestDay())) {
            throw new IllegalArgumentException("Age asked for a day before the birth: " + date);
        }
        return date.isBefore(birth) ? 0 : Period.between(birth, date).getYears();
    }
}
