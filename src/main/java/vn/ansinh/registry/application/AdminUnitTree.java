package vn.ansinh.registry.application;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ansinh.registry.domain.AdminUnit;
import vn.ansinh.registry.domain.AdminUnitCode;
import vn.ansinh.registry.domain.AdminUnitLevel;
import vn.ansinh.registry.domain.AdminUnitList;

/** An immutable parent-child index of administrative units. */
public final class AdminUnitTree {

    private final Map<Long, AdminUnit> byId = new HashMap<>();
    private final Map<String, AdminUnit> current = new HashMap<>();
    private final Map<String, AdminUnit> historical = new HashMap<>();

    private AdminUnitTree(Collection<AdminUnit> units) {
        for (AdminUnit unit : units) {
            byId.put(unit.id(), unit);
            String code = unit.code().value();
            if (unit.list() == AdminUnitList.THREE_TIER_2004) {
                historical.put(code, unit);
            } else {
                current.put(code, unit);
            }
        }
    }

    public static AdminUnitTree of(Collection<AdminUnit> units) {
        return new AdminUnitTree(units);
    }

    public int size() {
        return byId.size();
    }

    /** The unit a code names: a unit of the current list wins over a historical one of the same code. */
    public Optional<AdminUnit> find(AdminUnitCode code) {
        AdminUnit unit = current.get(code.value());
        return Optional.ofNullable(unit != null ? unit : historical.get(code.value()));
    }

    /** A commune, ward or special zone of the current list. */
    public Optional<AdminUnit> currentCommune(AdminUnitCode code) {
        AdminUnit unit = current.get(code.value());
        return unit != null && unit.level() == AdminUnitLevel.COMMUNE ? Optional.of(unit) : Optional.empty();
    }

    public List<AdminUnit> currentCommunes() {
        return current.values().stream().filter(u -> u.level() == AdminUnitLevel.COMMUNE).toList();
    }

    public Optional<AdminUnit> parentOf(AdminUnit unit) {
        return unit.parentId() == null ? Optional.empty() : Optional.ofNullable(byId.get(unit.parentId()));
    }

    /** Whether {@code jurisdiction} is {@code target} itself or one of its ancestors. */
    public boolean covers(AdminUnitCode jurisdiction, AdminUnitCode target) {
        if (jurisdiction.isNational()) {
            return true;
        }
        Optional<AdminUnit> unit = find(target);
        while (unit.isPresent()) {
            if (unit.get().code().equals(jurisdiction)) {
                return true;
            }
            Long parent = unit.get().parentId();
            unit = parent == null ? Optional.empty() : Optional.ofNullable(byId.get(parent));
        }
        return false;
    }
}
