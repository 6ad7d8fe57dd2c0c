package vn.ansinh.report.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;
import vn.ansinh.report.application.PovertyReport;
import vn.ansinh.report.application.ReportChart;
import vn.ansinh.report.application.ReportTable;
import vn.ansinh.report.application.ReportTables;
import vn.ansinh.report.domain.ReportPeriod;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.text.VietnameseFormat;
import vn.ansinh.shared.web.Format;
import vn.ansinh.shared.web.Messages;

/** The poor and near-poor households report: per commune (province), the year's review against last year's. */
@Named
@ViewScoped
public class PovertyView extends ReportPage<PovertyReport> {

    private static final long serialVersionUID = 1L;

    @Override
    protected PovertyReport count(AdminUnitCode unit, ReportPeriod period, String countryName) {
        return reports.poverty(unit, period, countryName, Messages.text("report.total"));
    }

    @Override
    protected ReportTable table(PovertyReport report, boolean national) {
        return ReportTables.poverty(report, national);
    }

    @Override
    protected String fileStem() {
        return "ho-ngheo-can-ngheo";
    }

    /** The review years: the report is yearly. */
    @Override
    protected List<ReportPeriod> offeredPeriods() {
        return reports.years();
    }

    @Override
    protected ReportPeriod firstPeriod() {
        return ReportPeriod.year(reports.currentMonth().getYear());
    }

    /** A count, or "—" when the system does not have it (never 0). */
    public String count(Long value) {
        return value == null ? ReportTable.ABSENT : VietnameseFormat.money(value);
    }

    /** A rate with one decimal, or "—". */
    public String percent(BigDecimal value) {
        return value == null ? ReportTable.ABSENT : Format.percentOf(value);
    }

    /** The first column's heading: communes, or provinces for the whole country. */
    public String getUnitHeading() {
        return Messages.text(
                getUnit() != null && AdminUnitCode.of(getUnit()).isNational()
                        ? "report.poverty.province"
                        : "report.poverty.commune");
    }

    /** "Kết quả rà soát năm 2026": the columns of the year's review. */
    public String getThisYearHeading() {
        return Messages.text(
                "report.poverty.thisYear", String.valueOf(getReport().year()));
    }

    /** "Kết quả rà soát năm 2025": the columns of last year's review. */
    public String getLastYearHeading() {
        return Messages.text(
                "report.poverty.lastYear", String.valueOf(getReport().year() - 1));
    }

    public String getChart() {
        return ReportChart.poverty(getReport(), Messages::text);
    }
}
