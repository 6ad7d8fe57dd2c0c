package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ansinh.alert.application.AlertRow;
import vn.ansinh.alert.application.AlertScan;
import vn.ansinh.alert.application.AlertWorklist;
import vn.ansinh.alert.application.ResolveAlertCommand;
import vn.ansinh.alert.application.RunAlertScanCommand;
import vn.ansinh.alert.application.ScanResult;
import vn.ansinh.alert.domain.AlertKind;
import vn.ansinh.alert.domain.CaseAlert;
import vn.ansinh.devstack.Transactions;
import vn.ansinh.registry.application.AdminUnitTree;
import vn.ansinh.registry.domain.AdminUnit;
import vn.ansinh.shared.command.AccessDeniedException;
import vn.ansinh.shared.command.Command;
import vn.ansinh.shared.command.CommandRunner;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.security.Actor;
import vn.ansinh.shared.security.Role;

/** Who sees which alert, who may mark it done, and the administrator's scan by hand, on the real database. */
class AlertWorklistIT {

    private static final LocalDate TODAY = LocalDate.of(2026, 8, 10);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-08-10T03:00:00Z"), ZoneOffset.UTC);
    private static final AdminUnitCode TUAN_GIAO = AdminUnitCode.of(AlertCase.TUAN_GIAO);
    private static final Actor OFFICER = actor("officer.tuangiao", Role.COMMUNE_OFFICER, TUAN_GIAO.value());
    private static final Actor OFFICER_QUY_HOP = actor("officer.quyhop", Role.COMMUNE_OFFICER, "17035");
    private static final Actor APPROVER = actor("approver.tuangiao", Role.APPROVER, TUAN_GIAO.value());
    private static final Actor DISTRICT_APPROVER = actor("approver.huyen", Role.APPROVER, "099");
    private static final Actor PROVINCE_AUDITOR = actor("auditor.dienbien", Role.AUDITOR, AlertCase.DIEN_BIEN);
    private static final Actor ADMIN = actor("admin", Role.ADMIN, "VN");

    private final MigratedDatabase db = MigratedDatabase.get();
    private EntityManager em;
    private CommandRunner runner;
    private AdminUnitTree units;

    @BeforeEach
    void open() {
        em = db.emf().createEntityManager();
        units = AdminUnitTree.of(
                em.createQuery("select u from AdminUnit u", AdminUnit.class).getResultList());
        runner = new CommandRunner(em, units::covers, denial -> {}, CLOCK);
    }

    @AfterEach
    void close() {
        em.close();
    }

    @Test
    void eachRoleSeesItsOwnKindsInsideItsJurisdictionEarliestFirst() {
        long child = childTurning16().insert(db.jdbc());
        long overdue = overdueDecision().insert(db.jdbc());
        scan();
        Long childAlert = alertId("CHILD_TURNS_16", child);
        Long overdueAlert = alertId("DECISION_OVERDUE", overdue);

        assertThat(idsFor(OFFICER)).contains(childAlert, overdueAlert);
        assertThat(idsFor(APPROVER)).contains(overdueAlert).doesNotContain(childAlert);
        assertThat(idsFor(DISTRICT_APPROVER)).contains(overdueAlert).doesNotContain(childAlert);
        assertThat(idsFor(PROVINCE_AUDITOR)).contains(childAlert, overdueAlert);
        assertThat(idsFor(ADMIN)).contains(childAlert, overdueAlert);
        assertThat(idsFor(OFFICER_QUY_HOP)).doesNotContain(childAlert, overdueAlert);

        List<AlertRow> rows = new AlertWorklist(em, units).page(OFFICER, TODAY, 0, AlertWorklist.MAX_PAGE);
        assertThat(rows).extracting(AlertRow::dueOn).isSorted();
        AlertRow row =
                rows.stream().filter(r -> r.id().equals(childAlert)).findFirst().orElseThrow();
        assertThat(row.personName()).startsWith("Lò Văn Cảnh Báo");
        assertThat(row.category()).isEqualTo(Category.CHILD_WITHOUT_SUPPORT);
        assertThat(row.dueOn()).isEqualTo(LocalDate.of(2026, 8, 20));
        assertThat(row.daysLeft()).isEqualTo(10);
        assertThat(new AlertWorklist(em, units).count(OFFICER))
                .isGreaterThanOrEqualTo(rows.size())
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void theOfficerMarksABirthdayAlertDoneOnceWithAnAuditRowAndOthersMayNot() {
        long child = childTurning16().insert(db.jdbc());
        scan();
        Long alertId = alertId("CHILD_TURNS_16", child);
        ResolveAlertCommand resolve = new ResolveAlertCommand(alertId, TUAN_GIAO, AlertKind.CHILD_TURNS_16);

        assertThatThrownBy(() -> run(PROVINCE_AUDITOR, resolve)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> run(APPROVER, resolve)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> run(OFFICER_QUY_HOP, resolve)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> run(
                        OFFICER_QUY_HOP,
                        new ResolveAlertCommand(alertId, AdminUnitCode.of("17035"), AlertKind.CHILD_TURNS_16)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("alert.error.notFound");

        CaseAlert resolved = run(OFFICER, resolve);

        assertThat(resolved.isOpen()).isFalse();
        assertThat(db.jdbc().row("select resolved_by, resolved_at from case_alert where id = ?", alertId))
                .containsEntry("resolved_by", "officer.tuangiao")
                .doesNotContainEntry("resolved_at", null);
        assertThat(db.jdbc()
                        .row(
                                "select count(*) as n from audit_record where action = 'alert.resolve' and target_id = ? "
                                        + "and outcome = 'SUCCEEDED'",
                                alertId.toString())
                        .get("n"))
                .isEqualTo(1L);
        assertThat(idsFor(OFFICER)).doesNotContain(alertId);
        assertThatThrownBy(() -> run(OFFICER, resolve))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("alert.error.resolved");
    }

    @Test
    void theAdministratorRunsTheScanByHandAndTheRunIsAudited() {
        long overdue = overdueDecision().insert(db.jdbc());

        ScanResult result = run(ADMIN, new RunAlertScanCommand());

        assertThat(result.raised(AlertKind.DECISION_OVERDUE)).isGreaterThanOrEqualTo(1);
        assertThat(db.jdbc()
                        .row(
                                "select raised_on, due_on from case_alert where kind = 'DECISION_OVERDUE' and case_id = ?",
                                overdue))
                .containsEntry("raised_on", java.sql.Date.valueOf(TODAY))
                .containsEntry("due_on", java.sql.Date.valueOf(TODAY.minusDays(1)));
        Map<String, Object> audit = db.jdbc()
                .row("select * from audit_record where action = 'alert.scan' "
                        + "and target_id = '2026-08-10' order by id desc limit 1");
        assertThat(audit).containsEntry("outcome", "SUCCEEDED").containsEntry("unit_code", "VN");
        assertThat((String) audit.get("after_value"))
                .contains("\"DECISION_OVERDUE\":" + result.raised(AlertKind.DECISION_OVERDUE));
        assertThatThrownBy(() -> run(OFFICER, new RunAlertScanCommand())).isInstanceOf(AccessDeniedException.class);
    }

    private static AlertCase childTurning16() {
        return AlertCase.of(Category.CHILD_WITHOUT_SUPPORT, "ACTIVE")
                .born(2010, 8, 20)
                .reviewed(TODAY.minusMonths(1));
    }

    private static AlertCase overdueDecision() {
        return AlertCase.of(Category.SINGLE_PARENT_POOR, "SUBMITTED")
                .submitted(TODAY.minusDays(12), TODAY.minusDays(1));
    }

    private void scan() {
        Transactions.inTransaction(em, () -> new AlertScan().scan(em, TODAY, 30, 12));
    }

    private List<Long> idsFor(Actor actor) {
        return new AlertWorklist(em, units)
                .page(actor, TODAY, 0, AlertWorklist.MAX_PAGE).stream()
                        .map(AlertRow::id)
                        .toList();
    }

    private Long alertId(String kind, long caseId) {
        return ((Number) db.jdbc()
                        .row("select id from case_alert where kind = ? and case_id = ?", kind, caseId)
                        .get("id"))
                .longValue();
    }

    private <R> R run(Actor actor, Command<R> command) {
        return Transactions.inTransaction(em, () -> runner.run(actor, command));
    }

    private static Actor actor(String username, Role role, String unit) {
        return new Actor(username, null, Set.of(role), AdminUnitCode.of(unit));
    }
}
