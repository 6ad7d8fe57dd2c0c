package vn.ansinh.audit.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.LazyDataModel;
import vn.ansinh.audit.application.AuditDiff;
import vn.ansinh.audit.application.AuditFilter;
import vn.ansinh.audit.application.AuditTrail;
import vn.ansinh.shared.command.AuditOutcome;
import vn.ansinh.shared.command.AuditRecord;
import vn.ansinh.shared.command.RefusalReason;
import vn.ansinh.shared.web.Messages;
import vn.ansinh.shared.web.PagedRows;
import vn.ansinh.shared.web.RecordParam;

/**
 * The audit trail for auditors: filtered by person, case, run, actor, action, outcome and Vietnam days, newest
 * first, paged in SQL; each row's change as a field-by-field diff, a refusal's reason in the reader's language.
 */
@Named
@ViewScoped
public class AuditTrailView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuditTrail trail;

    private String person;
    private String caseId;
    private String runId;
    private String actor;
    private String action;
    private AuditOutcome outcome;
    private LocalDate from;
    private LocalDate to;
    private AuditFilter filter = AuditFilter.NONE;
    private List<String> actions;
    private LazyDataModel<AuditRecord> records;

    @PostConstruct
    void init() {
        actions = trail.actions();
        records = PagedRows.of(
                () -> trail.count(filter), (first, size) -> trail.page(filter, first, size), AuditRecord::getId);
    }

    /** Applies the filters typed; an id that is not a number finds nothing rather than everything. */
    public void search() {
        filter = new AuditFilter(person, id(caseId), id(runId), actor, action, outcome, from, to);
    }

    public void clear() {
        person = caseId = runId = actor = action = null;
        outcome = null;
        from = to = null;
        filter = AuditFilter.NONE;
    }

    private static Long id(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return RecordParam.parse(text.strip()).stream().boxed().findFirst().orElse(-1L);
    }

    /** The row's before and after values, field by field. */
    public List<AuditDiff.Row> diff(AuditRecord record) {
        return AuditDiff.of(record.getBeforeValue(), record.getAfterValue());
    }

    /** A field of a row's values in the reader's language, or its stored name where the bundles have none. */
    public String fieldLabel(String field) {
        return AuditLabels.field(field);
    }

    /** The action's name in the reader's language, or its audit name where it has none. */
    public String actionLabel(String action) {
        return AuditLabels.action(action);
    }

    /** A refusal's reason: translated when the row keeps its key, as written (English) for older rows. */
    public String reason(AuditRecord record) {
        RefusalReason reason = record.getReasonKeyed();
        return reason == null
                ? record.getReason()
                : Messages.text(reason.key(), reason.arguments().toArray());
    }

    public AuditOutcome[] getOutcomes() {
        return AuditOutcome.values();
    }

    public List<String> getActions() {
        return actions;
    }

    public LazyDataModel<AuditRecord> getRecords() {
        return records;
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    public String getCaseId() {
        return caseId;
    }

    public void setCaseId(String caseId) {
        this.caseId = caseId;
    }

    public String getRunId() {
        return runId;
    }

    public void setRunId(String runId) {
        this.runId = runId;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public AuditOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(AuditOutcome outcome) {
        this.outcome = outcome;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
