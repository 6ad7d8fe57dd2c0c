package vn.ansinh.report.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import vn.ansinh.report.application.PaidReport;
import vn.ansinh.report.application.ReportChart;
import vn.ansinh.report.application.ReportTable;
import vn.ansinh.report.application.ReportTables;
import vn.ansinh.report.domain.ReportPeriod;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.text.VietnameseFormat;
import vn.ansinh.shared.web.Format;
import vn.ansinh.shared.web.Messages;

/** The amounts-paid report: by programme against the year's plan and last year, by month and channel. */
@Named
@ViewScoped
public class PaidView extends ReportPage<PaidReport> {

    private static final long serialVersionUID = 1L;

    @Override
    protected PaidReport count(AdminUnitCode unit, ReportPeriod period, String countryName) {
        return reports.paid(unit, period, countryName);
    }

    @Override
    protected ReportTable table(PaidReport report, boolean national) {
        return ReportTables.paid(report, national);
    }

    @Override
    protected String fileStem() {
        return "kinh-phi-chi-tra";
    }

    /** An amount in đồng, or "—" when the system does not have it (never 0). */
    public String amount(Long value) {
        return value == null ? ReportTable.ABSENT : VietnameseFormat.money(value);
    }

    /** A percentage with one decimal, or "—". */
    public String percent(BigDecimal value) {
        return value == null ? ReportTable.ABSENT : Format.percentOf(value);
    }

    public String getChart() {
        return ReportChart.paid(getReport(), Messages::text, VietnameseFormat::month);
    }
}
