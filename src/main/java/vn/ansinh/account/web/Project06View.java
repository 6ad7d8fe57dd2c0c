package vn.ansinh.account.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import vn.ansinh.account.application.CommuneIndicators;
import vn.ansinh.account.application.Project06Chart;
import vn.ansinh.account.application.Project06Indicators;
import vn.ansinh.account.application.Project06Report;
import vn.ansinh.registry.domain.AdminUnit;
import vn.ansinh.shared.command.AccessDeniedException;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.web.Messages;
import vn.ansinh.shared.web.Pages;

/**
 * Project 06 indicators: pick a month (and, for a national user, a province); a table per commune
 * with the total, and a bar chart against the targets.
 */
@Named
@ViewScoped
public class Project06View implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many months back the picker offers. */
    static final int MONTHS = 24;

    @Inject
    private Project06Indicators indicators;

    private List<AdminUnit> scopes;
    private String scope;
    private String month;
    private Project06Report report;
    private java.time.Instant countedAt;

    public void load() {
        scopes = indicators.scopes();
        if (scope == null && !scopes.isEmpty()) {
            scope = scopes.get(0).code().value();
        }
        if (month == null) {
            month = currentMonth().toString();
        }
        show();
    }

    public void show() {
        try {
            Project06Indicators.Counted counted =
                    scope == null ? null : indicators.counted(AdminUnitCode.of(scope), YearMonth.parse(month));
            report = counted == null ? null : counted.report();
            countedAt = counted == null ? null : counted.at();
        } catch (AccessDeniedException e) {
            Pages.refuse(e);
        } catch (RuntimeException e) {
            report = null;
            countedAt = null;
            Messages.error("account.project06.error.choice");
        }
    }

    /** When the report's figures were counted (UTC; the page shows it in Vietnam's time). */
    public java.time.LocalDateTime getCountedAt() {
        return countedAt == null ? null : java.time.LocalDateTime.ofInstant(countedAt, java.time.ZoneOffset.UTC);
    }

    /** The months offered, newest first: value {@code 2026-03}, label {@code 03/2026}. */
    public List<YearMonth> getMonths() {
        List<YearMonth> months = new ArrayList<>(MONTHS);
        YearMonth m = currentMonth();
        for (int i = 0; i < MONTHS; i++) {
            months.add(m.minusMonths(i));
        }
        return months;
    }

    public String getChart() {
        Project06Chart.Texts texts = new Project06Chart.Texts(
                Messages.text("account.project06.withAccount"),
                Messages.text("account.project06.registered"),
                Messages.text("account.project06.paid"),
                Messages.text(
                        "account.project06.accountTarget", report.targets().accountPercent()),
                Messages.text("account.project06.paidTarget", report.targets().paidPercent()),
                Messages.text("account.project06.percentAxis"));
        return Project06Chart.json(report, texts);
    }

    /** The chart's height: one line per commune when the bars lie horizontally. */
    public String getChartStyle() {
        int communes = report.communesWithBeneficiaries().size();
        int height = Project06Chart.horizontal(report) ? 80 + 36 * communes : 380;
        return "height: " + height + "px";
    }

    /** A share as the user's language writes it ({@code 62,5 %}), or a dash without beneficiaries. */
    public String percent(BigDecimal share) {
        return vn.ansinh.shared.web.Format.percentOf(share);
    }

    /** The cell's class; PrimeFaces also asks for the header, with no row (null). */
    public String accountClass(CommuneIndicators row) {
        return row == null || row.beneficiaries() == 0
                ? ""
                : row.meetsAccountTarget(report.targets()) ? "target-met" : "target-missed";
    }

    public String paidClass(CommuneIndicators row) {
        return row == null || row.beneficiaries() == 0
                ? ""
                : row.meetsPaidTarget(report.targets()) ? "target-met" : "target-missed";
    }

    private YearMonth currentMonth() {
        return indicators.currentMonth();
    }

    public List<AdminUnit> getScopes() {
        return scopes;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public Project06Report getReport() {
        return report;
    }
}
