package vn.ansinh.shared.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.security.Actor;
import vn.ansinh.shared.security.Role;

class AuthorizationTest {

    /** Tuần Giáo (03253) lies in Điện Biên (11); Quỳ Hợp (17035) does not. */
    private final Authorization authorization = new Authorization((jurisdiction, target) -> jurisdiction.isNational()
            || jurisdiction.equals(target)
            || (jurisdiction.value().equals("11") && target.value().equals("03253")));

    @Test
    void aCommandRunsForAListedRoleInsideTheJurisdiction() {
        Actor officer = actor(Role.COMMUNE_OFFICER, "03253");

        assertThat(authorization.check(officer, command(Set.of(Role.COMMUNE_OFFICER), "03253")))
                .isNull();
    }

    @Test
    void aUserWhoseUnitWasAbolishedMayRunNothingEvenWhereTheOldUnitWouldReach() {
        Actor former = new Actor(
                "approver.huyen",
                "Lò Văn Mừng",
                Set.of(Role.COMMUNE_OFFICER),
                AdminUnitCode.of("11"),
                java.time.LocalDate.of(2025, 7, 1));

        Authorization.Refusal refusal = authorization.check(former, command(Set.of(Role.COMMUNE_OFFICER), "03253"));

        assertThat(refusal.messageKey()).isEqualTo("error.access.unitAbolished");
        assertThat(refusal.detail()).contains("2025-07-01");
    }

    @Test
    void anUnlistedRoleIsRefusedWithTheRoleMessage() {
        Actor approver = actor(Role.APPROVER, "03253");

        Authorization.Refusal refusal = authorization.check(approver, command(Set.of(Role.COMMUNE_OFFICER), "03253"));

        assertThat(refusal.messageKey()).isEqualTo("error.access.role");
        assertThat(refusal.detail()).contains("approver").contains("test.write");
    }

    @Test
    void aUnitOutsideTheJurisdictionIsRefusedWithTheUnitMessage() {
        Actor officer = actor(Role.COMMUNE_OFFICER, "03253");

        Authorization.Refusal refusal = authorization.check(officer, command(Set.of(Role.COMMUNE_OFFICER), "17035"));

        assertThat(refusal.messageKey()).isEqualTo("error.access.unit");
    }

    @Test
    void aProvinceReachesItsCommuneButACommuneDoesNotReachItsProvince() {
        assertThat(authorization.permits(actor(Role.APPROVER, "11"), command(Set.of(Role.APPROVER), "03253")))
                .isTrue();
        assertThat(authorization.permits(actor(Role.APPROVER, "03253"), command(Set.of(Role.APPROVER), "11")))
                .isFalse();
    }

    @Test
    void anAuditorNeverWritesEvenWhenACommandListsTheRole() {
        Actor auditor = actor(Role.AUDITOR, "VN");

        assertThat(authorization
                        .check(auditor, command(Set.of(Role.AUDITOR), "11"))
                        .messageKey())
                .isEqualTo("error.access.role");
    }

    @Test
    void anAuditorMayRunACommandThatChangesNoRecordsWhenItListsTheRole() {
        Actor auditor = actor(Role.AUDITOR, "VN");

        assertThat(authorization.check(auditor, recordOnly(Set.of(Role.AUDITOR, Role.APPROVER), "11")))
                .isNull();
        assertThat(authorization
                        .check(auditor, recordOnly(Set.of(Role.APPROVER), "11"))
                        .messageKey())
                .as("not listed")
                .isEqualTo("error.access.role");
    }

    @Test
    void oneOfSeveralRolesIsEnough() {
        Actor both = new Actor("x", "X", Set.of(Role.AUDITOR, Role.ADMIN), AdminUnitCode.NATIONAL);

        assertThat(authorization.permits(both, command(Set.of(Role.ADMIN), "VN")))
                .isTrue();
    }

    private static Actor actor(Role role, String unit) {
        return new Actor("user", "User", Set.of(role), AdminUnitCode.of(unit));
    }

    private static Command<Void> recordOnly(Set<Role> roles, String unit) {
        Command<Void> plain = command(roles, unit);
        return new Command<>() {
            @Override
            public String action() {
                return "test.compare";
            }

            @Override
            public Set<Role> permittedRoles() {
                return plain.permittedRoles();
            }

            @Override
            public boolean changesNoRecords() {
                return true;
            }

            @Override
            public AdminUnitCode unit() {
                return plain.unit();
            }

            @Override
            public Void execute(CommandContext context) {
                return null;
            }
        };
    }

    private static Command<Void> command(Set<Role> roles, String unit) {
        return new Command<>() {
            @Override
            public String action() {
                return "test.write";
            }

            @Override
            public Set<Role> permittedRoles() {
                return roles;
            }

            @Override
            public AdminUnitCode unit() {
                return AdminUnitCode.of(unit);
            }

            @Override
            public Void execute(CommandContext context) {
                return null;
            }
        };
    }
}
