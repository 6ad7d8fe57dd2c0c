package vn.ansinh.audit.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import vn.ansinh.audit.application.AuditTrail;
import vn.ansinh.shared.command.AuditRecord;

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
        records = new AuditRecords(trail);
    }

    public LazyDataModel<AuditRecord> getRecords() {
        return records;
    }

    private static final class AuditRecords extends LazyDataModel<AuditRecord> {

        private static final long serialVersionUID = 1L;
        private final AuditTrail trail;

        AuditRecords(AuditTrail trail) {
            this.trail = trail;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return trail.count();
        }

        @Override
        public List<AuditRecord> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return trail.page(first, pageSize);
        }

        @Override
        public String getRowKey(AuditRecord record) {
            return String.valueOf(record.getId());
        }

        @Override
        public AuditRecord getRowData(String rowKey) {
            return null;
        }
    }
}
