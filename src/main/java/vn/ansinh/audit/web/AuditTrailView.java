package vn.ansinh.audit.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;
import vn.ansinh.audit.application.AuditTrail;
import vn.ansinh.shared.command.AuditRecord;
import vn.ansinh.shared.web.PagedRows;

/** The audit trail for auditors: newest first, paged in SQL. */
@Named
@ViewScoped
public class AuditTrailView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuditTrail trail;

    private LazyDataModel<AuditRecord> records;

    @PostConstruct
    void init() {
        records = PagedRows.of(() -> trail.count(), (first, size) -> trail.page(first, size), AuditRecord::getId);
    }

    public LazyDataModel<AuditRecord> getRecords() {
        return records;
    }
}
