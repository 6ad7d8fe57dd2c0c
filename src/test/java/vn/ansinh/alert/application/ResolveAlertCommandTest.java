package vn.ansinh.alert.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.ansinh.alert.domain.AlertKind;
import vn.ansinh.shared.command.Authorization;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.security.Actor;
import vn.ansinh.shared.security.Role;

/** Who the engine lets mark an alert done (jurisdiction aside: every unit covers here). */
class ResolveAlertCommandTest {

    private static final AdminUnitCode TUAN_GIAO = AdminUnitCode.of("03253");
    private final Authorization authorization = new Authorization((jurisdiction, target) -> true);

    @Test
    void theOfficerMarksABirthdayDoneButNotAnOverdueDecision() {
        assertThat(authorization.permits(actor(Role.COMMUNE_OFFICER), command(AlertKind.CHILD_TURNS_16)))
                .isTrue();
        assertThat(authorization.permits(actor(Role.COMMUNE_OFFICER), command(AlertKind.DECISION_OVERDUE)))
                .isFalse();
    }

    @Test
    void theApproverMarksAnOverdueDecisionOrAStaleRecordDoneButNotABirthday() {
        assertThat(authorization.permits(actor(Role.APPROVER), command(AlertKind.DECISION_OVERDUE)))
                .isTrue();
        assertThat(authorization.permits(actor(Role.APPROVER), command(AlertKind.RECORD_NOT_REVIEWED)))
                .isTrue();
        assertThat(authorization.permits(actor(Role.APPROVER), command(AlertKind.TURNS_75)))
                .isFalse();
    }

    @Test
    void neitherAnAuditorNorTheAdministratorMarksAnAlertDone() {
        for (AlertKind kind : AlertKind.values()) {
            assertThat(authorization.permits(actor(Role.AUDITOR), command(kind)))
                    .as(kind.name())
                    .isFalse();
            assertThat(authorization.permits(actor(Role.ADMIN), command(kind)))
                    .as(kind.name())
                    .isFalse();
        }
    }

    @Test
    void theScanByHandIsForTheAdministratorOnly() {
        assertThat(authorization.permits(actor(Role.ADMIN), new RunAlertScanCommand()))
                .isTrue();
        assertThat(authorization.permits(actor(Role.COMMUNE_OFFICER), new RunAlertScanCommand()))
                .isFalse();
        assertThat(authorization.permits(actor(Role.AUDITOR), new RunAlertScanCommand()))
                .isFalse();
    }

    private static ResolveAlertCommand command(AlertKind kind) {
        return new ResolveAlertCommand(1L, TUAN_GIAO, kind);
    }

    private static Actor actor(Role role) {
        return new Actor("someone", null, Set.of(role), TUAN_GIAO);
    }
}
