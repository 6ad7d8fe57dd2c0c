package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ansinh.admin.application.ChangeSettingCommand;
import vn.ansinh.admin.domain.Setting;
import vn.ansinh.admin.domain.SettingKey;
import vn.ansinh.devstack.Transactions;
import vn.ansinh.registry.application.AdminUnitTree;
import vn.ansinh.registry.domain.AdminUnit;
import vn.ansinh.shared.command.AccessDeniedException;
import vn.ansinh.shared.command.Command;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.command.CommandRunner;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.security.Actor;
import vn.ansinh.shared.security.Role;

/**
 * The command engine against the real database: a permitted command writes its change and its
 * audit row in one transaction; a refused one changes nothing and leaves a DENIED row.
 */
class CommandEngineIT {

    private static final Instant NOW = Instant.parse("2026-11-22T08:30:00Z");
    private static final Actor ADMIN = actor("admin", Role.ADMIN, "VN");
    private static final Actor OFFICER_TUAN_GIAO = actor("officer.tuangiao", Role.COMMUNE_OFFICER, "03253");
    private static final Actor AUDITOR_DIEN_BIEN = actor("auditor.dienbien", Role.AUDITOR, "11");

    private final MigratedDatabase db = MigratedDatabase.get();
    private EntityManager em;
    private CommandRunner runner;
    private AdminUnitTree units;

    @BeforeEach
    void openPersistenceContext() {
        em = db.emf().createEntityManager();
        units = AdminUnitTree.of(
                em.createQuery("select u from AdminUnit u", AdminUnit.class).getResultList());
        runner = new CommandRunner(
                em, units::covers, Transactions.denialsInOwnTransaction(db.emf()), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        Transactions.rollbackIfActive(em);
        em.close();
    }

    @Test
    void anAdministratorChangesASettingAndTheSameTransactionWritesTheAuditRow() {
        Setting current = em.find(Setting.class, "SUPPORT_CONTACT");
        String before = current.value();

        inTransaction(() -> runner.run(
                ADMIN,
                new ChangeSettingCommand(
                        SettingKey.SUPPORT_CONTACT, "  Phòng BTXH, 0215 3825 111 ", current.version())));

        assertThat(db.jdbc().setting("SUPPORT_CONTACT")).isEqualTo("Phòng BTXH, 0215 3825 111");
        Map<String, Object> audit = db.jdbc().latestAudit("setting.change");
        assertThat(audit)
                .containsEntry("actor", "admin")
                .containsEntry("actor_roles", "admin")
                .containsEntry("actor_unit", "VN")
                .containsEntry("outcome", "SUCCEEDED")
                .containsEntry("unit_code", "VN")
                .containsEntry("target_type", "Setting")
                .containsEntry("target_id", "SUPPORT_CONTACT")
                .containsEntry("before_value", "{\"value\":\"" + before + "\"}")
                .containsEntry("after_value", "{\"value\":\"Phòng BTXH, 0215 3825 111\"}");
        assertThat(audit.get("occurred_at").toString()).startsWith("2026-11-22");
    }

    @Test
    void aCommuneOfficerIsRefusedAndTheRefusalIsAuditedWhileTheSettingStaysUnchanged() {
        String before = db.jdbc().setting("ORGANISATION_NAME");
        long version = em.find(Setting.class, "ORGANISATION_NAME").version();

        assertThatThrownBy(() -> inTransaction(() -> runner.run(
                        OFFICER_TUAN_GIAO,
                        new ChangeSettingCommand(SettingKey.ORGANISATION_NAME, "UBND xã Tuần Giáo", version))))
                .isInstanceOf(AccessDeniedException.class)
                .extracting(e -> ((AccessDeniedException) e).messageKey())
                .isEqualTo("error.access.role");

        assertThat(db.jdbc().setting("ORGANISATION_NAME")).isEqualTo(before);
        Map<String, Object> denial = db.jdbc()
                .row(
                        "select * from audit_record where actor = ? and outcome = 'DENIED' order by id desc limit 1",
                        "officer.tuangiao");
        assertThat(denial).containsEntry("action", "setting.change").containsEntry("actor_roles", "commune-officer");
        assertThat((String) denial.get("reason")).contains("commune-officer may not run setting.change");
    }

    @Test
    void anAuditorMayNeverWriteEvenWhereACommandWouldAllowTheRole() {
        Command<Void> touching = new UnitCommand(EnumSet.allOf(Role.class), "11");

        assertThatThrownBy(() -> inTransaction(() -> runner.run(AUDITOR_DIEN_BIEN, touching)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anOfficerMayWriteInsideHerCommuneButNotInAnotherOne() {
        Command<Void> inTuanGiao = new UnitCommand(Set.of(Role.COMMUNE_OFFICER), "03253");
        Command<Void> inQuyHop = new UnitCommand(Set.of(Role.COMMUNE_OFFICER), "17035");

        inTransaction(() -> runner.run(OFFICER_TUAN_GIAO, inTuanGiao));
        assertThatThrownBy(() -> inTransaction(() -> runner.run(OFFICER_TUAN_GIAO, inQuyHop)))
                .isInstanceOf(AccessDeniedException.class)
                .extracting(e -> ((AccessDeniedException) e).messageKey())
                .isEqualTo("error.access.unit");

        assertThat(db.jdbc()
                        .row(
                                "select count(*) as n from audit_record where action = 'test.touch' and unit_code = '03253' and outcome = 'SUCCEEDED'")
                        .get("n"))
                .isEqualTo(1L);
        assertThat(db.jdbc()
                        .row(
                                "select count(*) as n from audit_record where action = 'test.touch' and unit_code = '17035' and outcome = 'DENIED'")
                        .get("n"))
                .isEqualTo(1L);
    }

    @Test
    void aProvinceCoversItsCommunesAndTheCountryCoversAll() {
        AdminUnitCode dienBien = AdminUnitCode.of("11");

        assertThat(units.covers(dienBien, AdminUnitCode.of("03253"))).isTrue();
        assertThat(units.covers(dienBien, AdminUnitCode.of("17035"))).isFalse();
        assertThat(units.covers(AdminUnitCode.of("03253"), dienBien)).isFalse();
        assertThat(units.covers(AdminUnitCode.NATIONAL, AdminUnitCode.of("17035")))
                .isTrue();
    }

    @Test
    void aStaleVersionIsRefusedAsAConflictAndWritesNothing() {
        long auditRows = db.jdbc().count("audit_record");
        long staleVersion = em.find(Setting.class, "UPLOAD_MAX_MEGABYTES").version() - 1;

        assertThatThrownBy(() -> inTransaction(() -> runner.run(
                        ADMIN, new ChangeSettingCommand(SettingKey.UPLOAD_MAX_MEGABYTES, "20", staleVersion))))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).messageKey())
                .isEqualTo("error.conflict");

        assertThat(db.jdbc().setting("UPLOAD_MAX_MEGABYTES")).isEqualTo("10");
        assertThat(db.jdbc().count("audit_record")).isEqualTo(auditRows);
    }

    @Test
    void theAuditTrailCannotBeAlteredOrDeleted() throws SQLException {
        inTransaction(() -> runner.run(OFFICER_TUAN_GIAO, new UnitCommand(Set.of(Role.COMMUNE_OFFICER), "03253")));

        try (Connection c = db.jdbc().connect();
                Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("update audit_record set actor = 'someone else'"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("delete from audit_record"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("append-only");
        }
        assertThat(db.jdbc().count("audit_record")).isPositive();
    }

    private void inTransaction(Runnable work) {
        Transactions.inTransaction(em, work);
    }

    private static Actor actor(String name, Role role, String unit) {
        return new Actor(name, name, Set.of(role), AdminUnitCode.of(unit));
    }

    /** A command that touches one unit and records that it ran. */
    private record UnitCommand(Set<Role> permittedRoles, String unitCode) implements Command<Void> {

        @Override
        public String action() {
            return "test.touch";
        }

        @Override
        public AdminUnitCode unit() {
            return AdminUnitCode.of(unitCode);
        }

        @Override
        public Void execute(CommandContext context) {
            context.recordChange("Unit", unitCode, null, "{\"touched\":true}");
            return null;
        }
    }
}
