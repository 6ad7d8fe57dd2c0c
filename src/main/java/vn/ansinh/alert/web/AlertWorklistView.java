package vn.ansinh.alert.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;
import vn.ansinh.alert.application.AlertRow;
import vn.ansinh.alert.application.AlertService;
import vn.ansinh.registry.application.AdminUnitDirectory;
import vn.ansinh.shared.web.Messages;
import vn.ansinh.shared.web.PageActions;
import vn.ansinh.shared.web.PagedRows;

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
        rows = PagedRows.of(() -> alerts.openCount(), (first, size) -> alerts.worklist(first, size), AlertRow::id);
    }

    public void resolve(AlertRow row) {
        PageActions.attempt(() -> {
            alerts.resolve(row);
            Messages.info("alerts.resolved", row.personName());
        });
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
}
