package vn.ansinh.alert.web;

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
import vn.ansinh.alert.application.AlertRow;
import vn.ansinh.alert.application.AlertService;
import vn.ansinh.registry.application.AdminUnitDirectory;
import vn.ansinh.shared.command.AccessDeniedException;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.web.Messages;

/** The user's worklist of open alerts, paged in SQL, with "Đã xử lý" where they may mark one done. */
@Named
@ViewScoped
public class AlertWorklistView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AlertService alerts;

    @Inject
    private AdminUnitDirectory units;

    private LazyDataModel<AlertRow> rows;

    @PostConstruct
    void init() {
        rows = new Rows();
    }

    public void resolve(AlertRow row) {
        try {
            alerts.resolve(row);
            Messages.info("alerts.resolved", row.personName());
        } catch (AccessDeniedException e) {
            Messages.error(e.messageKey());
        } catch (BusinessRuleException e) {
            Messages.error(e.messageKey(), e.arguments());
        }
    }

    public boolean mayResolve(AlertRow row) {
        return alerts.mayResolve(row);
    }

    public String communeName(AlertRow row) {
        return units.nameOf(row.commune());
    }

    public LazyDataModel<AlertRow> getRows() {
        return rows;
    }

    private final class Rows extends LazyDataModel<AlertRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return alerts.openCount();
        }

        @Override
        public List<AlertRow> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return alerts.worklist(first, pageSize);
        }

        @Override
        public String getRowKey(AlertRow row) {
            return String.valueOf(row.id());
        }

        @Override
        public AlertRow getRowData(String rowKey) {
            return null;
        }
    }
}
