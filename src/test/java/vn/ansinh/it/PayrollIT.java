package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ansinh.it.CaseworkFixture.CHAIRMAN_QUY_HOP;
import static vn.ansinh.it.CaseworkFixture.CHAIRMAN_TUAN_GIAO;
import static vn.ansinh.it.CaseworkFixture.DISTRICT_CHAIRMAN;
import static vn.ansinh.it.CaseworkFixture.OFFICER_QUY_HOP;
import static vn.ansinh.it.CaseworkFixture.OFFICER_TUAN_GIAO;
import static vn.ansinh.it.CaseworkFixture.QUY_HOP;
import static vn.ansinh.it.CaseworkFixture.TUAN_GIAO;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.ansinh.casework.application.ApproveCaseCommand;
import vn.ansinh.casework.application.CaseTransitionCommand;
import vn.ansinh.casework.application.MovePersonCommand;
import vn.ansinh.casework.application.RecordDeathCommand;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.casework.domain.CaseTransition;
import vn.ansinh.payment.domain.PayrollRun;
import vn.ansinh.payment.domain.PayrollStatus;
import vn.ansinh.registry.domain.AdminUnit;
import vn.ansinh.registry.domain.PartialDate;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.Residence;
import vn.ansinh.registry.domain.Sex;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.ProgrammeField;
import vn.ansinh.shared.security.Actor;
import vn.ansinh.shared.security.Role;

/** The monthly payroll on the real database: amounts to the đồng, arrears, recovery, idempotence, restart. */
class PayrollIT {

    private static final Map<ProgrammeField, String> SEVERE = Map.of(ProgrammeField.DISABILITY_LEVEL, "SEVERE");

    private final CaseworkFixture fx = new CaseworkFixture();
    private final PayrollFixture payroll = new PayrollFixture(fx);

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void theAmountFollowsTheStandardLevelAcrossFirstJuly2024() {
        Person person = fx.person(TUAN_GIAO, "Lò Văn Mức", PartialDate.of(1980, 3, 3), Sex.MALE);
        BenefitCase c =
                payroll.active(person, Category.DISABLED, SEVERE, "2024-05-06", OFFICER_TUAN_GIAO, DISTRICT_CHAIRMAN);

        for (int month = 6; month <= 8; month++) {
            payroll.compute(payroll.create(TUAN_GIAO, YearMonth.of(2024, month)), 50_000);
        }

        assertThat(payroll.amount(c, "MONTHLY", YearMonth.of(2024, 6)))
                .as("360,000 x 1.5")
                .isEqualTo(540_000L);
        assertThat(payroll.amount(c, "MONTHLY", YearMonth.of(2024, 7)))
                .as("500,000 x 1.5")
                .isEqualTo(750_000L);
        assertThat(payroll.amount(c, "MONTHLY", YearMonth.of(2024, 8))).isEqualTo(750_000L);
        assertThat(fx.jdbc()
                        .row(
                                "select l.decision_id, d.case_id, s.amount from payroll_line l join decision d on d.id = l.decision_id"
                                        + " join standard_level s on s.id = l.standard_level_id where l.case_id = ? and l.for_month = '2024-07-01'",
                                c.id()))
                .as("traced to the decision and the rate row")
                .containsEntry("case_id", c.id())
                .containsEntry("amount", 500_000L);
    }

    @Test
    void someoneInTwoCategoriesIsPaidOnlyTheHighestCoefficient() {
        Person person = fx.person(QUY_HOP, "Lữ Thị Hai", PartialDate.of(1955, 1, 1), Sex.FEMALE);
        fx.household(person, 1_000_000, "2025-11-20"); // poor in the 2025 review: the elderly category's condition
        BenefitCase elderly = payroll.active(
                person, Category.ELDERLY_POOR_ALONE, Map.of(), "2026-01-05", OFFICER_QUY_HOP, CHAIRMAN_QUY_HOP);
        BenefitCase disabled =
                payroll.active(person, Category.DISABLED, SEVERE, "2026-01-06", OFFICER_QUY_HOP, CHAIRMAN_QUY_HOP);

        payroll.compute(payroll.create(QUY_HOP, YearMonth.of(2026, 2)), 50_000);

        assertThat(payroll.amount(elderly, "MONTHLY", YearMonth.of(2026, 2)))
                .as("1.5: not paid")
                .isNull();
        assertThat(payroll.amount(disabled, "MONTHLY", YearMonth.of(2026, 2)))
                .as("2.0 x 500,000")
                .isEqualTo(1_000_000L);
        assertThat(fx.jdbc()
                        .countOf(
                                "select count(*) from payroll_line where person_id = ? and for_month = '2026-02-01'",
                                person.id()))
                .isEqualTo(1);
    }

    @Test
    void aProvinceWithItsOwnHigherLevelPaysItFromItsDate() {
        AdminUnitCode baDinh = AdminUnitCode.of("00004");
        Person person = fx.person(baDinh, "Nguyễn Văn Thủ Đô", PartialDate.of(1985, 6, 1), Sex.MALE);
        BenefitCase c = payroll.active(
                person,
                Category.DISABLED,
                SEVERE,
                "2025-12-01",
                CaseworkFixture.officerOf(baDinh),
                CaseworkFixture.chairmanOf(baDinh));

        payroll.compute(payroll.create(baDinh, YearMonth.of(2025, 12)), 50_000);
        payroll.compute(payroll.create(baDinh, YearMonth.of(2026, 1)), 50_000);

        assertThat(payroll.amount(c, "MONTHLY", YearMonth.of(2025, 12))).isEqualTo(750_000L);
        assertThat(payroll.amount(c, "MONTHLY", YearMonth.of(2026, 1)))
                .as("Hà Nội: 650,000 x 1.5")
                .isEqualTo(975_000L);
    }

    @Test
    void aBackDatedDecisionYieldsArrearsAtTheRatesOfTheMissedMonthsAcrossTheLevelChange() {
        Person person = fx.person(TUAN_GIAO, "Cầm Văn Truy", PartialDate.of(1979), Sex.MALE);
        payroll.active(person, Category.DISABLED, SEVERE, "2024-04-01", OFFICER_TUAN_GIAO, DISTRICT_CHAIRMAN);
        payroll.compute(payroll.create(QUY_HOP, YearMonth.of(2024, 5)), 50_000);
        AdminUnit quyHop = fx.units().currentCommune(QUY_HOP).orElseThrow();
        MovePersonCommand.Outcome moved = fx.run(
                OFFICER_TUAN_GIAO,
                "2024-05-20T02:00:00Z",
                () -> new MovePersonCommand(
                        person.id(),
                        TUAN_GIAO,
                        Residence.of(quyHop, fx.units().parentOf(quyHop).orElseThrow()),
                        null,
                        LocalDate.of(2024, 5, 10)));
        Long transferId = moved.transferCases().get(0);
        Actor quyHopDistrict = new Actor(
                "approver.huyenquyhop", "Chủ tịch huyện Quỳ Hợp", Set.of(Role.APPROVER), AdminUnitCode.of("420"));
        fx.run(
                OFFICER_QUY_HOP,
                "2024-08-01T02:00:00Z",
                () -> new CaseTransitionCommand(transferId, QUY_HOP, CaseTransition.START_POSTING, null, fx.units()));
        fx.run(quyHopDistrict, "2024-08-06T02:00:00Z", () -> new ApproveCaseCommand(transferId, QUY_HOP, fx.units()));
        BenefitCase transfer = fx.em().find(BenefitCase.class, transferId);

        payroll.compute(payroll.create(QUY_HOP, YearMonth.of(2024, 8)), 50_000);

        assertThat(payroll.amount(transfer, "MONTHLY", YearMonth.of(2024, 8))).isEqualTo(750_000L);
        assertThat(payroll.amount(transfer, "ARREARS", YearMonth.of(2024, 6)))
                .as("June at 360,000")
                .isEqualTo(540_000L);
        assertThat(payroll.amount(transfer, "ARREARS", YearMonth.of(2024, 7)))
                .as("July at 500,000")
                .isEqualTo(750_000L);
        assertThat(payroll.amount(transfer, "ARREARS", YearMonth.of(2024, 5)))
                .as("May was the old commune's")
                .isNull();
    }

    @Test
    void aDeathReportedLateRaisesRecoveryItemsForTheMonthsPaidTooManyWhenItIsRecordedAndNeverTwice() throws Exception {
        Person person = fx.person(QUY_HOP, "Hà Văn Muộn", PartialDate.of(1970), Sex.MALE);
        BenefitCase c =
                payroll.active(person, Category.DISABLED, SEVERE, "2026-03-02", OFFICER_QUY_HOP, CHAIRMAN_QUY_HOP);
        payroll.approve(payroll.compute(payroll.create(QUY_HOP, YearMonth.of(2026, 3)), 50_000));
        payroll.approve(payroll.compute(payroll.create(QUY_HOP, YearMonth.of(2026, 4)), 50_000));
        try (var connection = fx.jdbc().connect();
                var paid = connection.prepareStatement(
                        "update payroll_line set payment_status = 'PAID', paid_on = '2026-04-10' where case_id = ?")) {
            paid.setLong(1, c.id()); // March and April paid out, as a bank's result leaves them
            paid.executeUpdate();
        }

        fx.run(
                OFFICER_QUY_HOP,
                "2026-05-05T02:00:00Z",
                () -> new RecordDeathCommand(person.id(), QUY_HOP, LocalDate.of(2026, 3, 20)));
        assertThat(fx.jdbc().countOf("select count(*) from recovery_item where case_id = ?", c.id()))
                .as("nothing to recover on a proposal: the termination may still be rejected")
                .isZero();
        fx.signStop(c, CHAIRMAN_QUY_HOP, "2026-05-05T03:00:00Z");

        assertThat(fx.jdbc()
                        .row(
                                "select for_month, amount, status, raised_by from recovery_item where case_id = ?",
                                c.id()))
                .as("raised when the termination is signed")
                .containsEntry("for_month", java.sql.Date.valueOf("2026-04-01"))
                .containsEntry("amount", 750_000L)
                .containsEntry("status", "OPEN")
                .containsEntry("raised_by", "STOP");
        payroll.compute(payroll.create(QUY_HOP, YearMonth.of(2026, 5)), 50_000);

        assertThat(payroll.amount(c, "MONTHLY", YearMonth.of(2026, 5))).isNull();
        assertThat(fx.jdbc().countOf("select count(*) from recovery_item where case_id = ?", c.id()))
                .as("the later payroll raises nothing again")
                .isEqualTo(1);

        long item = fx.jdbc().countOf("select id from recovery_item where case_id = ?", c.id());
        fx.run(
                OFFICER_QUY_HOP,
                "2026-05-20T02:00:00Z",
                () -> new vn.ansinh.payment.application.SettleRecoveryCommand(item, QUY_HOP, "Biên lai số 12/BL"));
        assertThat(fx.jdbc().row("select status, note from recovery_item where id = ?", item))
                .containsEntry("status", "SETTLED")
                .containsEntry("note", "Biên lai số 12/BL");
        assertThatThrownBy(() -> fx.run(
                        OFFICER_QUY_HOP,
                        "2026-05-21T02:00:00Z",
                        () -> new vn.ansinh.payment.application.SettleRecoveryCommand(item, QUY_HOP, "lần nữa")))
                .hasMessage("recovery.error.notOpen");
    }

    @Test
    void computingAMonthTwiceNeverCreatesASecondLineAndAFrozenPayrollCannotBeRecomputed() {
        Person person = fx.person(TUAN_GIAO, "Điêu Văn Lặp", PartialDate.of(1975), Sex.MALE);
        BenefitCase c =
                payroll.active(person, Category.DISABLED, SEVERE, "2026-05-04", OFFICER_TUAN_GIAO, CHAIRMAN_TUAN_GIAO);
        PayrollRun run = payroll.create(TUAN_GIAO, YearMonth.of(2026, 6));

        PayrollRun first = payroll.compute(run, 50_000);
        PayrollRun again = payroll.computeSome(run, 50_000, Integer.MAX_VALUE, false);
        PayrollRun fresh = payroll.compute(run, 50_000);

        assertThat(again.lineCount()).isEqualTo(first.lineCount());
        assertThat(again.totalAmount()).isEqualTo(first.totalAmount());
        assertThat(fresh.totalAmount()).isEqualTo(first.totalAmount());
        assertThat(fx.jdbc()
                        .countOf(
                                "select count(*) from payroll_line where case_id = ? and for_month = '2026-06-01'",
                                c.id()))
                .isEqualTo(1);
        assertThatThrownBy(() -> payroll.create(TUAN_GIAO, YearMonth.of(2026, 6)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("payroll.error.exists");

        payroll.approve(fresh);
        assertThatThrownBy(() -> fx.run(
                        PayrollFixture.ADMIN,
                        "2026-06-10T01:00:00Z",
                        () -> new vn.ansinh.payment.application.ComputePayrollCommand(run.id(), TUAN_GIAO)))
                .hasMessage("payroll.error.frozen");
    }

    @Test
    void aRunCrashedHalfwayAndRestartedEndsWithTheTotalsOfACleanRun() {
        // a commune of its own, so that the partitions (ranges of person ids) hold only these six people,
        // whatever other tests left in the database
        AdminUnitCode sap = AdminUnitCode.of("19777");
        for (int i = 0; i < 6; i++) {
            Person person = fx.person(sap, "Lò Văn Sập", PartialDate.of(1960 + i), Sex.MALE);
            payroll.active(
                    person,
                    Category.DISABLED,
                    SEVERE,
                    "2026-06-01",
                    CaseworkFixture.officerOf(sap),
                    CaseworkFixture.chairmanOf(sap));
        }
        PayrollRun run = payroll.create(sap, YearMonth.of(2026, 7));

        payroll.computeSome(run, 2, 2, true);
        long partial = fx.jdbc().countOf("select count(*) from payroll_line where run_id = ?", run.id());
        PayrollRun restarted = payroll.computeSome(run, 2, Integer.MAX_VALUE, false);
        PayrollRun clean = payroll.compute(run, 2);

        assertThat(partial).as("the crash left part of the lines").isPositive().isLessThan(clean.lineCount());
        assertThat(restarted.lineCount()).isEqualTo(clean.lineCount());
        assertThat(restarted.totalAmount()).isEqualTo(clean.totalAmount());
        assertThat(clean.status()).isEqualTo(PayrollStatus.COMPUTED);
        assertThat(fx.jdbc()
                        .countOf(
                                "select count(*) - count(distinct case_id, for_month, component, correction) from payroll_line where run_id = ?",
                                run.id()))
                .isZero();
    }

    @Test
    void aFrozenPayrollDoesNotChangeWhenThePersonDoesAndTheDiffSaysWhy() {
        Person person = fx.person(TUAN_GIAO, "Lường Văn Đóng", PartialDate.of(1972), Sex.MALE);
        BenefitCase c =
                payroll.active(person, Category.DISABLED, SEVERE, "2026-08-03", OFFICER_TUAN_GIAO, CHAIRMAN_TUAN_GIAO);
        PayrollRun frozen = payroll.approve(payroll.compute(payroll.create(TUAN_GIAO, YearMonth.of(2026, 9)), 50_000));
        fx.run(
                CHAIRMAN_TUAN_GIAO,
                "2026-09-10T03:00:00Z",
                () -> new vn.ansinh.casework.application.AdjustCaseCommand(
                        c.id(),
                        TUAN_GIAO,
                        Category.DISABLED,
                        "PARTICULARLY_SEVERE",
                        LocalDate.of(2026, 8, 20),
                        "Giám định lại",
                        fx.units()));

        var diff = fx.run(
                        PayrollFixture.TREASURER,
                        "2026-09-20T03:00:00Z",
                        () -> new vn.ansinh.payment.application.ComparePayrollCommand(
                                frozen.id(), TUAN_GIAO, fx.units()))
                .rows();

        // the payroll, computed now, pays September 2026 at 540,000 (Decree 335/2026, from 1 Jul 2026, in force
        // since 5 Oct 2026); the comparison of 20/09/2026 reads the rates as they stood then: 500,000
        assertThat(payroll.amount(c, "MONTHLY", YearMonth.of(2026, 9)))
                .as("frozen")
                .isEqualTo(810_000L);
        assertThat(diff)
                .filteredOn(row -> row.caseId() == c.id())
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.frozenAmount()).isEqualTo(810_000L);
                    assertThat(row.draftAmount()).isEqualTo(1_000_000L);
                    assertThat(row.reasonKey()).isEqualTo("payroll.diff.coefficient");
                });
    }

    @Test
    void aRateChangeIsAnAuditedCommandThatMayStartInAClosedMonth() {
        Person person = fx.person(QUY_HOP, "Vi Văn Khoá", PartialDate.of(1977), Sex.MALE);
        payroll.active(person, Category.DISABLED, SEVERE, "2026-09-01", OFFICER_QUY_HOP, CHAIRMAN_QUY_HOP);
        payroll.approve(payroll.compute(payroll.create(QUY_HOP, YearMonth.of(2026, 10)), 50_000));

        // back-dated into the closed October (decrees arrive late): entered, pending, audited; the closed
        // payroll stays as paid and the difference is the next payroll's (DifferenceArrearsIT)
        var level = fx.run(
                PayrollFixture.ADMIN,
                "2026-10-20T01:00:00Z",
                () -> new vn.ansinh.benefit.application.AddStandardLevelCommand(
                        vn.ansinh.benefit.domain.Scheme.SOCIAL_ASSISTANCE,
                        "96",
                        LocalDate.of(2026, 10, 1),
                        600_000,
                        "Nghị quyết HĐND tỉnh Cà Mau (thử)",
                        "12/2026/NQ-HĐND",
                        LocalDate.of(2026, 10, 1)));
        assertThat(level.status()).isEqualTo(vn.ansinh.benefit.domain.RateStatus.PENDING);
        assertThat(fx.jdbc()
                        .countOf(
                                "select count(*) from audit_record where action = 'rate.addLevel' and target_id = ?",
                                level.id().toString()))
                .isEqualTo(1);
    }

    @Test
    void aNewCoefficientFromAGivenMonthChangesTheAmountFromThatMonthOnly() {
        AdminUnitCode ngocHa = AdminUnitCode.of("00008");
        Person person = fx.person(ngocHa, "Trần Văn Hệ Số", PartialDate.of(1992, 5, 5), Sex.MALE);
        BenefitCase c = payroll.active(
                person,
                Category.DISABLED,
                SEVERE,
                "2026-04-01",
                CaseworkFixture.officerOf(ngocHa),
                CaseworkFixture.chairmanOf(ngocHa));
        var row = fx.run(
                PayrollFixture.ADMIN,
                "2038-11-20T01:00:00Z",
                () -> new vn.ansinh.benefit.application.AddCoefficientCommand(
                        Category.DISABLED,
                        16,
                        60,
                        "SEVERE",
                        LocalDate.of(2039, 1, 1),
                        new java.math.BigDecimal("1.8"),
                        "Nghị định sửa đổi (thử nghiệm)",
                        "99/2038/NĐ-CP",
                        LocalDate.of(2038, 11, 15)));
        fx.run(
                RateConfirmationIT.ADMIN2,
                "2038-11-21T01:00:00Z",
                () -> new vn.ansinh.benefit.application.ConfirmRateCommand(
                        vn.ansinh.benefit.domain.RateKind.COEFFICIENT, row.id(), AdminUnitCode.NATIONAL));

        payroll.compute(payroll.create(ngocHa, YearMonth.of(2038, 12)), 50_000);
        payroll.compute(payroll.create(ngocHa, YearMonth.of(2039, 1)), 50_000);

        assertThat(payroll.amount(c, "MONTHLY", YearMonth.of(2038, 12)))
                .as("650,000 x 1.5")
                .isEqualTo(975_000L);
        assertThat(payroll.amount(c, "MONTHLY", YearMonth.of(2039, 1)))
                .as("650,000 x 1.8")
                .isEqualTo(1_170_000L);
        assertThat(fx.jdbc()
                        .row(
                                "select coefficient_id from payroll_line where case_id = ? and for_month = '2039-01-01'",
                                c.id()))
                .containsEntry("coefficient_id", row.id());
        assertThat(fx.jdbc()
                        .countOf(
                                "select count(*) from audit_record where action = 'rate.addCoefficient' and target_id = ?",
                                row.id().toString()))
                .isEqualTo(1);
        assertThatThrownBy(() -> fx.run(
                        PayrollFixture.ADMIN,
                        "2038-11-20T01:00:00Z",
                        () -> new vn.ansinh.benefit.application.AddCoefficientCommand(
                                Category.DISABLED,
                                60,
                                16,
                                null,
                                LocalDate.of(2039, 1, 1),
                                java.math.BigDecimal.ONE,
                                "Sai tuổi trong nghị định",
                                "98/2038/NĐ-CP",
                                LocalDate.of(2038, 11, 15))))
                .hasMessage("rate.error.ages");
    }

    @Test
    void aMonthPaidAsArrearsIsNeverPaidAgainByThatMonthsOwnPayroll() {
        AdminUnitCode ngocHa2 = AdminUnitCode.of("00004");
        Person person = fx.person(ngocHa2, "Đỗ Văn Một Lần", PartialDate.of(1983), Sex.MALE);
        BenefitCase c = payroll.active(
                person,
                Category.DISABLED,
                SEVERE,
                "2027-03-01",
                CaseworkFixture.officerOf(ngocHa2),
                CaseworkFixture.chairmanOf(ngocHa2));

        payroll.compute(payroll.create(ngocHa2, YearMonth.of(2027, 5)), 50_000);
        payroll.compute(payroll.create(ngocHa2, YearMonth.of(2027, 4)), 50_000);

        assertThat(payroll.amount(c, "ARREARS", YearMonth.of(2027, 4))).isEqualTo(975_000L);
        assertThat(payroll.amount(c, "MONTHLY", YearMonth.of(2027, 4)))
                .as("already paid as arrears")
                .isNull();
        assertThat(fx.jdbc()
                        .countOf(
                                "select count(*) from payroll_line where case_id = ? and for_month = '2027-04-01'",
                                c.id()))
                .isEqualTo(1);
    }
}
