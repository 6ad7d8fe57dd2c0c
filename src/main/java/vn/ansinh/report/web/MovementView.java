package vn.ansinh.report.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import vn.ansinh.report.application.MovementReport;
import vn.ansinh.report.application.MovementRow;
import vn.ansinh.report.application.ReportChart;
import vn.ansinh.report.application.ReportTable;
import vn.ansinh.report.application.ReportTables;
import vn.ansinh.report.domain.ReportPeriod;
import vn.ansinh.report.domain.StopReason;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.web.Messages;

/** The beneficiary movement report: at the start, new, stopped by reason, at the end, by programme and category. */
@Named
@ViewScoped
public class MovementView extends ReportPage<MovementReport> {

    private static final long serialVersionUID = 1L;

    @Override
    protected MovementReport count(AdminUnitCode unit, ReportPeriod period, String countryName) {
        return reports.movement(unit, period, countryName);
    }

    @Override
    protected ReportTable table(MovementReport report, boolean national) {
        return ReportTables.movement(report, national);
    }

    @Override
    protected String fileStem() {
        return "bien-dong-doi-tuong";
    }

    public StopReason[] getReasons() {
        return StopReason.values();
    }

    /** The line's name: its category, or "Cộng" and its programme for a programme's total. */
    public String name(MovementRow row) {
        return row.isTotal()
                ? Messages.text("report.subtotal") + " "
                        + Messages.text(row.programme().labelKey())
                : Messages.text(row.category().labelKey());
    }

    public String getChart() {
        return ReportChart.movement(getReport(), Messages::text);
    }
}
