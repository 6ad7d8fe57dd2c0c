package vn.ansinh.registry.application;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import vn.ansinh.registry.domain.AdminUnit;
import vn.ansinh.registry.domain.AdminUnitLevel;
import vn.ansinh.registry.domain.AdminUnitList;
import vn.ansinh.shared.kernel.AdminUnitCode;

/** An immutable parent-child index of administrative units. */
public final class AdminUnitTree {

    private final Map<Long, AdminUnit> byId = new HashMap<>();
    private final Map<String, AdminUnit> current = new HashMap<>();
    private final Map<String, AdminUnit> historical = new HashMap<>();
    private final Map<Long, List<AdminUnit>> children = new HashMap<>();

    private AdminUnitTree(Collection<AdminUnit> units) {
        for (AdminUnit unit : units) {
            byId.put(unit.id(), unit);
            if (unit.parentId() != null) {
                children.computeIfAbsent(unit.parentId(), id -> new ArrayList<>())
                        .add(unit);
            }
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
        return current.values().stream()
                .filter(u -> u.level() == AdminUnitLevel.COMMUNE)
                .toList();
    }

    public Optional<AdminUnit> parentOf(AdminUnit unit) {
        return unit.parentId() == null ? Optional.empty() : Optional.ofNullable(byId.get(unit.parentId()));
    }

    /**
     * Whether {@code jurisdiction} is {@code target} itself or one of its ancestors, in either list:
     * a pre-2025 district still covers the communes it had (their history stays readable to it).
     */
    public boolean covers(AdminUnitCode jurisdiction, AdminUnitCode target) {
        if (jurisdiction.isNational()) {
            return true;
        }
        return chainContains(current.get(target.value()), jurisdiction)
                || chainContains(historical.get(target.value()), jurisdiction);
    }

    /**
     * Whether {@code jurisdiction} covers {@code target} as the units stood on {@code day}: the
     * target is the unit of that code valid on the day (a commune before 1 Jul 2025 belongs to its
     * district), and the jurisdiction must itself exist on that day.
     */
    public boolean coversOn(AdminUnitCode jurisdiction, AdminUnitCode target, LocalDate day) {
        if (jurisdiction.isNational()) {
            return true;
        }
        Optional<AdminUnit> authority = unitOn(jurisdiction, day);
        return authority.isPresent() && chainContains(unitOn(target, day).orElse(null), jurisdiction);
    }

    /** The unit of the code that was valid on the day, if any. */
    public Optional<AdminUnit> unitOn(AdminUnitCode code, LocalDate day) {
        AdminUnit now = current.get(code.value());
        if (now != null && now.isValidOn(day)) {
            return Optional.of(now);
        }
        AdminUnit old = historical.get(code.value());
        return old != null && old.isValidOn(day) ? Optional.of(old) : Optional.empty();
    }

    /**
     * The first day a unit of this code no longer existed, when none exists on {@code day} and one
     * existed before (a pre-2025 district is abolished on 1 Jul 2025). Empty for a unit that exists on
     * the day, for the country, and for a code that names no unit at all.
     */
    public Optional<LocalDate> abolishedOn(AdminUnitCode code, LocalDate day) {
        if (code.isNational() || unitOn(code, day).isPresent()) {
            return Optional.empty();
        }
        return java.util.stream.Stream.of(current.get(code.value()), historical.get(code.value()))
                .filter(java.util.Objects::nonNull)
                .map(AdminUnit::validTo)
                .filter(java.util.Objects::nonNull)
                .filter(end -> end.isBefore(day))
                .max(java.util.Comparator.naturalOrder())
                .map(end -> end.plusDays(1));
    }

    /**
     * The codes of every unit {@link #covers} says {@code jurisdiction} covers, in either list: the
     * unit itself and all units below it (a current province: its communes, and as the pre-2025 list
     * had it, its districts and their communes). Empty for a code that names no unit. Not for the
     * country, which covers everything.
     */
    public Set<String> codesWithin(AdminUnitCode jurisdiction) {
        if (jurisdiction.isNational()) {
            throw new IllegalArgumentException("the country covers every unit");
        }
        Set<String> codes = new TreeSet<>();
        Deque<AdminUnit> pending = new ArrayDeque<>();
        Stream.of(current.get(jurisdiction.value()), historical.get(jurisdiction.value()))
                .filter(Objects::nonNull)
                .forEach(pending::add);
        while (!pending.isEmpty()) {
            AdminUnit unit = pending.pop();
            codes.add(unit.code().value());
            pending.addAll(children.getOrDefault(unit.id(), List.of()));
        }
        return Collections.unmodifiableSet(codes);
    }

    /** Whether the code names a province of the current list. */
    public boolean isCurrentProvince(AdminUnitCode code) {
        AdminUnit unit = current.get(code.value());
        return unit != null && unit.level() == AdminUnitLevel.PROVINCE;
    }

    private boolean chainContains(AdminUnit start, AdminUnitCode jurisdiction) {
        AdminUnit unit = start;
        while (unit != null) {
            if (unit.code().equals(jurisdiction)) {
                return true;
            }
            unit = unit.parentId() == null ? null : byId.get(unit.parentId());
        }
        return false;
    }
}
