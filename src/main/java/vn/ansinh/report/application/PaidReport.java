package vn.ansinh.report.application;

import java.io.Serializable;
import java.util.List;
import vn.ansinh.report.domain.ReportPeriod;

/**
 * The amounts-paid report of a unit for a period: per programme, the amounts against the year's plan and last year's
 * same period, their total, and the months of the period by channel. {@code hasPayments} says whether any approved
 * payroll of the period paid in the scope; {@code hasLastYear} the same of last year's period.
 */
public record PaidReport(
        String unitName,
        ReportPeriod period,
        List<PaidRow> rows,
        PaidRow total,
        List<MonthPaid> months,
        boolean hasPayments,
        boolean hasLastYear)
        implements Serializable {

    public PaidReport {
        rows = List.copyOf(rows);
        months = List.copyOf(months);
    }
}
