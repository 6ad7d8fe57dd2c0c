package vn.ansinh.gift.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.ansinh.shared.command.Authorization;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.security.Actor;
import vn.ansinh.shared.security.Role;

/** Who may run each step of a one-off list, as the one engine rule decides it. */
class GiftCommandsAuthorizationTest {

    private static final AdminUnitCode TUAN_GIAO = AdminUnitCode.of("03253");
    private static final AdminUnitCode DIEN_BIEN = AdminUnitCode.of("11");
    private static final AdminUnitCode NGHE_AN = AdminUnitCode.of("40");

    /** Tuần Giáo (03253) lies in Điện Biên (11); nothing else lies in anything but the country. */
    private final Authorization authorization = new Authorization((jurisdiction, target) -> jurisdiction.isNational()
            || jurisdiction.equals(target)
            || (jurisdiction.equals(DIEN_BIEN) && target.equals(TUAN_GIAO)));

    private final Actor officer = actor(Role.COMMUNE_OFFICER, TUAN_GIAO);
    private final Actor approver = actor(Role.APPROVER, TUAN_GIAO);
    private final Actor auditor = actor(Role.AUDITOR, DIEN_BIEN);
    private final Actor provinceAdmin = actor(Role.ADMIN, DIEN_BIEN);
    private final Actor otherProvinceAdmin = actor(Role.ADMIN, NGHE_AN);
    private final Actor nationalAdmin = actor(Role.ADMIN, AdminUnitCode.NATIONAL);

    @Test
    void onlyAnAdministratorOfTheListsUnitOrAboveDefinesAndDrawsIt() {
        var define = new DefineGiftListCommand(DIEN_BIEN, "Quà Tết", LocalDate.of(2026, 1, 20), "NST", Map.of(), null);
        var draw = new DrawGiftListCommand(1L, DIEN_BIEN, null);

        assertThat(authorization.permits(provinceAdmin, define)).isTrue();
        assertThat(authorization.permits(nationalAdmin, draw)).isTrue();
        assertThat(authorization.permits(otherProvinceAdmin, define)).isFalse();
        assertThat(authorization.permits(officer, define)).isFalse();
        assertThat(authorization.check(approver, draw).messageKey()).isEqualTo("error.access.role");
        assertThat(authorization.permits(auditor, draw)).isFalse();
    }

    @Test
    void theCommuneOfficerReviewsResolvesAndRecordsPaymentsTheApproverApproves() {
        var review = new ReviewGiftCommuneCommand(1L, TUAN_GIAO);
        var resolve = new ResolveGiftEntryCommand(1L, TUAN_GIAO, true);
        var paid = new RecordGiftPaidCommand(List.of(1L), TUAN_GIAO, null);
        var approve = new ApproveGiftCommuneCommand(1L, TUAN_GIAO);

        assertThat(authorization.permits(officer, review)).isTrue();
        assertThat(authorization.permits(officer, resolve)).isTrue();
        assertThat(authorization.permits(officer, paid)).isTrue();
        assertThat(authorization.check(officer, approve).messageKey()).isEqualTo("error.access.role");
        assertThat(authorization.permits(approver, approve)).isTrue();
        assertThat(authorization.check(approver, review).messageKey()).isEqualTo("error.access.role");
        assertThat(authorization.permits(nationalAdmin, review))
                .as("an administrator does not review")
                .isFalse();
        assertThat(authorization.permits(auditor, paid)).isFalse();
    }

    @Test
    void theCommuneOfficerImportsTheBanksResultNeitherTheApproverNorAnOfficerElsewhere() {
        var result = new ImportGiftBankResultCommand(1L, TUAN_GIAO, null);

        assertThat(authorization.permits(officer, result)).isTrue();
        assertThat(authorization.check(approver, result).messageKey()).isEqualTo("error.access.role");
        assertThat(authorization.permits(provinceAdmin, result)).isFalse();
        assertThat(authorization
                        .check(actor(Role.COMMUNE_OFFICER, AdminUnitCode.of("17035")), result)
                        .messageKey())
                .isEqualTo("error.access.unit");
    }

    @Test
    void anOfficerOfAnotherCommuneMayNotTouchThePart() {
        Actor elsewhere = actor(Role.COMMUNE_OFFICER, AdminUnitCode.of("17035"));

        assertThat(authorization
                        .check(elsewhere, new ReviewGiftCommuneCommand(1L, TUAN_GIAO))
                        .messageKey())
                .isEqualTo("error.access.unit");
    }

    @Test
    void everyStepHasItsOwnAuditName() {
        assertThat(Set.of(
                        new DefineGiftListCommand(DIEN_BIEN, null, null, null, Map.of(), null).action(),
                        new DrawGiftListCommand(1L, DIEN_BIEN, null).action(),
                        new ResolveGiftEntryCommand(1L, TUAN_GIAO, true).action(),
                        new ReviewGiftCommuneCommand(1L, TUAN_GIAO).action(),
                        new ApproveGiftCommuneCommand(1L, TUAN_GIAO).action(),
                        new RecordGiftPaidCommand(List.of(), TUAN_GIAO, null).action(),
                        new ImportGiftBankResultCommand(1L, TUAN_GIAO, null).action()))
                .hasSize(7)
                .allMatch(action -> action.startsWith("gift."));
    }

    private static Actor actor(Role role, AdminUnitCode unit) {
        return new Actor(role.id() + "." + unit.value(), "Người dùng", Set.of(role), unit);
    }
}
