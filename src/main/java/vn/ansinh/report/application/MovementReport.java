package vn.ansinh.report.application;

import java.io.Serializable;
import java.util.List;
import vn.ansinh.report.domain.ReportPeriod;

/**
 * The beneficiary movement report of a unit for a period: one line per programme and category with beneficiaries,
 * a total line per programme, and the report's total.
 */
public record MovementReport(String unitName, ReportPeriod period, List<MovementRow> rows, MovementRow total)
        implements Serializable {

    public MovementReport {
        rows = List.copyOf(rows);
    }

    /** The programme totals, for the chart. */
    public List<MovementRow> programmeTotals() {
        return rows.stream().filter(MovementRow::isTotal).toList();
    }

    /** Whether any programme has beneficiaries in the period. */
    public boolean hasRows() {
        return !rows.isEmpty();
    }
}
