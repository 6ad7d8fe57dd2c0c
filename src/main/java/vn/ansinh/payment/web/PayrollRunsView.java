package vn.ansinh.payment.web;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.LazyDataModel;
import vn.ansinh.payment.application.PayrollService;
import vn.ansinh.payment.domain.PayrollRun;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.security.CurrentActor;
import vn.ansinh.shared.time.VietnamTime;
import vn.ansinh.shared.web.Messages;
import vn.ansinh.shared.web.PageActions;
import vn.ansinh.shared.web.PagedRows;
import vn.ansinh.shared.web.Pages;

/** The payrolls of the user's units, and a new one for a unit and month. */
@Named
@ViewScoped
public class PayrollRunsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PayrollService payrolls;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private Clock clock;

    private LazyDataModel<PayrollRun> runs;
    /** The upper unit chosen: the country ("VN") or a province; the user's own unit for a commune's official. */
    private String unit;
    /** A commune inside {@link #unit}, or empty for the whole of it. */
    private String commune;

    private YearMonth month;
    private List<SelectItem> units;
    private List<SelectItem> communes;

    public void load() {
        if (runs == null) {
            runs = PagedRows.of(
                    () -> payrolls.countRuns(), (first, size) -> payrolls.runs(first, size), PayrollRun::id);
        }
        if (unit == null) {
            unit = currentActor.get().unit().value();
            month = VietnamTime.thisMonth(clock);
            units = new ArrayList<>();
            if (currentActor.get().unit().isNational()) {
                units.add(new SelectItem(AdminUnitCode.NATIONAL.value(), Messages.text("payroll.wholeCountry")));
            }
            payrolls.provinceChoices()
                    .forEach(p -> units.add(new SelectItem(p.code().value(), p.fullName())));
            unitChanged();
        }
    }

    /** The communes offered follow the upper unit chosen. */
    public void unitChanged() {
        commune = null;
        communes = new ArrayList<>();
        if (units.isEmpty()) {
            return;
        }
        AdminUnitCode upper;
        try {
            upper = AdminUnitCode.of(unit == null ? "" : unit);
        } catch (IllegalArgumentException e) {
            unit = currentActor.get().unit().value();
            return;
        }
        payrolls.communeChoices(upper)
                .forEach(c -> communes.add(new SelectItem(c.code().value(), c.fullName())));
    }

    /** Whether the user chooses the unit (a province's or the country's official); a commune's creates its own. */
    public boolean isChoosesUnit() {
        return !units.isEmpty();
    }

    /** The user's own unit by name. */
    public String getOwnUnitName() {
        String name = payrolls.unitName(currentActor.get().unit());
        return name == null ? Messages.text("payroll.wholeCountry") : name;
    }

    public void create() {
        PageActions.attempt(() -> {
            if (month == null) {
                throw new BusinessRuleException("payroll.error.month");
            }
            PayrollRun run = payrolls.create(unitCode(), month);
            Pages.redirect("/payroll/run.xhtml?id=" + run.id());
        });
    }

    private AdminUnitCode unitCode() {
        String chosen = commune == null || commune.isBlank() ? unit : commune;
        try {
            return AdminUnitCode.of(chosen == null ? "" : chosen.strip());
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleException("payroll.error.unit");
        }
    }

    public boolean isMayCreate() {
        return payrolls.mayCreate(currentActor.get().unit());
    }

    /** The payrolls of the user's units, paged in SQL. */
    public LazyDataModel<PayrollRun> getRuns() {
        return runs;
    }

    /** The country (for a national user) and the provinces of the user's jurisdiction, by name. */
    public List<SelectItem> getUnits() {
        return units;
    }

    /** The communes of the chosen unit, by name (none when the user works in a commune). */
    public List<SelectItem> getCommunes() {
        return communes;
    }

    /** A payroll's unit by name. */
    public String unitName(PayrollRun run) {
        String name = payrolls.unitName(run.unitCode());
        return name == null ? Messages.text("payroll.wholeCountry") : name;
    }

    public String getCommune() {
        return commune;
    }

    public void setCommune(String commune) {
        this.commune = commune;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public YearMonth getMonth() {
        return month;
    }

    public void setMonth(YearMonth month) {
        this.month = month;
    }
}
