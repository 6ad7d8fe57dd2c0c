package vn.ansinh.account.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.ansinh.registry.application.AdminUnitDirectory;
import vn.ansinh.registry.domain.AdminUnit;
import vn.ansinh.registry.domain.AdminUnitLevel;
import vn.ansinh.shared.command.AccessDeniedException;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.security.CurrentActor;
import vn.ansinh.shared.time.VietnamTime;

/**
 * The Project 06 indicators (Decision 06/QĐ-TTg; DOMAIN.md §3) as the logged-in user may read them:
 * for a commune, or for every commune of a former district or a province plus their total, for one
 * month, against the targets in the settings. See {@link Project06Query} for what each count means.
 */
@ApplicationScoped
public class Project06Indicators {

    @Inject
    private AdminUnitDirectory units;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private Clock clock;

    @Inject
    private Project06Counter counter;

    /** The month it is in Vietnam. */
    public YearMonth currentMonth() {
        return VietnamTime.thisMonth(clock);
    }

    /**
     * How long a report is kept before it is counted again ({@code ansinh.project06.cache-seconds}, 300 s; 0 counts
     * at every opening). A province's report counts its beneficiaries' accounts and payments at each opening, 1–3 s
     * of the database for a large province (issue 13, the load benchmark); statistics of the month, read by many, may
     * be a few minutes old, and the page says when they were counted.
     */
    @Inject
    @ConfigProperty(name = "ansinh.project06.cache-seconds", defaultValue = "300")
    private long cacheSeconds;

    @Resource
    private ManagedExecutorService executor;

    private KeptReports<Project06Report> reports;

    /** A report and the moment it was counted. */
    public record Counted(Project06Report report, Instant at) implements Serializable {}

    /** The report of a unit inside the user's jurisdiction (a national user picks a province). */
    public Project06Report report(AdminUnitCode scope, YearMonth month) {
        return counted(scope, month).report();
    }

    /**
     * The report of a unit inside the user's jurisdiction with the moment it was counted: the one counted less than
     * {@link #cacheSeconds} ago; one counted earlier is shown while it is counted again in the background; one never
     * counted is counted now. The access check comes first, every time.
     */
    public Counted counted(AdminUnitCode scope, YearMonth month) {
        if (scope.isNational() || !units.covers(currentActor.get(), scope)) {
            throw new AccessDeniedException("error.access.unit", "Project 06 of " + scope);
        }
        KeptReports.Kept<Project06Report> kept = reports().get(key(scope, month), () -> count(scope, month));
        return new Counted(kept.report(), kept.at());
    }

    /**
     * Counts the reports of every province for the month in the background, one after another (at start-up, so that
     * the first readers of a large province do not wait for its count); the units' own reports are counted when first
     * opened.
     */
    public void countProvincesInBackground(YearMonth month) {
        List<AdminUnitCode> provinces = units.tree().currentCommunes().stream()
                .map(commune -> units.tree().parentOf(commune).orElse(null))
                .filter(parent -> parent != null && parent.level() == AdminUnitLevel.PROVINCE)
                .map(AdminUnit::code)
                .distinct()
                .toList();
        // one after another: a start-up must not take every connection of the pool
        KeptReports<Project06Report> reports = reports();
        executor.execute(() -> {
            for (AdminUnitCode province : provinces) {
                reports.countInBackground(key(province, month), () -> count(province, month), Runnable::run);
            }
        });
    }

    private static String key(AdminUnitCode scope, YearMonth month) {
        return scope.value() + "|" + month;
    }

    private synchronized KeptReports<Project06Report> reports() {
        if (reports == null) {
            reports = new KeptReports<>(Duration.ofSeconds(Math.max(0, cacheSeconds)), clock, executor);
        }
        return reports;
    }

    /** The report counted now, in a transaction of its own (also on the background executor's threads). */
    private Project06Report count(AdminUnitCode scope, YearMonth month) {
        return counter.count(scope, month);
    }

    /** The scopes the user can choose: their own unit, or for a national user every province. */
    public List<AdminUnit> scopes() {
        if (currentActor.get().jurisdiction().isEmpty()) {
            return List.of();
        }
        AdminUnitCode unit = currentActor.get().unit();
        if (!unit.isNational()) {
            return units.find(unit).map(List::of).orElse(List.of());
        }
        return units.tree().currentCommunes().stream()
                .map(commune -> units.tree().parentOf(commune).orElse(null))
                .filter(parent -> parent != null && parent.level() == AdminUnitLevel.PROVINCE)
                .distinct()
                .sorted(Comparator.comparing(AdminUnit::name))
                .toList();
    }
}
