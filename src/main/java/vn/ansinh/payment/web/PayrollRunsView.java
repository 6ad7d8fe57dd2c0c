package vn.ansinh.payment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.YearMonth;
import org.primefaces.model.LazyDataModel;
import vn.ansinh.payment.application.PayrollService;
import vn.ansinh.payment.domain.PayrollRun;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.security.CurrentActor;
import vn.ansinh.shared.time.VietnamTime;
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
    private String unit;
    private YearMonth month;

    public void load() {
        if (runs == null) {
            runs = PagedRows.of(
                    () -> payrolls.countRuns(), (first, size) -> payrolls.runs(first, size), PayrollRun::id);
        }
        if (unit == null) {
            unit = currentActor.get().unit().value();
            month = VietnamTime.thisMonth(clock);
        }
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
        try {
            return AdminUnitCode.of(unit == null ? "" : unit.strip());
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
