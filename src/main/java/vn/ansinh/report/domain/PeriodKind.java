package vn.ansinh.report.domain;

/**
 * The periods the state reports are made for: a month, a quarter, the first 6 or 9 months of a year (6 tháng, 9
 * tháng đầu năm: cumulative from January, as the seeds' reports count them) and the whole year.
 */
public enum PeriodKind {
    MONTH(1, 12),
    QUARTER(3, 4),
    FIRST_HALF(6, 1),
    NINE_MONTHS(9, 1),
    YEAR(12, 1);

    private final int months;
    private final int perYear;

    PeriodKind(int months, int perYear) {
        this.months = months;
        this.perYear = perYear;
    }

    /** How many months one period of this kind covers. */
    public int months() {
        return months;
    }

    /** How many periods of this kind a year has (12 months, 4 quarters, one of the others). */
    public int perYear() {
        return perYear;
    }

    /** The first month (1–12) of the period numbered {@code number} (1-based) in its year. */
    int firstMonthOf(int number) {
        return this == MONTH || this == QUARTER ? (number - 1) * months + 1 : 1;
    }
}
