package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ansinh.it.CaseworkFixture.CHAIRMAN_TUAN_GIAO;
import static vn.ansinh.it.CaseworkFixture.OFFICER_TUAN_GIAO;
import static vn.ansinh.it.CaseworkFixture.TUAN_GIAO;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.ansinh.alert.application.AlertRow;
import vn.ansinh.alert.application.AlertScan;
import vn.ansinh.alert.application.AlertWorklist;
import vn.ansinh.alert.domain.AlertKind;
import vn.ansinh.benefit.application.ConfirmRateCommand;
import vn.ansinh.benefit.domain.RateKind;
import vn.ansinh.casework.application.ApproveCaseCommand;
import vn.ansinh.casework.application.CaseworkRules;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.casework.domain.CaseException;
import vn.ansinh.casework.domain.Decision;
import vn.ansinh.devstack.Transactions;
import vn.ansinh.registry.domain.PartialDate;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.PovertyClassification;
import vn.ansinh.registry.domain.Sex;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.ProgrammeField;
import vn.ansinh.shared.security.Actor;
import vn.ansinh.shared.security.Role;

/**
 * Issue 10, items 3 and 4 against the real database: the pending 335/2026 rows of V24 once an
 * administrator confirms them, the decree a decision cites by its signing day, the base salary behind
 * the meritorious funeral support, eligibility under the rules of the day with a written override, and
 * lapsed cases on the officer's worklist with the termination they need. The rows confirmed here are
 * set back to pending afterwards, so that the other tests see the migration's state.
 */
class DatedEligibilityIT {

    private static final Actor ADMIN2 = new Actor("admin2", "Lê Thị Kiểm", Set.of(Role.ADMIN), AdminUnitCode.NATIONAL);
    private static final Map<ProgrammeField, String> SEVERE = Map.of(ProgrammeField.DISABILITY_LEVEL, "SEVERE");
    private static final String PENDING_335 =
            "status = 'PENDING' and effective_from = '2026-10-05' and created_by = 'migration'";

    private final CaseworkFixture fx = new CaseworkFixture();

    @AfterEach
    void close() {
        // back to the migration's pending state (the other tests' payrolls and scans must not see 335/2026)
        for (String table : List.of("benefit_coefficient", "category_period")) {
            fx.jdbc().countOf("select count(*) from " + table); // the table exists
            execute("update " + table + " set status = 'PENDING', confirmed_at = null, confirmed_by = null"
                    + " where effective_from = '2026-10-05' and created_by = 'migration'");
        }
        fx.close();
    }

    @Test
    void the335BandsCountOnlyOnceConfirmedAndReplaceTheOldBandsFromTheirStart() {
        // from July 2026 the standard level is 540,000 (Decree 335/2026, confirmed from 5 Oct 2026): 1.5 = 810,000, 2.0
        // = 1,080,000
        Instant before = Instant.parse("2026-10-06T02:00:00Z");
        assertThat(amount(77, YearMonth.of(2026, 11), before))
                .as("pending: 60-80 still 1.5")
                .isEqualTo(810_000L);

        confirmPending("benefit_coefficient", RateKind.COEFFICIENT, "2026-10-06T03:00:00Z");
        Instant after = Instant.parse("2026-10-06T04:00:00Z");

        assertThat(amount(77, YearMonth.of(2026, 10), after))
                .as("October: before 5 Oct counts the 60-80 band")
                .isEqualTo(810_000L);
        assertThat(amount(77, YearMonth.of(2026, 11), after))
                .as("November: 75+ is 2.0")
                .isEqualTo(1_080_000L);
        assertThat(amount(70, YearMonth.of(2026, 11), after)).as("60-75 is 1.5").isEqualTo(810_000L);
        assertThat(amount(85, YearMonth.of(2026, 11), after))
                .as("80+ replaced by 75+: 2.0")
                .isEqualTo(1_080_000L);
        assertThat(amount(77, YearMonth.of(2026, 11), before))
                .as("as confirmed before: unchanged")
                .isEqualTo(810_000L);
    }

    @Test
    void thePayrollPaysThe335BandsFromTheirStartAndNeverTheOldBandBesideTheNew() {
        AdminUnitCode taPhin = AdminUnitCode.of("03013");
        Person elder = fx.person(taPhin, "Giàng Thị Già", PartialDate.of(1949, 3, 1), Sex.FEMALE);
        assertThat(fx.household(elder, 1_000_000, "2025-11-20")).isEqualTo(PovertyClassification.POOR);
        PayrollFixture payroll = new PayrollFixture(fx);
        BenefitCase c = payroll.active(
                elder,
                Category.ELDERLY_POOR_ALONE,
                Map.of(),
                "2026-09-07",
                CaseworkFixture.officerOf(taPhin),
                CaseworkFixture.chairmanOf(taPhin));
        confirmPending("benefit_coefficient", RateKind.COEFFICIENT, "2026-10-06T03:00:00Z");

        payroll.compute(payroll.create(taPhin, YearMonth.of(2026, 10)), 50_000);
        payroll.compute(payroll.create(taPhin, YearMonth.of(2026, 11)), 50_000);

        assertThat(payroll.amount(c, "MONTHLY", YearMonth.of(2026, 10)))
                .as("77 in October: 60-80, 1.5")
                .isEqualTo(810_000L);
        assertThat(payroll.amount(c, "MONTHLY", YearMonth.of(2026, 11)))
                .as("77 in November: 75+, 2.0")
                .isEqualTo(1_080_000L);
        assertThat(
                        fx.jdbc()
                                .countOf(
                                        "select count(*) from payroll_run_coefficient rc join payroll_run r on r.id = rc.run_id"
                                                + " where r.unit_code = '03013' and r.pay_month = '2026-11-01' and rc.category = 'ELDERLY_POOR_ALONE'"))
                .as("the November snapshot holds the two new bands only")
                .isEqualTo(2);
    }

    @Test
    void theJavaAndSqlFormsOfTheCoefficientPeriodRuleAgreeOnTheSameRows() {
        confirmPending("benefit_coefficient", RateKind.COEFFICIENT, "2026-10-06T03:00:00Z");
        for (String moment : List.of("2026-10-01T00:00:00Z", "2026-10-07T00:00:00Z")) {
            Instant at = Instant.parse(moment);
            for (LocalDate day :
                    List.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 5), LocalDate.of(2026, 11, 1))) {
                fx.em().clear();
                List<Long> java = vn.ansinh.benefit.domain.CoefficientPeriods.inForce(
                                vn.ansinh.benefit.domain.ConfirmedRates.of(
                                        fx.em()
                                                .createQuery(
                                                        "select c from BenefitCoefficient c",
                                                        vn.ansinh.benefit.domain.BenefitCoefficient.class)
                                                .getResultList(),
                                        at),
                                day)
                        .stream()
                        .map(r -> r.id())
                        .sorted()
                        .toList();
                String asOf = vn.ansinh.benefit.domain.ConfirmedRates.at(at);
                String literal = "DATE '" + day + "'";
                List<Long> sql = ids("select b.id from benefit_coefficient b where b.effective_from <= " + literal
                        + " and " + vn.ansinh.benefit.domain.ConfirmedRates.condition("b", asOf)
                        + " and " + vn.ansinh.benefit.domain.CoefficientPeriods.condition("b", literal, asOf)
                        + " order by b.id");
                assertThat(sql)
                        .as(day + " as confirmed at " + moment)
                        .isEqualTo(java)
                        .isNotEmpty();
            }
        }
        assertThat(ids("select b.id from benefit_coefficient b where b.category = 'ELDERLY_POOR_ALONE' and "
                        + vn.ansinh.benefit.domain.ConfirmedRates.condition("b", "TIMESTAMP '2026-10-07 00:00:00'")
                        + " and "
                        + vn.ansinh.benefit.domain.CoefficientPeriods.condition(
                                "b", "DATE '2026-11-01'", "TIMESTAMP '2026-10-07 00:00:00'")
                        + " and b.effective_from <= DATE '2026-11-01'"))
                .as("the two 335/2026 bands")
                .hasSize(2);
    }

    @Test
    void aDecisionSignedBefore5October2026Cites20_2021AndOneSignedAfterCites335_2026() {
        Person first = fx.person(TUAN_GIAO, "Lò Thị Trước", PartialDate.of(1980, 5, 2), Sex.FEMALE);
        BenefitCase early = fx.submitted(first, Category.DISABLED, SEVERE, "2026-09-28T02:00:00Z");
        Decision before = fx.run(
                CHAIRMAN_TUAN_GIAO,
                "2026-10-02T03:00:00Z",
                () -> new ApproveCaseCommand(early.id(), TUAN_GIAO, fx.units()));
        Person second = fx.person(TUAN_GIAO, "Lò Thị Sau", PartialDate.of(1980, 5, 2), Sex.FEMALE);
        BenefitCase late = fx.submitted(second, Category.DISABLED, SEVERE, "2026-09-28T02:00:00Z");
        Decision after = fx.run(
                CHAIRMAN_TUAN_GIAO,
                "2026-10-06T03:00:00Z",
                () -> new ApproveCaseCommand(late.id(), TUAN_GIAO, fx.units()));

        assertThat(before.legalBasis()).contains("Nghị định số 20/2021/NĐ-CP").doesNotContain("335/2026");
        assertThat(after.legalBasis())
                .startsWith("Nghị định số 335/2026/NĐ-CP ngày 21 tháng 8 năm 2026 của Chính phủ")
                .contains("147/2025")
                .doesNotContain("20/2021");
        assertThat(after.sheetJson()).contains("335/2026/NĐ-CP");
    }

    @Test
    void theMeritoriousFuneralSupportIsTenTimesTheBaseSalaryOfItsMonth() {
        Person june = fx.person(TUAN_GIAO, "Lò Văn Tang", PartialDate.of(1940), Sex.MALE);
        BenefitCase c1 = fx.submitted(june, Category.FUNERAL_MERITORIOUS, Map.of(), "2026-06-22T02:00:00Z");
        Decision d1 = fx.run(
                CHAIRMAN_TUAN_GIAO,
                "2026-06-24T03:00:00Z",
                () -> new ApproveCaseCommand(c1.id(), TUAN_GIAO, fx.units()));
        Person july = fx.person(TUAN_GIAO, "Lò Văn Tang", PartialDate.of(1940), Sex.MALE);
        BenefitCase c2 = fx.submitted(july, Category.FUNERAL_MERITORIOUS, Map.of(), "2026-07-01T02:00:00Z");
        Decision d2 = fx.run(
                CHAIRMAN_TUAN_GIAO,
                "2026-07-02T03:00:00Z",
                () -> new ApproveCaseCommand(c2.id(), TUAN_GIAO, fx.units()));

        assertThat(d1.oneTimeAmount()).as("10 x 2,340,000").isEqualTo(23_400_000L);
        assertThat(d1.standardLevel()).isEqualTo(2_340_000L);
        assertThat(d2.oneTimeAmount()).as("10 x 2,530,000").isEqualTo(25_300_000L);
        assertThat(d2.sheetJson()).contains("25.300.000").contains("10 lần mức lương cơ sở (2.530.000 đồng)");
    }

    @Test
    void aWomanBornIn1976CannotBeFiledAsAChildWithoutSupport() {
        Person woman = fx.person(TUAN_GIAO, "Lò Thị Lớn", PartialDate.of(1976, 4, 9), Sex.FEMALE);

        assertThatThrownBy(() -> fx.submitted(
                        woman,
                        Category.CHILD_WITHOUT_SUPPORT,
                        Map.of(ProgrammeField.ORPHAN_STATUS, "ORPHAN_BOTH_PARENTS"),
                        "2026-12-02T02:00:00Z"))
                .isInstanceOf(CaseException.class)
                .hasMessage("eligibility.fail.tooOld")
                .satisfies(e -> assertThat(((CaseException) e).arguments())
                        .extracting(String::valueOf)
                        .containsExactly("Label[key=category.CHILD_WITHOUT_SUPPORT]", "50", "16"));
        assertThat(fx.jdbc().countOf("select count(*) from benefit_case where person_id = ?", woman.id()))
                .isZero();
        assertThat(fx.jdbc()
                        .countOf(
                                "select count(*) from application where person_id = ? and status = 'DRAFT'",
                                woman.id()))
                .as("the dossier stays a draft for the officer to correct")
                .isEqualTo(1);
    }

    @Test
    void aSingleParentWhoseHouseholdIsNotPoorInTheReviewThatAppliesCannotBeFiled() {
        Person mother = fx.person(TUAN_GIAO, "Lò Thị Khá", PartialDate.of(1990, 1, 1), Sex.FEMALE);
        assertThat(fx.household(mother, 2_500_000, "2025-11-20")).isEqualTo(PovertyClassification.ABOVE_AVERAGE);

        assertThatThrownBy(() -> fx.submitted(
                        mother,
                        Category.SINGLE_PARENT_POOR,
                        Map.of(ProgrammeField.CHILDREN_COUNT, "1"),
                        "2026-03-02T02:00:00Z"))
                .isInstanceOf(CaseException.class)
                .hasMessage("eligibility.fail.poverty");
    }

    @Test
    void anApproverOverridesAnUncheckedConditionOnlyWithAWrittenReasonThatTheDecisionAndTheAuditKeep() {
        Person mother = fx.person(TUAN_GIAO, "Lò Thị Đơn", PartialDate.of(1990, 1, 1), Sex.FEMALE);
        BenefitCase c = fx.submitted(
                mother,
                Category.SINGLE_PARENT_POOR,
                Map.of(ProgrammeField.CHILDREN_COUNT, "1"),
                "2026-03-02T02:00:00Z");
        assertThat(c.id())
                .as("no review recorded: the officer may submit, the approver must check")
                .isNotNull();

        assertThatThrownBy(() -> fx.run(
                        CHAIRMAN_TUAN_GIAO,
                        "2026-03-04T03:00:00Z",
                        () -> new ApproveCaseCommand(c.id(), TUAN_GIAO, fx.units())))
                .isInstanceOf(CaseException.class)
                .hasMessage("eligibility.fail.povertyUnknown");
        assertThatThrownBy(() -> fx.run(
                        CHAIRMAN_TUAN_GIAO,
                        "2026-03-04T03:00:00Z",
                        () -> new ApproveCaseCommand(c.id(), TUAN_GIAO, fx.units(), null, "ok")))
                .isInstanceOf(CaseException.class)
                .hasMessage("eligibility.error.overrideReason");

        String reason = "Giấy chứng nhận hộ nghèo số 12/GCN-UBND năm 2025 có trong hồ sơ giấy";
        Decision decision = fx.run(
                CHAIRMAN_TUAN_GIAO,
                "2026-03-04T03:00:00Z",
                () -> new ApproveCaseCommand(c.id(), TUAN_GIAO, fx.units(), null, reason));

        assertThat(decision.eligibilityOverride()).startsWith(reason).contains("eligibility.fail.povertyUnknown");
        assertThat(fx.jdbc()
                        .row("select eligibility_override from decision where id = ?", decision.id())
                        .get("eligibility_override")
                        .toString())
                .startsWith(reason);
        assertThat(fx.jdbc()
                        .row(
                                "select after_value from audit_record where action = 'case.approve' and outcome = 'SUCCEEDED'"
                                        + " and target_id = ? order by id desc limit 1",
                                c.id().toString())
                        .get("after_value")
                        .toString())
                .contains("eligibilityOverride")
                .contains(reason);
        assertThat(fx.jdbc()
                        .countOf(
                                "select count(*) from case_event where case_id = ? and transition = 'APPROVE' and note like ?",
                                c.id(),
                                "%" + reason + "%"))
                .isEqualTo(1);
    }

    @Test
    void aCategoryEndedByLawCannotBeFiledAfterItsEndAndItsRunningCasesShowOnTheWorklistWithTheirTermination() {
        Person early = fx.person(TUAN_GIAO, "Lò Văn Già", PartialDate.of(1940, 2, 2), Sex.MALE);
        Person late = fx.person(TUAN_GIAO, "Lò Văn Cụ", PartialDate.of(1940, 2, 2), Sex.MALE);
        for (Person person : List.of(early, late)) {
            Person recorded = fx.run(
                    OFFICER_TUAN_GIAO,
                    "2026-09-21T01:00:00Z",
                    () -> new vn.ansinh.registry.application.RecordPensionCommand(person.id(), TUAN_GIAO, false));
            assertThat(recorded.receivesPension()).isFalse();
        }
        BenefitCase running = fx.submitted(early, Category.ELDERLY_80_NO_PENSION, Map.of(), "2026-09-21T02:00:00Z");
        fx.run(
                CHAIRMAN_TUAN_GIAO,
                "2026-09-23T03:00:00Z",
                () -> new ApproveCaseCommand(running.id(), TUAN_GIAO, fx.units()));

        confirmPending("category_period", RateKind.CATEGORY_PERIOD, "2026-10-06T03:00:00Z");

        assertThatThrownBy(() -> fx.submitted(late, Category.ELDERLY_80_NO_PENSION, Map.of(), "2026-10-10T02:00:00Z"))
                .isInstanceOf(CaseException.class)
                .hasMessage("eligibility.fail.categoryEnded");
        BenefitCase filedBefore = fx.submitted(late, Category.ELDERLY_80_NO_PENSION, Map.of(), "2026-10-03T02:00:00Z");
        assertThatThrownBy(() -> fx.run(
                        CHAIRMAN_TUAN_GIAO,
                        "2026-10-12T03:00:00Z",
                        () -> new ApproveCaseCommand(filedBefore.id(), TUAN_GIAO, fx.units())))
                .as("nor decided after it")
                .isInstanceOf(CaseException.class)
                .hasMessage("eligibility.fail.categoryEnded");

        LocalDate today = LocalDate.of(2026, 10, 20);
        scan(today);

        AlertRow row = worklist(today).stream()
                .filter(a -> a.caseId().equals(running.id()))
                .findFirst()
                .orElseThrow();
        assertThat(row.kind()).isEqualTo(AlertKind.CATEGORY_ENDED);
        assertThat(row.dueOn()).isEqualTo(LocalDate.of(2026, 10, 5));
        assertThat(row.terminationKey()).isEqualTo("case.endReason.LOSS_OF_ELIGIBILITY");
        assertThat(row.stopFrom()).isEqualTo("11/2026");
    }

    @Test
    void aHouseholdNoLongerPoorInTheNewReviewShowsOnTheWorklistWithTheTerminationFromTheMonthAfter() {
        Person mother = fx.person(TUAN_GIAO, "Lò Thị Nghèo", PartialDate.of(1990, 1, 1), Sex.FEMALE);
        assertThat(fx.household(mother, 1_000_000, "2025-11-20")).isEqualTo(PovertyClassification.POOR);
        BenefitCase c = fx.submitted(
                mother,
                Category.SINGLE_PARENT_POOR,
                Map.of(ProgrammeField.CHILDREN_COUNT, "1"),
                "2026-03-02T02:00:00Z");
        fx.run(CHAIRMAN_TUAN_GIAO, "2026-03-04T03:00:00Z", () -> new ApproveCaseCommand(c.id(), TUAN_GIAO, fx.units()));
        Long household = (Long) fx.jdbc()
                .row("select household_id from household_member where person_id = ?", mother.id())
                .get("household_id");
        assertThat(fx.review(mother, household, 2_500_000, "2026-11-20"))
                .isNotIn(PovertyClassification.POOR, PovertyClassification.NEAR_POOR);

        LocalDate today = LocalDate.of(2026, 12, 2);
        scan(today);

        AlertRow row = worklist(today).stream()
                .filter(a -> a.caseId().equals(c.id()))
                .findFirst()
                .orElseThrow();
        assertThat(row.kind()).isEqualTo(AlertKind.POVERTY_LAPSED);
        assertThat(row.dueOn()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(row.stopFrom()).isEqualTo("02/2027");
    }

    private void scan(LocalDate today) {
        Transactions.inTransaction(fx.em(), () -> new AlertScan().scan(fx.em(), today, 30, 120));
    }

    private List<AlertRow> worklist(LocalDate today) {
        fx.em().clear();
        return new AlertWorklist(fx.em(), fx.units())
                .page(CaseworkFixture.OFFICER_TUAN_GIAO, today, 0, AlertWorklist.MAX_PAGE);
    }

    private long amount(int age, YearMonth month, Instant asOf) {
        EntityManager em = fx.em();
        em.clear();
        return CaseworkRules.load(em, asOf)
                .rates()
                .entitlement(
                        Category.ELDERLY_POOR_ALONE, null, PartialDate.of(month.getYear() - age, 1, 1), "11", month)
                .orElseThrow()
                .amount();
    }

    private void confirmPending(String table, RateKind kind, String instant) {
        List<Long> ids = ids("select id from " + table + " where " + PENDING_335);
        assertThat(ids).isNotEmpty();
        for (Long id : ids) {
            fx.run(ADMIN2, instant, () -> new ConfirmRateCommand(kind, id, AdminUnitCode.NATIONAL));
        }
    }

    private List<Long> ids(String sql) {
        List<Long> ids = new java.util.ArrayList<>();
        try (var c = fx.jdbc().connect();
                var s = c.prepareStatement(sql);
                var rs = s.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }

    private void execute(String sql) {
        try (var c = fx.jdbc().connect();
                var s = c.prepareStatement(sql)) {
            s.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
