package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ansinh.registry.application.AdminUnitTree;
import vn.ansinh.registry.domain.AdminUnit;
import vn.ansinh.registry.domain.PartialDate;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.Sex;
import vn.ansinh.shared.command.AccessDeniedException;
import vn.ansinh.shared.command.JurisdictionPolicy;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.security.Actor;
import vn.ansinh.shared.security.Role;

/**
 * Reads follow the unit's validity: the former Tuần Giáo district (099, until 30 Jun 2025) no longer
 * reaches its communes after 1 Jul 2025, on the real list of administrative units.
 */
class AbolishedUnitIT {

    private static final AdminUnitCode DISTRICT = AdminUnitCode.of("099");
    private static final AdminUnitCode TUAN_GIAO = AdminUnitCode.of("03253");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private final MigratedDatabase db = MigratedDatabase.get();
    private EntityManager em;
    private AdminUnitTree units;

    @BeforeEach
    void open() {
        em = db.emf().createEntityManager();
        units = AdminUnitTree.of(
                em.createQuery("select u from AdminUnit u", AdminUnit.class).getResultList());
    }

    @AfterEach
    void close() {
        em.close();
    }

    @Test
    void theFormerDistrictWasAbolishedOnTheFirstOfJuly2025AndCurrentUnitsNever() {
        assertThat(units.abolishedOn(DISTRICT, TODAY)).contains(LocalDate.of(2025, 7, 1));
        assertThat(units.abolishedOn(DISTRICT, LocalDate.of(2025, 6, 30))).isEmpty();
        assertThat(units.abolishedOn(TUAN_GIAO, TODAY))
                .as("the commune's code lives on in the new list")
                .isEmpty();
        assertThat(units.abolishedOn(AdminUnitCode.of("11"), TODAY)).isEmpty();
        assertThat(units.abolishedOn(AdminUnitCode.NATIONAL, TODAY)).isEmpty();
    }

    @Test
    void anActorOfTheAbolishedDistrictCoversNoneOfItsFormerCommunes() {
        JurisdictionPolicy policy = new JurisdictionPolicy() {
            @Override
            public boolean covers(AdminUnitCode jurisdiction, AdminUnitCode target) {
                return units.covers(jurisdiction, target);
            }

            @Override
            public java.util.Optional<LocalDate> abolishedOn(AdminUnitCode unit, LocalDate day) {
                return units.abolishedOn(unit, day);
            }
        };
        Actor former = new Actor(
                "approver.huyentuangiao",
                "Lò Văn Mừng",
                Set.of(Role.APPROVER),
                DISTRICT,
                policy.abolishedOn(DISTRICT, TODAY).orElse(null));

        assertThat(units.covers(DISTRICT, TUAN_GIAO))
                .as("the tree still knows the old hierarchy")
                .isTrue();
        assertThat(former.jurisdiction()).isEmpty();
        assertThat(policy.covers(former, TUAN_GIAO)).isFalse();
        assertThat(policy.covers(CaseworkFixture.OFFICER_TUAN_GIAO, TUAN_GIAO)).isTrue();
    }

    @Test
    void theFormerDistrictsPastDecisionsStayWithThePersonForTheCommune() {
        try (CaseworkFixture fx = new CaseworkFixture()) {
            Person person = fx.person(TUAN_GIAO, "Lò Văn Cũ", PartialDate.of(1950), Sex.MALE);
            var c = fx.submitted(
                    person,
                    vn.ansinh.shared.kernel.Category.DISABLED,
                    java.util.Map.of(vn.ansinh.shared.kernel.ProgrammeField.DISABILITY_LEVEL, "SEVERE"),
                    "2024-10-01T02:00:00Z");
            fx.run(
                    CaseworkFixture.OFFICER_TUAN_GIAO,
                    "2024-10-01T03:00:00Z",
                    () -> new vn.ansinh.casework.application.CaseTransitionCommand(
                            c.id(),
                            TUAN_GIAO,
                            vn.ansinh.casework.domain.CaseTransition.START_POSTING,
                            null,
                            fx.units()));
            var decision = fx.run(
                    CaseworkFixture.DISTRICT_CHAIRMAN,
                    "2024-10-03T03:00:00Z",
                    () -> new vn.ansinh.casework.application.ApproveCaseCommand(c.id(), TUAN_GIAO, fx.units()));
            Actor formerToday = new Actor(
                    "approver.huyentuangiao", "Lò Văn Mừng", Set.of(Role.APPROVER), DISTRICT, LocalDate.of(2025, 7, 1));

            fx.run(
                    CaseworkFixture.OFFICER_TUAN_GIAO,
                    "2026-12-02T02:00:00Z",
                    () -> new vn.ansinh.casework.application.ProposeStopCommand(
                            c.id(),
                            TUAN_GIAO,
                            vn.ansinh.casework.domain.DecisionKind.TERMINATION,
                            vn.ansinh.casework.domain.EndReason.LOSS_OF_ELIGIBILITY,
                            java.time.YearMonth.of(2026, 12),
                            null,
                            "thử"));
            assertThatThrownBy(() -> fx.signStop(c, formerToday, "2026-12-02T03:00:00Z"))
                    .isInstanceOf(AccessDeniedException.class)
                    .hasMessageContaining("abolished");
            assertThat(db.jdbc().row("select issuing_unit_code, signer from decision where id = ?", decision.id()))
                    .containsEntry("issuing_unit_code", "099")
                    .containsEntry("signer", "approver.huyentuangiao");
        }
    }
}
