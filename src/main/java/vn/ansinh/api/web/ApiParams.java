package vn.ansinh.api.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import vn.ansinh.report.domain.ReportPeriod;
import vn.ansinh.shared.kernel.AdminUnitCode;

/**
 * The query parameters the API's reads share, each refused as a 422 with its message key: a unit code, a month
 * written {@code YYYY-MM}, a report period (the pages' code, {@code 2026-Q1}, or a month {@code 2026-03}), a page.
 */
final class ApiParams {

    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    private ApiParams() {}

    /** The unit named, or {@code fallback} when none is. */
    static AdminUnitCode unit(String code, AdminUnitCode fallback) {
        if (code == null || code.isBlank()) {
            return fallback;
        }
        try {
            return AdminUnitCode.of(code.strip());
        } catch (IllegalArgumentException e) {
            throw new ApiException(422, "api.error.unit", code);
        }
    }

    /** The month written {@code YYYY-MM}; null when none is. */
    static YearMonth month(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            if (MONTH.matcher(text.strip()).matches()) {
                return YearMonth.parse(text.strip());
            }
        } catch (DateTimeParseException e) {
            // answered below
        }
        throw new ApiException(422, "api.error.month", text);
    }

    /**
     * A report period: the code the report pages use ({@code 2026-M03}, {@code 2026-Q1}, {@code 2026-H1},
     * {@code 2026-N9}, {@code 2026-Y}) or a month {@code 2026-03}; {@code report.error.period} otherwise.
     */
    static ReportPeriod period(String text) {
        if (text == null || text.isBlank()) {
            throw new ApiException(422, "report.error.period", "");
        }
        if (MONTH.matcher(text.strip()).matches()) {
            return ReportPeriod.month(month(text));
        }
        return ReportPeriod.parse(text);
    }

    /** The most rows one page of any list of the API holds. */
    static final int MAX_SIZE = 100;

    /** Refuses a page before the first or a size outside 1 to {@link #MAX_SIZE}. */
    static void requirePaging(int page, int size) {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new ApiException(422, "api.error.paging", MAX_SIZE);
        }
    }

    /** The first row of the page, or a 422 when it lies past what a count can hold. */
    static int first(int page, int size) {
        long first = (long) page * size;
        if (first > Integer.MAX_VALUE) {
            throw new ApiException(422, "api.error.paging", size);
        }
        return (int) first;
    }
}
