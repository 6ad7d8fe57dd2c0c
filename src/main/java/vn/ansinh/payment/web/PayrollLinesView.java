package vn.ansinh.payment.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.LazyDataModel;
import vn.ansinh.payment.application.PayrollLines;
import vn.ansinh.payment.domain.LineKind;
import vn.ansinh.payment.domain.PaymentChannel;
import vn.ansinh.payment.domain.PaymentStatus;
import vn.ansinh.payment.domain.PayrollRun;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.web.PagedRows;

/**
 * The lines of the payroll on the run page ({@link PayrollRunView} loads and authorizes the run, then shows it
 * here): a filter form, the lines paged in SQL and the filter's count and total.
 */
@Named
@ViewScoped
public class PayrollLinesView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The table of lines on the run page. */
    private static final String TABLE = ":runLines:table";

    @Inject
    private PayrollLines lines;

    private Long runId;
    private List<PayrollLines.Commune> communes = List.of();
    private List<Category> categories = List.of();
    private LazyDataModel<PayrollLines.Line> rows;
    private PayrollLines.Totals totals = new PayrollLines.Totals(0, 0);

    private String commune;
    private Category category;
    private LineKind kind;
    private PaymentChannel channel;
    private PaymentStatus status;
    private String text;

    /** Shows the lines of a run the run view loaded and authorized, once it has lines: its communes, categories, totals. */
    public void show(PayrollRun run) {
        if (run == null || !run.status().hasLines()) {
            return;
        }
        runId = run.id();
        communes = lines.communes(runId);
        categories = lines.categories(runId);
        if (rows == null) {
            rows = PagedRows.of(
                    () -> lines.count(runId, filter()),
                    (first, size) -> lines.page(runId, filter(), first, size),
                    PayrollLines.Line::lineId);
        }
        totals = lines.totals(runId, filter());
    }

    /** Applies the filter: the table reads it on its next load, from its first page; the totals are read now. */
    public void search() {
        if (runId != null) {
            totals = lines.totals(runId, filter());
        }
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE) instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    /** Shows every line again. */
    public void clear() {
        commune = null;
        category = null;
        kind = null;
        channel = null;
        status = null;
        text = null;
        search();
    }

    private PayrollLines.Filter filter() {
        return new PayrollLines.Filter(commune, category, kind, channel, status, text);
    }

    public LazyDataModel<PayrollLines.Line> getRows() {
        return rows;
    }

    public PayrollLines.Totals getTotals() {
        return totals;
    }

    public List<PayrollLines.Commune> getCommunes() {
        return communes;
    }

    /** The categories with lines in the run. */
    public List<Category> getCategories() {
        return categories;
    }

    /** The run has lines to show (computed or approved). */
    public boolean isShown() {
        return runId != null;
    }

    public LineKind[] getKinds() {
        return LineKind.values();
    }

    public PaymentChannel[] getChannels() {
        return PaymentChannel.values();
    }

    public PaymentStatus[] getStatuses() {
        return PaymentStatus.values();
    }

    public String getCommune() {
        return commune;
    }

    public void setCommune(String commune) {
        this.commune = commune;
    }

    public Category getCategory() {
        return category;
    }

    public void setCategory(Category category) {
        this.category = category;
    }

    public LineKind getKind() {
        return kind;
    }

    public void setKind(LineKind kind) {
        this.kind = kind;
    }

    public PaymentChannel getChannel() {
        return channel;
    }

    public void setChannel(PaymentChannel channel) {
        this.channel = channel;
    }

    public PaymentStatus getStatus() {
        return status;
    }

    public void setStatus(PaymentStatus status) {
        this.status = status;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
