package vn.ansinh.report.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import vn.ansinh.admin.application.Settings;
import vn.ansinh.admin.domain.SettingKey;
import vn.ansinh.registry.application.AdminUnitDirectory;
import vn.ansinh.registry.application.UnitScope;
import vn.ansinh.registry.domain.AdminUnit;
import vn.ansinh.registry.domain.AdminUnitLevel;
import vn.ansinh.report.domain.ReportPeriod;
import vn.ansinh.shared.command.AccessDeniedException;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.kernel.Programme;
import vn.ansinh.shared.persistence.ReadDatabase;
import vn.ansinh.shared.persistence.ReadOrigin;
import vn.ansinh.shared.security.Actor;
import vn.ansinh.shared.security.CurrentActor;
import vn.ansinh.shared.time.VietnamTime;

/**
 * The reports as the logged-in user may read them: for their own unit or a unit below it (the country only for a
 * national user), read through the one jurisdiction rule ({@link UnitScope}) of the chosen unit.
 */
@ApplicationScoped
public class Reports {

    /** How many years the period picker offers. */
    static final int YEARS = 3;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AdminUnitDirectory units;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private Clock clock;

    @Inject
    private Settings settings;

    @Inject
    private ReadDatabase reads;

    private final ReportPdf pdf = new ReportPdf();

    public YearMonth currentMonth() {
        return VietnamTime.thisMonth(clock);
    }

    /** The periods offered, newest first. */
    public List<ReportPeriod> periods() {
        return ReportPeriod.offered(currentMonth(), YEARS);
    }

    /**
     * The units the user can choose, by name: their own unit first, then the units just below it that hold people (a
     * country's provinces, a province's communes); a commune officer has only the commune.
     */
    public List<ReportUnit> units(String countryName) {
        Actor actor = currentActor.get();
        if (actor.jurisdiction().isEmpty()) {
            return List.of();
        }
        AdminUnitCode own = actor.unit();
        List<ReportUnit> choices = new ArrayList<>();
        if (own.isNational()) {
            choices.add(new ReportUnit(AdminUnitCode.NATIONAL, countryName));
            units.tree().currentCommunes().stream()
                    .map(commune -> units.tree().parentOf(commune).orElse(null))
                    .filter(parent -> parent != null && parent.level() == AdminUnitLevel.PROVINCE)
                    .distinct()
                    .sorted(Comparator.comparing(AdminUnit::name))
                    .forEach(p -> choices.add(new ReportUnit(p.code(), p.fullName())));
            return choices;
        }
        choices.add(new ReportUnit(own, units.nameOf(own)));
        units.communesWithin(own).stream()
                .filter(c -> !c.code().equals(own))
                .forEach(c -> choices.add(new ReportUnit(c.code(), c.fullName())));
        return choices;
    }

    /** The current communes of a unit the user covers, by name (the administrator's plan page). */
    public List<ReportUnit> communesOf(AdminUnitCode unit) {
        scopeFor(unit);
        return units.communesWithin(unit).stream()
                .map(c -> new ReportUnit(c.code(), c.fullName()))
                .toList();
    }

    public MovementReport movement(AdminUnitCode unit, ReportPeriod period, String countryName) {
        UnitScope scope = scopeFor(unit);
        String name = nameOf(unit, countryName);
        return reads.read(db -> new MovementQuery(db).report(scope, period, name));
    }

    public PaidReport paid(AdminUnitCode unit, ReportPeriod period, String countryName) {
        UnitScope scope = scopeFor(unit);
        String name = nameOf(unit, countryName);
        return reads.read(db -> new PaidQuery(db).report(scope, unit, period, name));
    }

    /** The poor and near-poor households of the unit's communes (provinces for the country) in the review year. */
    public PovertyReport poverty(AdminUnitCode unit, ReportPeriod period, String countryName, String totalName) {
        UnitScope scope = scopeFor(unit);
        String name = nameOf(unit, countryName);
        return reads.read(db -> new PovertyQuery(db).report(scope, unit, period, name, totalName, units::nameOf));
    }

    /**
     * The list of the people whose health insurance the state pays in the month, in a unit the user covers, with its
     * changes since the month before; not for the whole country at once (a national user picks a province).
     */
    public HealthInsuranceList healthInsurance(AdminUnitCode unit, YearMonth month) {
        if (unit.isNational()) {
            throw new BusinessRuleException("insurance.error.country");
        }
        UnitScope scope = scopeFor(unit);
        String name = units.nameOf(unit);
        return reads.read(db ->
                new HealthInsuranceQuery(db).list(scope, month, name, code -> units.nameOf(AdminUnitCode.of(code))));
    }

    /** Where this request's report was read: the primary, the read replica and its lag, or the primary instead. */
    public ReadOrigin readOrigin() {
        return reads.origin();
    }

    /** The months the health-insurance list offers: this month and the ones before it, newest first. */
    public List<YearMonth> insuranceMonths() {
        YearMonth now = currentMonth();
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < YEARS * 12; i++) {
            months.add(now.minusMonths(i));
        }
        return months;
    }

    /** The years a yearly report offers, newest first. */
    public List<ReportPeriod> years() {
        return periods().stream()
                .filter(p -> p.kind() == vn.ansinh.report.domain.PeriodKind.YEAR)
                .toList();
    }

    public byte[] excel(ReportTable table) {
        return ReportWorkbook.write(issued(table));
    }

    public byte[] pdf(ReportTable table) {
        return pdf.render(issued(table));
    }

    /** A national report is issued by the organisation running the system (the setting an administrator enters). */
    private ReportTable issued(ReportTable table) {
        return table.national()
                ? table.issuedBy(settings.value(SettingKey.ORGANISATION_NAME).orElse(null))
                : table;
    }

    /** The plans entered for a unit and year (the administrator's page). */
    public Map<Programme, Long> plans(AdminUnitCode unit, int year) {
        return Plans.of(em, unit, year);
    }

    private UnitScope scopeFor(AdminUnitCode unit) {
        Actor actor = currentActor.get();
        boolean allowed = actor.jurisdiction().isPresent()
                && (unit.isNational() ? actor.unit().isNational() : units.covers(actor.unit(), unit));
        if (!allowed || (!unit.isNational() && units.find(unit).isEmpty())) {
            throw new AccessDeniedException("error.access.unit", "report of " + unit);
        }
        return UnitScope.of(unit, units.tree());
    }

    private String nameOf(AdminUnitCode unit, String countryName) {
        return unit.isNational() ? countryName : units.nameOf(unit);
    }
}
