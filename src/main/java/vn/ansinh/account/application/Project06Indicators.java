package vn.ansinh.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AdminUnitDirectory units;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private Clock clock;

    @Inject
    private PaidViaAccount paidViaAccount;

    /** The month it is in Vietnam. */
    public YearMonth currentMonth() {
        return VietnamTime.thisMonth(clock);
    }

    /** The report of a unit inside the user's jurisdiction (a national user picks a province). */
    public Project06Report report(AdminUnitCode scope, YearMonth month) {
        if (scope.isNational() || !units.covers(currentActor.get(), scope)) {
            throw new AccessDeniedException("error.access.unit", "Project 06 of " + scope);
        }
        Map<String, String> communes = new LinkedHashMap<>();
        for (AdminUnit commune : units.communesWithin(scope)) {
            communes.put(commune.code().value(), commune.name());
        }
        return new Project06Query(em, paidViaAccount)
                .report(communes, month, Project06Targets.read(em), units.nameOf(scope));
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
