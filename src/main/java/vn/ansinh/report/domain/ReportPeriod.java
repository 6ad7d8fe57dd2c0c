package vn.ansinh.report.domain;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ansinh.shared.kernel.InvalidValueException;

/**
 * A reporting period of a year: month 3 of 2026, quarter I of 2026, the first 6 or 9 months of 2026, the year 2026.
 * It knows its first and last month, the month before it (whose end is the period's start) and the same period of
 * the year before (for the comparison with last year). Written as a code for a page's parameter ({@code 2026-M03},
 * {@code 2026-Q1}, {@code 2026-H1}, {@code 2026-N9}, {@code 2026-Y}) and as the title of a state report
 * ({@code Quý I năm 2026}).
 */
public record ReportPeriod(int year, PeriodKind kind, int number) implements Serializable {

    private static final Pattern CODE = Pattern.compile("(\\d{4})-(M(\\d{2})|Q([1-4])|H1|N9|Y)");
    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    public ReportPeriod {
        Objects.requireNonNull(kind, "kind");
        if (year < 2000 || year > 2100) {
            throw new InvalidValueException("report.error.period", String.valueOf(year));
        }
        if (number < 1 || number > kind.perYear()) {
            throw new InvalidValueException("report.error.period", kind + " " + number);
        }
    }

    public static ReportPeriod month(YearMonth month) {
        return new ReportPeriod(month.getYear(), PeriodKind.MONTH, month.getMonthValue());
    }

    public static ReportPeriod quarter(int year, int quarter) {
        return new ReportPeriod(year, PeriodKind.QUARTER, quarter);
    }

    public static ReportPeriod firstHalf(int year) {
        return new ReportPeriod(year, PeriodKind.FIRST_HALF, 1);
    }

    public static ReportPeriod nineMonths(int year) {
        return new ReportPeriod(year, PeriodKind.NINE_MONTHS, 1);
    }

    public static ReportPeriod year(int year) {
        return new ReportPeriod(year, PeriodKind.YEAR, 1);
    }

    /** The period a code names; an unreadable code is refused. */
    public static ReportPeriod parse(String code) {
        Matcher m = code == null ? null : CODE.matcher(code.strip());
        if (m == null || !m.matches()) {
            throw new InvalidValueException("report.error.period", String.valueOf(code));
        }
        int year = Integer.parseInt(m.group(1));
        String kind = m.group(2);
        if (m.group(3) != null) {
            return new ReportPeriod(year, PeriodKind.MONTH, Integer.parseInt(m.group(3)));
        }
        if (m.group(4) != null) {
            return quarter(year, Integer.parseInt(m.group(4)));
        }
        return switch (kind) {
            case "H1" -> firstHalf(year);
            case "N9" -> nineMonths(year);
            default -> year(year);
        };
    }

    public String code() {
        return year + "-"
                + switch (kind) {
                    case MONTH -> "M%02d".formatted(number);
                    case QUARTER -> "Q" + number;
                    case FIRST_HALF -> "H1";
                    case NINE_MONTHS -> "N9";
                    case YEAR -> "Y";
                };
    }

    public YearMonth firstMonth() {
        return YearMonth.of(year, kind.firstMonthOf(number));
    }

    public YearMonth lastMonth() {
        return firstMonth().plusMonths(kind.months() - 1L);
    }

    /** The month before the period: the beneficiaries "at the start" are those of that month's end. */
    public YearMonth monthBefore() {
        return firstMonth().minusMonths(1);
    }

    /** The months of the period, in order. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>(kind.months());
        for (YearMonth m = firstMonth(); !m.isAfter(lastMonth()); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /** The same period of the year before. */
    public ReportPeriod sameLastYear() {
        return new ReportPeriod(year - 1, kind, number);
    }

    /**
     * Whether data held from {@code firstHeld} on (the first month the system holds, null: none) covers the whole
     * period: figures of a period held only in part are absent, not compared.
     */
    public boolean heldWhole(YearMonth firstHeld) {
        return firstHeld != null && !firstHeld.isAfter(firstMonth());
    }

    /** Whether the period has begun by {@code month} (a report of a period not begun has nothing to count). */
    public boolean begunBy(YearMonth month) {
        return !firstMonth().isAfter(month);
    }

    /** The key of the period's label in the user's language, {@code report.period.QUARTER}; see {@link #labelArguments}. */
    public String labelKey() {
        return "report.period." + kind.name();
    }

    /** The label's arguments as text (no digit grouping): the number as two digits, the year, the quarter in Roman. */
    public Object[] labelArguments() {
        return new Object[] {
            "%02d".formatted(number), String.valueOf(year), kind == PeriodKind.QUARTER ? ROMAN[number - 1] : ""
        };
    }

    /** The title of the period in a state report: "Tháng 03/2026", "Quý I năm 2026", "6 tháng đầu năm 2026". */
    public String title() {
        return switch (kind) {
            case MONTH -> "Tháng %02d/%d".formatted(number, year);
            case QUARTER -> "Quý " + ROMAN[number - 1] + " năm " + year;
            case FIRST_HALF -> "6 tháng đầu năm " + year;
            case NINE_MONTHS -> "9 tháng đầu năm " + year;
            case YEAR -> "Năm " + year;
        };
    }

    /**
     * The periods a page offers up to {@code month}, newest first: for each year (this one and {@code years - 1}
     * before), the year, 9 and 6 months, the quarters and the months that have begun.
     */
    public static List<ReportPeriod> offered(YearMonth month, int years) {
        List<ReportPeriod> periods = new ArrayList<>();
        for (int year = month.getYear(); year > month.getYear() - years; year--) {
            List<ReportPeriod> ofYear = new ArrayList<>();
            ofYear.add(year(year));
            ofYear.add(nineMonths(year));
            ofYear.add(firstHalf(year));
            for (int q = 4; q >= 1; q--) {
                ofYear.add(quarter(year, q));
            }
            for (int m = 12; m >= 1; m--) {
                ofYear.add(month(YearMonth.of(year, m)));
            }
            ofYear.stream().filter(p -> p.begunBy(month)).forEach(periods::add);
        }
        return periods;
    }

    @Override
    public String toString() {
        return code();
    }
}
