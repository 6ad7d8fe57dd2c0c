package vn.ansinh.report.application;

import java.io.Serializable;
import java.util.List;
import vn.ansinh.report.domain.ReportPeriod;

/**
 * The poor and near-poor households report of a unit for a review year: one line per commune (per province for the
 * whole country) with households, in the order of their names, and the total of the units reviewed that year.
 */
public record PovertyReport(String unitName, ReportPeriod period, List<PovertyRow> rows, PovertyRow total)
        implements Serializable {

    public PovertyReport {
        rows = List.copyOf(rows);
    }

    /** The review year. */
    public int year() {
        return period.year();
    }

    /** Whether any unit of the report held the year's review. */
    public boolean hasReview() {
        return total.reviewed();
    }

    /** Whether the report has lines at all (a unit with households). */
    public boolean hasRows() {
        return !rows.isEmpty();
    }
}
