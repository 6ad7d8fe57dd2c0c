package vn.ansinh.alert.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import vn.ansinh.alert.domain.CaseAlert;
import vn.ansinh.registry.application.AdminUnitDirectory;
import vn.ansinh.shared.command.CommandEngine;
import vn.ansinh.shared.security.CurrentActor;
import vn.ansinh.shared.time.VietnamTime;

/** The alerts as the logged-in user works on them: their worklist, marking one done, running the scan. */
@ApplicationScoped
public class AlertService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private CommandEngine engine;

    @Inject
    private AdminUnitDirectory units;

    @Inject
    private Clock clock;

    /** A page of the user's open alerts, earliest due day first. */
    public List<AlertRow> worklist(int first, int size) {
        return new AlertWorklist(em, units.tree()).page(currentActor.get(), today(), first, size);
    }

    /** How many open alerts the user's worklist has. */
    public int openCount() {
        return new AlertWorklist(em, units.tree()).count(currentActor.get());
    }

    public CaseAlert resolve(AlertRow row) {
        return engine.submit(resolveCommand(row));
    }

    /** Whether the user may mark the alert done (the page shows the button only then). */
    public boolean mayResolve(AlertRow row) {
        return engine.permits(resolveCommand(row));
    }

    public ScanResult runScanNow() {
        return engine.submit(new RunAlertScanCommand());
    }

    public boolean mayRunScan() {
        return engine.permits(new RunAlertScanCommand());
    }

    private static ResolveAlertCommand resolveCommand(AlertRow row) {
        return new ResolveAlertCommand(row.id(), row.commune(), row.kind());
    }

    private LocalDate today() {
        return VietnamTime.today(clock);
    }
}
