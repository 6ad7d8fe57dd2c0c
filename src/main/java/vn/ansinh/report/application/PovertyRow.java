package vn.ansinh.report.application;

import java.io.Serializable;
import java.math.BigDecimal;
import vn.ansinh.shared.kernel.AdminUnitCode;

/**
 * One unit's line of the poor and near-poor households report (a commune, or a province in the national report): its
 * households, the poor and near-poor households of the year's review with their rates, last year's, and the moves
 * between the two reviews. A figure the data does not give is {@code null} (shown "—", never 0): the year's figures
 * when the unit held no review that year, last year's and the moves when it held none the year before.
 *
 * <p>The moves are per list, so that {@code last year − left + new = this year} line by line: <b>escaped poverty</b>
 * (thoát nghèo) is a household poor last year and not poor this year (near-poor included, as the review counts it);
 * <b>new poor</b> one poor this year and not last year; <b>left the near-poor list</b> one near-poor last year and not
 * this year (above the line, or poor); <b>new near-poor</b> one near-poor this year and not last year.
 */
public record PovertyRow(
        AdminUnitCode unit,
        String name,
        long households,
        Long poor,
        Long nearPoor,
        Long poorLastYear,
        Long nearPoorLastYear,
        Long escapedPoverty,
        Long newPoor,
        Long leftNearPoor,
        Long newNearPoor)
        implements Serializable {

    /** Whether the unit held the year's review (its figures count in the total). */
    public boolean reviewed() {
        return poor != null;
    }

    /** Poor households in % of the unit's households, to one decimal; null without the review. */
    public BigDecimal poorRate() {
        return PaidRow.percent(poor, households);
    }

    /** Near-poor households in % of the unit's households, to one decimal; null without the review. */
    public BigDecimal nearPoorRate() {
        return PaidRow.percent(nearPoor, households);
    }

    /** The total line: the units reviewed in the year added up (a unit without the review is left out entirely). */
    static PovertyRow total(String name, Iterable<PovertyRow> rows) {
        return sum(null, name, rows);
    }

    /**
     * The lines added up as the line of {@code unit} (a province of its communes, the total of its lines): the units
     * reviewed in the year, each figure over the units that have it.
     */
    static PovertyRow sum(AdminUnitCode unit, String name, Iterable<PovertyRow> rows) {
        PovertyRow total = new PovertyRow(unit, name, 0, null, null, null, null, null, null, null, null);
        long allHouseholds = 0;
        for (PovertyRow row : rows) {
            allHouseholds += row.households;
            if (row.reviewed()) {
                total = new PovertyRow(
                        unit,
                        name,
                        total.households + row.households,
                        sum(total.poor, row.poor),
                        sum(total.nearPoor, row.nearPoor),
                        sum(total.poorLastYear, row.poorLastYear),
                        sum(total.nearPoorLastYear, row.nearPoorLastYear),
                        sum(total.escapedPoverty, row.escapedPoverty),
                        sum(total.newPoor, row.newPoor),
                        sum(total.leftNearPoor, row.leftNearPoor),
                        sum(total.newNearPoor, row.newNearPoor));
            }
        }
        // none reviewed: the households are still the units' own, the figures absent
        return total.reviewed()
                ? total
                : new PovertyRow(unit, name, allHouseholds, null, null, null, null, null, null, null, null);
    }

    private static Long sum(Long a, Long b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : Long.valueOf(a + b);
    }
}
