package vn.ansinh.benefit.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The annex row in force in a month: of the rows of one key (row code and percent) that count at the
 * moment asked ({@link ConfirmedRates}), the one with the latest start on or before the month's first day.
 * {@link #inForce(List, YearMonth, Instant)} in Java (the payroll's snapshot), {@link #inForce(String, String, String)}
 * in SQL (the arrears, month by month).
 */
public final class AnnexRates {

    private AnnexRates() {}

    /** The monthly rows in force in the month, as confirmed at the moment. */
    public static List<AnnexRate> inForce(List<AnnexRate> rows, YearMonth month, Instant asOf) {
        return latest(ConfirmedRates.of(rows, asOf), month);
    }

    /** Of rows that count (already read as confirmed at some moment), the monthly ones in force in the month. */
    public static List<AnnexRate> latest(List<AnnexRate> counted, YearMonth month) {
        LocalDate day = month.atDay(1);
        Map<String, AnnexRate> latest = new HashMap<>();
        for (AnnexRate r : counted) {
            if (r.kind().monthly() && !r.effectiveFrom().isAfter(day)) {
                latest.merge(
                        r.rowCode() + "|" + Objects.toString(r.impairmentPercent(), ""),
                        r,
                        (a, b) -> a.effectiveFrom().isAfter(b.effectiveFrom()) ? a : b);
            }
        }
        return List.copyOf(latest.values());
    }

    /**
     * The rule in SQL for {@code annex_rate} row {@code r} and the month starting at {@code monthStart}, as
     * confirmed at {@code moment} (a literal of {@link ConfirmedRates#at}).
     */
    public static String inForce(String r, String monthStart, String moment) {
        String r2 = r + "_later";
        return "(" + r + ".kind IN (" + AnnexKind.sqlMonthly() + ") AND " + r + ".effective_from <= " + monthStart
                + " AND "
                + ConfirmedRates.condition(r, moment)
                + " AND " + r + ".effective_from = (SELECT MAX(" + r2 + ".effective_from) FROM annex_rate " + r2
                + " WHERE " + r2 + ".row_code = " + r + ".row_code AND " + r2 + ".impairment_percent <=> " + r
                + ".impairment_percent"
                + " AND " + r2 + ".effective_from <= " + monthStart + " AND " + ConfirmedRates.condition(r2, moment)
                + "))";
    }
}
