package vn.ansinh.report.web;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import vn.ansinh.report.application.ReportPdf;
import vn.ansinh.report.application.ReportTable;
import vn.ansinh.report.application.ReportUnit;
import vn.ansinh.report.application.ReportWorkbook;
import vn.ansinh.report.application.Reports;
import vn.ansinh.report.domain.ReportPeriod;
import vn.ansinh.shared.command.AccessDeniedException;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.persistence.ReadOrigin;
import vn.ansinh.shared.web.Messages;
import vn.ansinh.shared.web.PageActions;
import vn.ansinh.shared.web.Pages;
import vn.ansinh.shared.web.ReadOriginNote;

/**
 * What the report pages share: the unit (by name, from the user's jurisdiction) and period pickers, the report
 * counted for them, and its Excel and PDF files.
 *
 * @param <R> the report
 */
public abstract class ReportPage<R extends Serializable> implements Serializable {

    private static final long serialVersionUID = 1L;

    private ReadOrigin readOrigin = ReadOrigin.PRIMARY;

    @Inject
    Reports reports;

    private List<ReportUnit> units;
    private List<ReportPeriod> periods;
    private String unit;
    private String period;
    private R report;

    /** The report of the unit and period, read as the user may. */
    protected abstract R count(AdminUnitCode unit, ReportPeriod period, String countryName);

    /** The report as its state document's table. */
    protected abstract ReportTable table(R report, boolean national);

    /** The file names' stem, e.g. {@code bien-dong-doi-tuong}. */
    protected abstract String fileStem();

    /** The periods the page offers: by default every month, quarter, 6 and 9 months and year. */
    protected List<ReportPeriod> offeredPeriods() {
        return reports.periods();
    }

    /** The period shown first: by default the current month. */
    protected ReportPeriod firstPeriod() {
        return ReportPeriod.month(reports.currentMonth());
    }

    public void load() {
        units = reports.units(Messages.text("report.country"));
        periods = offeredPeriods();
        if (unit == null && !units.isEmpty()) {
            unit = units.get(0).value();
        }
        if (period == null) {
            period = firstPeriod().code();
        }
        show();
    }

    public void show() {
        report = null;
        if (unit == null) {
            return;
        }
        try {
            report = count(AdminUnitCode.of(unit), ReportPeriod.parse(period), Messages.text("report.country"));
            readOrigin = reports.readOrigin();
        } catch (AccessDeniedException e) {
            Pages.refuse(e);
        } catch (BusinessRuleException e) {
            Messages.error("report.error.choice");
        }
    }

    public StreamedContent getExcel() {
        return file(".xlsx", ReportWorkbook.CONTENT_TYPE, true);
    }

    public StreamedContent getPdf() {
        return file(".pdf", ReportPdf.CONTENT_TYPE, false);
    }

    private StreamedContent file(String extension, String type, boolean excel) {
        if (report == null) {
            return null;
        }
        return PageActions.attemptFor(() -> {
                    ReportTable table = table(report, AdminUnitCode.of(unit).isNational());
                    byte[] content = excel ? reports.excel(table) : reports.pdf(table);
                    return DefaultStreamedContent.builder()
                            .name(fileStem() + "-" + unit + "-" + period + extension)
                            .contentType(type)
                            .contentLength((long) content.length)
                            .stream(() -> new ByteArrayInputStream(content))
                            .build();
                })
                .orElse(null);
    }

    /** A period in the user's language ("Quý I năm 2026", "Quarter I of 2026"). */
    public String label(ReportPeriod period) {
        return Messages.text(period.labelKey(), period.labelArguments());
    }

    public List<ReportUnit> getUnits() {
        return units;
    }

    public List<ReportPeriod> getPeriods() {
        return periods;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public R getReport() {
        return report;
    }

    /** The line about a read replica under the report ("… trễ N giây …"), or null when it was read from the primary. */
    public String getReadNote() {
        return ReadOriginNote.text(readOrigin);
    }
}
