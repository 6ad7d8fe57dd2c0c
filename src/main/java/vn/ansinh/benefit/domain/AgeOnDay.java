package vn.ansinh.benefit.domain;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * The age on a day that a payroll bands a coefficient by (độ tuổi): whole years from the birthday, <b>an
 * unknown birth month or day counting as the first</b> (a person born "1950" is 75 from 1 Jan 2025). One rule,
 * in Java and as the SQL fragment the monthly, arrears and difference statements embed; {@code AgeOnDayIT}
 * checks both forms agree on the same people and days.
 */
public final class AgeOnDay {

    private static final Pattern ALIAS = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern DAY =
            Pattern.compile("[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*|\\?|DATE '\\d{4}-\\d{2}-\\d{2}'");

    private AgeOnDay() {}

    /** The age in whole years on {@code day} of someone born in the year, month and day (null: unknown). */
    public static int years(int birthYear, Integer birthMonth, Integer birthDay, LocalDate day) {
        int birthday = (birthMonth == null ? 1 : birthMonth) * 100 + (birthDay == null ? 1 : birthDay);
        int today = day.getMonthValue() * 100 + day.getDayOfMonth();
        return day.getYear() - birthYear - (today < birthday ? 1 : 0);
    }

    /**
     * The rule as SQL over the person row {@code person} (columns birth_year, birth_month, birth_day), in
     * integer arithmetic (cheap over a million rows).
     *
     * @param day a column ({@code cm.month_start}), a parameter {@code ?} or a literal {@code DATE 'yyyy-mm-dd'}
     */
    public static String sql(String person, String day) {
        if (person == null || !ALIAS.matcher(person).matches()) {
            throw new IllegalArgumentException("not a table alias: " + person);
        }
        if (day == null || !DAY.matcher(day).matches()) {
            throw new IllegalArgumentException("not a day column, parameter or literal: " + day);
        }
        return ("(YEAR({D}) - {P}.birth_year - (MONTH({D}) * 100 + DAYOFMONTH({D})"
                        + " < COALESCE({P}.birth_month, 1) * 100 + COALESCE({P}.birth_day, 1)))")
                .replace("{D}", day)
                .replace("{P}", person);
    }

    /** The SQL literal of a day, for {@link #sql}. */
    public static String literal(LocalDate day) {
        return "DATE '" + day + "'";
    }
}
