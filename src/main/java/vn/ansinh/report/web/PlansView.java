package vn.ansinh.report.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.ansinh.report.application.PlanLine;
import vn.ansinh.report.application.ReportUnit;
import vn.ansinh.report.application.Reports;
import vn.ansinh.report.application.SetPlanCommand;
import vn.ansinh.shared.command.CommandEngine;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.Programme;
import vn.ansinh.shared.web.Messages;
import vn.ansinh.shared.web.PageActions;

/**
 * The administrator enters the plan (dự toán) of a unit for a year, per programme: the country or a province, or a
 * commune of the province, chosen by name.
 */
@Named
@ViewScoped
public class PlansView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Reports reports;

    @Inject
    private CommandEngine engine;

    private List<ReportUnit> provinces;
    private List<ReportUnit> communes = List.of();
    private String province;
    private String commune;
    private int year;
    private List<PlanLine> lines = List.of();

    public void load() {
        provinces = reports.units(Messages.text("report.country"));
        if (province == null && !provinces.isEmpty()) {
            province = provinces.get(0).value();
        }
        if (year == 0) {
            year = reports.currentMonth().getYear();
        }
        changeProvince();
    }

    /** A province was chosen: its communes are offered, and the province's own plan is shown. */
    public void changeProvince() {
        commune = null;
        communes = province == null || AdminUnitCode.of(province).isNational()
                ? List.of()
                : reports.communesOf(AdminUnitCode.of(province));
        show();
    }

    public void show() {
        AdminUnitCode unit = planUnit();
        if (unit == null) {
            lines = List.of();
            return;
        }
        Map<Programme, Long> plans = reports.plans(unit, year);
        List<PlanLine> shown = new ArrayList<>();
        for (Programme programme : Programme.values()) {
            shown.add(new PlanLine(programme, plans.get(programme)));
        }
        lines = shown;
    }

    public void save() {
        AdminUnitCode unit = planUnit();
        boolean saved = PageActions.attempt(() -> {
            for (PlanLine line : lines) {
                if (line.changed()) {
                    engine.submit(new SetPlanCommand(unit, year, line.getProgramme(), line.getAmount()));
                }
            }
        });
        if (saved) {
            Messages.info("report.plan.saved");
            show();
        }
    }

    public boolean isMayEdit() {
        AdminUnitCode unit = planUnit();
        return unit != null && engine.permits(new SetPlanCommand(unit, year, Programme.SOCIAL_ASSISTANCE, 0));
    }

    private AdminUnitCode planUnit() {
        String code = commune != null && !commune.isBlank() ? commune : province;
        return code == null ? null : AdminUnitCode.of(code);
    }

    public List<Integer> getYears() {
        int now = reports.currentMonth().getYear();
        return List.of(now + 1, now, now - 1, now - 2);
    }

    public List<ReportUnit> getProvinces() {
        return provinces;
    }

    public List<ReportUnit> getCommunes() {
        return communes;
    }

    public String getProvince() {
        return province;
    }

    public void setProvince(String province) {
        this.province = province;
    }

    public String getCommune() {
        return commune;
    }

    public void setCommune(String commune) {
        this.commune = commune;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public List<PlanLine> getLines() {
        return lines;
    }
}
