package vn.ansinh.shared.security;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.ansinh.shared.kernel.AdminUnitCode;

/**
 * Who is acting: the logged-in user as the commands and the audit trail see it. The unit is the
 * administrative unit the user works in (the Keycloak attribute {@code unit_code});
 * {@code unitAbolishedOn} is the first day that unit no longer existed, when it has been abolished
 * (a pre-2025 district): such a user keeps their name on past decisions but reads and writes nothing.
 */
public record Actor(
        String username, String displayName, Set<Role> roles, AdminUnitCode unit, LocalDate unitAbolishedOn) {

    /**
     * The system itself: the nightly jobs and the payroll batch run their commands as it, nationally and with
     * the administrator's role, each with an audit row like everyone else's ({@code CommandEngine.runAsSystem}).
     */
    public static final Actor SYSTEM = new Actor("system", "Hệ thống", Set.of(Role.ADMIN), AdminUnitCode.NATIONAL);

    /** A user whose unit exists. */
    public Actor(String username, String displayName, Set<Role> roles, AdminUnitCode unit) {
        this(username, displayName, roles, unit, null);
    }

    public Actor {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(unit, "unit");
        // in the roles' declared order (an EnumSet), so pages list them the same way every time
        roles = roles.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(roles));
        displayName = displayName == null || displayName.isBlank() ? username : displayName;
    }

    /**
     * The unit whose data the user may read and change: their unit while it exists, nothing once it
     * has been abolished. Every read filter starts from here.
     */
    public Optional<AdminUnitCode> jurisdiction() {
        return unitAbolishedOn == null ? Optional.of(unit) : Optional.empty();
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Role ids joined for the audit record, e.g. {@code "admin,auditor"}. */
    public String roleIds() {
        return roles.stream().map(Role::id).sorted().collect(Collectors.joining(","));
    }
}
