package vn.ansinh.payment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import vn.ansinh.payment.application.PayrollService;
import vn.ansinh.payment.domain.PayrollRun;
import vn.ansinh.shared.command.AccessDeniedException;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.security.CurrentActor;
import vn.ansinh.shared.web.Messages;
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

    private LazyDataModel<PayrollRun> runs;
    private String unit;
    private String month;

    public void load() {
        if (runs == null) {
            runs = new Runs(payrolls);
        }
        if (unit == null) {
            unit = currentActor.get().unit().value();
            month = YearMonth.now().toString();
        }
    }

    public void create() {
        try {
            YearMonth parsed = parseMonth();
            PayrollRun run = payrolls.create(AdminUnitCode.of(unit.strip()), parsed);
            Pages.redirect("/payroll/run.xhtml?id=" + run.id());
        } catch (AccessDeniedException e) {
            Messages.error(e.messageKey());
        } catch (BusinessRuleException e) {
            Messages.error(e.messageKey(), e.arguments());
        } catch (IllegalArgumentException e) {
            Messages.error("payroll.error.unit");
        }
    }

    private YearMonth parseMonth() {
        return vn.ansinh.shared.time.TypedMonth.parse(month)
                .orElseThrow(() -> new BusinessRuleException("payroll.error.month"));
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

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    private static final class Runs extends LazyDataModel<PayrollRun> {

        private static final long serialVersionUID = 1L;
        private final PayrollService payrolls;

        Runs(PayrollService payrolls) {
            this.payrolls = payrolls;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return payrolls.countRuns();
        }

        @Override
        public List<PayrollRun> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return payrolls.runs(first, pageSize);
        }

        @Override
        public String getRowKey(PayrollRun run) {
            return String.valueOf(run.id());
        }

        @Override
        public PayrollRun getRowData(String rowKey) {
            return null;
        }
    }
}
