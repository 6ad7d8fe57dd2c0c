package vn.ansinh.anomaly.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.primefaces.model.LazyDataModel;
import vn.ansinh.anomaly.application.AnomalyChecks;
import vn.ansinh.anomaly.application.AnomalyService;
import vn.ansinh.anomaly.application.FindingRow;
import vn.ansinh.anomaly.application.RuleCount;
import vn.ansinh.anomaly.application.RunSummary;
import vn.ansinh.anomaly.domain.AnomalyRule;
import vn.ansinh.anomaly.domain.FindingStatus;
import vn.ansinh.registry.application.AdminUnitDirectory;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.web.Messages;
import vn.ansinh.shared.web.PageActions;
import vn.ansinh.shared.web.PagedRows;

/**
 * The anomaly checks page: each rule with its count, the findings of the rule chosen (paged in SQL), marking one
 * explained or referred, running the checks now, and the Excel export of a rule's findings.
 */
@Named
@ViewScoped
public class AnomaliesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AnomalyService anomalies;

    @Inject
    private AdminUnitDirectory units;

    private List<RuleCount> counts;
    private AnomalyRule rule;
    private FindingStatus status;
    private LazyDataModel<FindingRow> rows;
    private YearMonth month;
    private FindingRow marking;
    private FindingStatus markAs = FindingStatus.EXPLAINED;
    private String note;

    @PostConstruct
    void init() {
        month = anomalies.thisMonth();
        counts = anomalies.counts();
        rows = PagedRows.of(
                () -> rule == null ? 0 : anomalies.count(rule, status),
                (first, size) -> rule == null ? List.of() : anomalies.page(rule, status, first, size),
                FindingRow::id);
    }

    public void open(AnomalyRule chosen) {
        rule = chosen;
    }

    public void runNow() {
        PageActions.attempt(() -> {
            AnomalyChecks.Result result = anomalies.runNow(month == null ? anomalies.thisMonth() : month);
            counts = anomalies.counts();
            Messages.info("anomaly.ran", result.totalFound(), result.totalMillis() / 1000.0);
            if (result.readFrom().messageKey() != null) {
                // where the checks read: the replica and its lag, or the primary because the replica did not answer
                Messages.info(result.readFrom().messageKey(), result.readFrom().lagSeconds());
            }
        });
    }

    public void startMarking(FindingRow row) {
        marking = row;
        markAs = FindingStatus.EXPLAINED;
        note = null;
    }

    public void mark() {
        if (marking == null) {
            return;
        }
        PageActions.attemptForField("markForm:note", () -> {
            anomalies.mark(marking, markAs, note);
            Messages.info("anomaly.marked", Messages.text(markAs.labelKey()));
            counts = anomalies.counts();
            marking = null;
        });
    }

    public boolean mayRunNow() {
        return anomalies.mayRunNow();
    }

    public boolean mayMark(FindingRow row) {
        return anomalies.mayMark(row);
    }

    public String evidence(FindingRow row) {
        return EvidenceText.of(row, vn.ansinh.shared.web.Messages.locale());
    }

    public String communeName(FindingRow row) {
        return units.nameOf(AdminUnitCode.of(row.communeCode()));
    }

    /** The export's address for the rule and status shown. */
    public String exportUrl() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/audit/anomalies/export?rule=" + (rule == null ? "" : rule.name())
                + (status == null ? "" : "&status=" + status.name());
    }

    public Optional<RunSummary> getLatestRun() {
        return anomalies.latestRun();
    }

    public Set<FindingStatus> getMarkings() {
        return FindingStatus.markings();
    }

    public FindingStatus[] getStatuses() {
        return FindingStatus.values();
    }

    public List<RuleCount> getCounts() {
        return counts;
    }

    public AnomalyRule getRule() {
        return rule;
    }

    public FindingStatus getStatus() {
        return status;
    }

    public void setStatus(FindingStatus status) {
        this.status = status;
    }

    public LazyDataModel<FindingRow> getRows() {
        return rows;
    }

    public YearMonth getMonth() {
        return month;
    }

    public void setMonth(YearMonth month) {
        this.month = month;
    }

    public FindingRow getMarking() {
        return marking;
    }

    public FindingStatus getMarkAs() {
        return markAs;
    }

    public void setMarkAs(FindingStatus markAs) {
        this.markAs = markAs;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
