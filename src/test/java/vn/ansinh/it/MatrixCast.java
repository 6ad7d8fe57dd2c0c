package vn.ansinh.it;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.ansinh.devstack.DemoUser;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.security.Actor;
import vn.ansinh.shared.security.AuthorizationMatrix.Scope;
import vn.ansinh.shared.security.Role;

/**
 * Who plays each role in each scope of the authorization matrix, and on which commune's record: the legend of
 * {@code src/docs/authorization-matrix.md} in code. The pages are requested as the demo users (a role with no demo
 * user in a scope has no cell there); the commands run as the same people, and as the roles in the abolished
 * district, which only the approver has among the demo users.
 */
final class MatrixCast {

    static final AdminUnitCode TUAN_GIAO = CaseworkFixture.TUAN_GIAO;
    static final AdminUnitCode QUY_HOP = CaseworkFixture.QUY_HOP;
    /** The former Tuần Giáo district, abolished on 1 Jul 2025 (the first day it no longer existed). */
    static final AdminUnitCode DISTRICT = AdminUnitCode.of("099");

    static final LocalDate DISTRICT_ABOLISHED_ON = LocalDate.of(2025, 7, 1);

    /** A cell's actor: the demo user (null for an actor no demo user is), the actor and the record's commune. */
    record Cast(DemoUser user, Actor actor, AdminUnitCode recordCommune) {}

    private MatrixCast() {}

    /** Who requests a page as the role in the scope; empty when no demo user does. */
    static Optional<Cast> onPages(String role, Scope scope) {
        if (role.equals("anonymous")) {
            return switch (scope) {
                case NONE -> Optional.of(new Cast(null, null, null));
                case OWN -> Optional.of(new Cast(null, null, TUAN_GIAO));
                default -> Optional.empty();
            };
        }
        return forCommands(role, scope).filter(cast -> cast.user() != null);
    }

    /** Who runs a command as the role in the scope, and on which commune; empty when nobody can. */
    static Optional<Cast> forCommands(String role, Scope scope) {
        DemoUser user = switch (role) {
            case "officer" ->
                switch (scope) {
                    case NONE, OWN, OTHER -> DemoUser.OFFICER_TUAN_GIAO;
                    default -> null;
                };
            case "approver" ->
                switch (scope) {
                    case NONE, OWN, OTHER -> DemoUser.APPROVER_TUAN_GIAO;
                    case BELOW -> DemoUser.APPROVER_DIEN_BIEN;
                    case ABOLISHED -> DemoUser.APPROVER_DISTRICT;
                };
            case "chairman" ->
                switch (scope) {
                    case NONE, OWN, OTHER -> DemoUser.CHAIRMAN_QUY_HOP;
                    default -> null;
                };
            case "auditor" ->
                switch (scope) {
                    case NONE, BELOW, OTHER -> DemoUser.AUDITOR_DIEN_BIEN;
                    default -> null;
                };
            case "admin" ->
                switch (scope) {
                    case NONE, BELOW -> DemoUser.ADMIN;
                    case OTHER -> DemoUser.ADMIN_DIEN_BIEN;
                    default -> null;
                };
            default -> throw new IllegalArgumentException("unknown role " + role);
        };
        if (scope == Scope.ABOLISHED && user == null) {
            Set<Role> roles = role.equals("chairman") ? rolesOf(DemoUser.CHAIRMAN_QUY_HOP) : Set.of(roleNamed(role));
            Actor former = new Actor("matrix." + role + ".099", role + " 099", roles, DISTRICT, DISTRICT_ABOLISHED_ON);
            return Optional.of(new Cast(null, former, TUAN_GIAO));
        }
        if (user == null) {
            return Optional.empty();
        }
        AdminUnitCode home = AdminUnitCode.of(user.unitCode());
        AdminUnitCode record = switch (scope) {
            case NONE -> null;
            case OWN -> home;
            case BELOW, ABOLISHED -> TUAN_GIAO;
            case OTHER -> home.equals(QUY_HOP) ? TUAN_GIAO : QUY_HOP;
        };
        return Optional.of(new Cast(user, actorOf(user), record));
    }

    static Actor actorOf(DemoUser user) {
        return new Actor(
                user.username(),
                user.username(),
                rolesOf(user),
                AdminUnitCode.of(user.unitCode()),
                user == DemoUser.APPROVER_DISTRICT ? DISTRICT_ABOLISHED_ON : null);
    }

    private static Set<Role> rolesOf(DemoUser user) {
        return Arrays.stream(user.role().split(" \\+ "))
                .map(id -> Role.fromId(id).orElseThrow())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    private static Role roleNamed(String role) {
        return switch (role) {
            case "officer" -> Role.COMMUNE_OFFICER;
            case "approver" -> Role.APPROVER;
            case "auditor" -> Role.AUDITOR;
            case "admin" -> Role.ADMIN;
            default -> throw new IllegalArgumentException(role);
        };
    }
}
