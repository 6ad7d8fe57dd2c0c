package vn.ansinh.alert.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.ansinh.alert.application.AlertService;
import vn.ansinh.alert.application.ScanResult;
import vn.ansinh.shared.web.Messages;
import vn.ansinh.shared.web.PageActions;

/** The alerts on the role home pages: how many are open, and the administrator's "run the scan now". */
@Named
@RequestScoped
public class AlertSummaryView {

    @Inject
    private AlertService alerts;

    private Integer openCount;

    public int getOpenCount() {
        if (openCount == null) {
            openCount = alerts.openCount();
        }
        return openCount;
    }

    public boolean isMayRunScan() {
        return alerts.mayRunScan();
    }

    public void runScan() {
        PageActions.attempt(() -> {
            ScanResult result = alerts.runScanNow();
            openCount = null;
            Messages.info("alerts.scan.done", result.totalRaised(), result.resolved());
        });
    }
}
