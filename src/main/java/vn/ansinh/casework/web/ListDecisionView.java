package vn.ansinh.casework.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import vn.ansinh.casework.application.ListDecisionService;
import vn.ansinh.casework.application.ListDecisions;
import vn.ansinh.casework.domain.ListDecision;
import vn.ansinh.casework.domain.ListDecisionEntry;
import vn.ansinh.casework.domain.ListRule;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.web.Messages;
import vn.ansinh.shared.web.PageActions;

/**
 * List decisions (quyết định kèm danh sách): the preview of a rule from a month (who moves or whose amount
 * changes, amounts before and after, the pending rate rows it would need), preparing the lists (one per
 * commune), and the lists of the unit, which the commune chairman signs.
 */
@Named
@ViewScoped
public class ListDecisionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ListDecisionService service;

    private ListRule rule = ListRule.ELDERLY_80_NO_PENSION_TO_SOCIAL_PENSION;
    private YearMonth month;
    private List<ListDecisions.Row> preview = List.of();
    private List<ListDecisions.PendingRow> pending = List.of();
    private boolean previewed;
    private List<ListDecision> lists = List.of();

    public void load() {
        lists = service.lists();
    }

    public void runPreview() {
        YearMonth m = parsedMonth();
        if (m == null) {
            return;
        }
        List<ListDecisions.Row> rows = new ArrayList<>();
        for (Map.Entry<AdminUnitCode, List<ListDecisions.Row>> commune :
                service.preview(rule, m).entrySet()) {
            rows.addAll(commune.getValue());
        }
        preview = rows;
        pending = service.pending(rule, m);
        previewed = true;
        if (rows.isEmpty()) {
            Messages.info(rule.keepsCase() ? "listDecision.previewEmptyAdjust" : "listDecision.previewEmpty");
        }
    }

    public void prepare() {
        YearMonth m = parsedMonth();
        if (m != null) {
            attempt("listDecision.prepared", () -> service.prepare(rule, m));
            preview = List.of();
            pending = List.of();
            previewed = false;
        }
    }

    public void sign(ListDecision list) {
        attempt("listDecision.signed", () -> service.sign(list));
    }

    /** The month typed (MonthConverter read it), or null with the page's message when none was. */
    private YearMonth parsedMonth() {
        if (month == null) {
            Messages.error("listDecision.error.month");
        }
        return month;
    }

    private void attempt(String doneKey, Supplier<?> action) {
        PageActions.attempt(doneKey, action::get);
        load();
    }

    public List<ListDecisionEntry> entries(ListDecision list) {
        return service.entries(list);
    }

    public String person(Long personId) {
        return service.personName(personId);
    }

    public String unitName(AdminUnitCode code) {
        return service.unitName(code);
    }

    public boolean maySign(ListDecision list) {
        return service.maySign(list);
    }

    public boolean isMayPrepare() {
        return service.mayPrepare();
    }

    public ListRule[] getRules() {
        return ListRule.values();
    }

    public ListRule getRule() {
        return rule;
    }

    public void setRule(ListRule rule) {
        this.rule = rule;
    }

    public YearMonth getMonth() {
        return month;
    }

    public void setMonth(YearMonth month) {
        this.month = month;
    }

    public List<ListDecisions.Row> getPreview() {
        return preview;
    }

    /** The rate rows the previewed amounts would need that are still pending (shown with the preview). */
    public List<ListDecisions.PendingRow> getPending() {
        return pending;
    }

    /** Whether a preview was run (its note on confirmed rates is shown with it). */
    public boolean isPreviewed() {
        return previewed;
    }

    public List<ListDecision> getLists() {
        return lists;
    }
}
