package vn.ansinh.audit.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.primefaces.model.LazyDataModel;
import vn.ansinh.audit.application.AccessFilter;
import vn.ansinh.audit.application.AccessLogSearch;
import vn.ansinh.shared.access.domain.AccessEntry;
import vn.ansinh.shared.access.domain.AccessKind;
import vn.ansinh.shared.access.domain.AccessOutcome;
import vn.ansinh.shared.web.PagedRows;

/** The access log for auditors and administrators: who read whose personal data, filtered, newest first, paged in SQL. */
@Named
@ViewScoped
public class AccessLogView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccessLogSearch search;

    private String reader;
    private String person;
    private AccessKind kind;
    private AccessOutcome outcome;
    private LocalDate from;
    private LocalDate to;
    private AccessFilter filter = AccessFilter.NONE;
    private LazyDataModel<AccessEntry> entries;

    @PostConstruct
    void init() {
        entries = PagedRows.of(
                () -> search.count(filter), (first, size) -> search.page(filter, first, size), AccessEntry::getId);
    }

    public void search() {
        filter = new AccessFilter(reader, person, kind, outcome, from, to);
    }

    public void clear() {
        reader = person = null;
        kind = null;
        outcome = null;
        from = to = null;
        filter = AccessFilter.NONE;
    }

    public AccessKind[] getKinds() {
        return AccessKind.values();
    }

    public AccessOutcome[] getOutcomes() {
        return AccessOutcome.values();
    }

    public LazyDataModel<AccessEntry> getEntries() {
        return entries;
    }

    public String getReader() {
        return reader;
    }

    public void setReader(String reader) {
        this.reader = reader;
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    public AccessKind getKind() {
        return kind;
    }

    public void setKind(AccessKind kind) {
        this.kind = kind;
    }

    public AccessOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(AccessOutcome outcome) {
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
