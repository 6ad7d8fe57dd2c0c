package vn.ansinh.population.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.ansinh.shared.command.Authorization;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.security.Actor;
import vn.ansinh.shared.security.Role;

/** Who may record the population database's answers about a commune's people, as the engine's rule decides it. */
class RecordPopulationChecksCommandTest {

    private static final AdminUnitCode TUAN_GIAO = AdminUnitCode.of("03253");
    private static final AdminUnitCode DIEN_BIEN = AdminUnitCode.of("11");
    private static final AdminUnitCode QUY_HOP = AdminUnitCode.of("17035");

    private final Authorization authorization = new Authorization((jurisdiction, target) -> jurisdiction.isNational()
            || jurisdiction.equals(target)
            || (jurisdiction.equals(DIEN_BIEN) && target.equals(TUAN_GIAO)));

    private static Actor actor(Role role, AdminUnitCode unit) {
        return new Actor("u", "U", Set.of(role), unit);
    }

    private static RecordPopulationChecksCommand on(AdminUnitCode commune) {
        return new RecordPopulationChecksCommand(commune, List.of());
    }

    @Test
    void theOfficerAndTheApproverOfTheCommuneAndAnAdministratorAboveItMayCheck() {
        assertThat(authorization.permits(actor(Role.COMMUNE_OFFICER, TUAN_GIAO), on(TUAN_GIAO)))
                .isTrue();
        assertThat(authorization.permits(actor(Role.APPROVER, DIEN_BIEN), on(TUAN_GIAO)))
                .isTrue();
        assertThat(authorization.permits(actor(Role.ADMIN, AdminUnitCode.NATIONAL), on(TUAN_GIAO)))
                .isTrue();
    }

    @Test
    void anAuditorOnlyReadsAndNobodyChecksAnotherCommune() {
        assertThat(authorization.permits(actor(Role.AUDITOR, DIEN_BIEN), on(TUAN_GIAO)))
                .isFalse();
        assertThat(authorization.permits(actor(Role.COMMUNE_OFFICER, TUAN_GIAO), on(QUY_HOP)))
                .isFalse();
        assertThat(authorization.permits(actor(Role.APPROVER, DIEN_BIEN), on(QUY_HOP)))
                .isFalse();
    }
}
