package vn.ansinh.anomaly.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import vn.ansinh.anomaly.domain.AnomalyFinding;
import vn.ansinh.anomaly.domain.AnomalyRule;
import vn.ansinh.anomaly.domain.FindingStatus;
import vn.ansinh.registry.application.AdminUnitDirectory;
import vn.ansinh.registry.application.UnitScope;
import vn.ansinh.shared.command.CommandEngine;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.persistence.ReadDatabase;
import vn.ansinh.shared.security.CurrentActor;
import vn.ansinh.shared.time.VietnamTime;

/** The anomaly checks as the logged-in auditor or administrator works with them, within their jurisdiction. */
@ApplicationScoped
public class AnomalyService {

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

    @Inject
    private ReadDatabase reads;

    public List<RuleCount> counts() {
        return findings().counts(scope());
    }

    public int count(AnomalyRule rule, FindingStatus status) {
        return findings().count(scope(), rule, status);
    }

    public List<FindingRow> page(AnomalyRule rule, FindingStatus status, int first, int size) {
        return findings().page(scope(), rule, status, first, size);
    }

    /** Every finding of the rule the user may read, for an export. */
    public void forEach(AnomalyRule rule, FindingStatus status, Consumer<FindingRow> each) {
        findings().forEach(scope(), rule, status, each);
    }

    public Optional<RunSummary> latestRun() {
        return findings().latestRun();
    }

    /** The month the checks run for unless the user picks another: this month in Vietnam. */
    public YearMonth thisMonth() {
        return YearMonth.from(VietnamTime.today(clock));
    }

    /** Runs the checks now over the user's jurisdiction for the month. */
    public AnomalyChecks.Result runNow(YearMonth month) {
        return engine.submit(runCommand(month));
    }

    public boolean mayRunNow() {
        return currentActor.get().jurisdiction().isPresent() && engine.permits(runCommand(thisMonth()));
    }

    public AnomalyFinding mark(FindingRow row, FindingStatus target, String note) {
        return engine.submit(markCommand(row, target, note));
    }

    public boolean mayMark(FindingRow row) {
        return engine.permits(markCommand(row, FindingStatus.EXPLAINED, null));
    }

    private RunAnomalyChecksCommand runCommand(YearMonth month) {
        AdminUnitCode scope =
                currentActor.get().jurisdiction().orElse(currentActor.get().unit());
        return new RunAnomalyChecksCommand(scope, month, units.tree(), reads);
    }

    private static MarkFindingCommand markCommand(FindingRow row, FindingStatus target, String note) {
        return new MarkFindingCommand(row.id(), AdminUnitCode.of(row.communeCode()), target, note);
    }

    private UnitScope scope() {
        return units.scopeOf(currentActor.get());
    }

    private AnomalyFindings findings() {
        return new AnomalyFindings(em);
    }
}
