package vn.ansinh.registry.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import vn.ansinh.registry.domain.AdminUnit;
import vn.ansinh.registry.domain.AdminUnitLevel;
import vn.ansinh.registry.domain.Residence;
import vn.ansinh.shared.command.JurisdictionPolicy;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.security.Actor;

/**
 * The administrative units, held in memory (about 14,000 rows that change only by migration), and
 * the jurisdiction rule built on them: a unit's jurisdiction includes its descendants.
 */
@ApplicationScoped
public class AdminUnitDirectory implements JurisdictionPolicy {

    @PersistenceContext
    private EntityManager em;

    private AdminUnitTree tree;

    @PostConstruct
    void load() {
        tree = AdminUnitTree.of(
                em.createQuery("select u from AdminUnit u", AdminUnit.class).getResultList());
    }

    /** The whole tree, immutable: commands that reason about units on a given day take it. */
    public AdminUnitTree tree() {
        return tree;
    }

    /** What the actor may read ({@link UnitScope}): every read filter starts from here. */
    public UnitScope scopeOf(Actor actor) {
        return UnitScope.of(actor, tree);
    }

    /** The unit the code names today (the current list first, then the pre-2025 one). */
    public Optional<AdminUnit> find(AdminUnitCode code) {
        return tree.find(code);
    }

    /**
     * Where someone of this commune lives: a commune, ward or special zone of the current list.
     * Empty when the code names no such unit.
     */
    public Optional<Residence> residenceIn(AdminUnitCode commune) {
        return tree.currentCommune(commune)
                .map(unit -> Residence.of(unit, tree.parentOf(unit).orElseThrow()));
    }

    /** The current communes inside a jurisdiction, by name (for pickers). */
    public List<AdminUnit> communesWithin(AdminUnitCode jurisdiction) {
        return tree.currentCommunes().stream()
                .filter(unit -> tree.covers(jurisdiction, unit.code()))
                .sorted(java.util.Comparator.comparing(AdminUnit::name))
                .toList();
    }

    /**
     * The current provinces inside a jurisdiction, by name (for pickers): every province for the country, the
     * province itself for a province, none for a commune.
     */
    public List<AdminUnit> provincesWithin(AdminUnitCode jurisdiction) {
        return tree.currentCommunes().stream()
                .map(commune -> tree.parentOf(commune).orElse(null))
                .filter(parent -> parent != null && parent.level() == AdminUnitLevel.PROVINCE)
                .distinct()
                .filter(province -> tree.covers(jurisdiction, province.code()))
                .sorted(java.util.Comparator.comparing(AdminUnit::name))
                .toList();
    }

    /** The full name of the unit a code names, or the code itself. */
    public String nameOf(AdminUnitCode code) {
        return tree.find(code).map(AdminUnit::fullName).orElse(code.value());
    }

    @Override
    public boolean covers(AdminUnitCode jurisdiction, AdminUnitCode target) {
        return tree.covers(jurisdiction, target);
    }

    @Override
    public Optional<java.time.LocalDate> abolishedOn(AdminUnitCode unit, java.time.LocalDate day) {
        return tree.abolishedOn(unit, day);
    }
}
