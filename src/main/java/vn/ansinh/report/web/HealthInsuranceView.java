package vn.ansinh.report.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import vn.ansinh.report.application.HealthInsuranceList;
import vn.ansinh.report.application.HealthInsuranceWorkbook;
import vn.ansinh.report.application.InsuranceChange;
import vn.ansinh.report.application.ReportUnit;
import vn.ansinh.report.application.Reports;
import vn.ansinh.report.domain.HealthInsuranceGroup;
import vn.ansinh.shared.access.application.AccessLog;
import vn.ansinh.shared.access.domain.AccessKind;
import vn.ansinh.shared.command.AccessDeniedException;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.persistence.ReadOrigin;
import vn.ansinh.shared.text.VietnameseFormat;
import vn.ansinh.shared.web.Messages;
import vn.ansinh.shared.web.PageActions;
import vn.ansinh.shared.web.Pages;
import vn.ansinh.shared.web.ReadOriginNote;

/**
 * The health-insurance list for Vietnam Social Security: a unit of the user's jurisdiction (a commune, or a province
 * for a national user) and a month; the counts by group and of the changes, and the Excel (noted in the access log).
 */
@Named
@ViewScoped
public class HealthInsuranceView implements Serializable {

    private static final long serialVersionUID = 1L;

    private ReadOrigin readOrigin = ReadOrigin.PRIMARY;

    @Inject
    Reports reports;

    @Inject
    AccessLog accessLog;

    private List<ReportUnit> units;
    private List<YearMonth> months;
    private String unit;
    private String month;
    private HealthInsuranceList list;

    public void load() {
        units = reports.units(Messages.text("report.country")).stream()
                .filter(u -> !u.code().isNational())
                .toList();
        months = reports.insuranceMonths();
        if (unit == null && !units.isEmpty()) {
            unit = units.get(0).value();
        }
        if (month == null) {
            month = months.get(0).toString();
        }
        show();
    }

    public void show() {
        list = null;
        if (unit == null) {
            return;
        }
        try {
            list = reports.healthInsurance(AdminUnitCode.of(unit), YearMonth.parse(month));
            readOrigin = reports.readOrigin();
        } catch (AccessDeniedException e) {
            Pages.refuse(e);
        } catch (BusinessRuleException | DateTimeParseException e) {
            Messages.error("report.error.choice");
        }
    }

    /** The Excel of the list shown, noted in the access log (a method, not a getter: it has that side effect). */
    public StreamedContent excel() {
        if (list == null) {
            return null;
        }
        HealthInsuranceList shown = list;
        return PageActions.attemptFor(() -> {
                    byte[] content = HealthInsuranceWorkbook.write(shown);
                    accessLog.read(
                            AccessKind.HEALTH_INSURANCE_LIST,
                            AdminUnitCode.of(unit),
                            null,
                            "bhyt " + unit + " " + shown.month());
                    return DefaultStreamedContent.builder()
                            .name("danh-sach-bhyt-" + unit + "-" + shown.month() + ".xlsx")
                            .contentType(HealthInsuranceWorkbook.CONTENT_TYPE)
                            .contentLength((long) content.length)
                            .stream(() -> new ByteArrayInputStream(content))
                            .build();
                })
                .orElse(null);
    }

    public HealthInsuranceGroup[] getGroups() {
        return HealthInsuranceGroup.values();
    }

    public InsuranceChange.Kind[] getChangeKinds() {
        return InsuranceChange.Kind.values();
    }

    /** A month as pages write it, MM/yyyy. */
    public String label(YearMonth month) {
        return VietnameseFormat.month(month);
    }

    public List<ReportUnit> getUnits() {
        return units;
    }

    public List<YearMonth> getMonths() {
        return months;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public HealthInsuranceList getList() {
        return list;
    }

    /** The line about a read replica under the report ("… trễ N giây …"), or null when it was read from the primary. */
    public String getReadNote() {
        return ReadOriginNote.text(readOrigin);
    }
}
