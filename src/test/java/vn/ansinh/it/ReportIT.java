package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.casework.domain.CaseStatus;
import vn.ansinh.registry.application.UnitScope;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.Sex;
import vn.ansinh.report.application.MonthPaid;
import vn.ansinh.report.application.MovementQuery;
import vn.ansinh.report.application.MovementReport;
import vn.ansinh.report.application.MovementRow;
import vn.ansinh.report.application.PaidQuery;
import vn.ansinh.report.application.PaidReport;
import vn.ansinh.report.application.PaidRow;
import vn.ansinh.report.application.PovertyQuery;
import vn.ansinh.report.application.PovertyReport;
import vn.ansinh.report.application.PovertyRow;
import vn.ansinh.report.application.SetPlanCommand;
import vn.ansinh.report.domain.Headcount;
import vn.ansinh.report.domain.ReportPeriod;
import vn.ansinh.report.domain.StopReason;
import vn.ansinh.shared.command.AccessDeniedException;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.Programme;
import vn.ansinh.shared.security.Actor;
import vn.ansinh.shared.security.Role;

/**
 * The reports' figures on the real database against a hand-made data set in Cao Bằng, which no other test uses:
 * Thục Phán with beneficiaries who started, stopped (by death, by a move), paused, began after the period or never
 * were decided; Nùng Trí Cao with one beneficiary and payments but no last year; Tân Giang with nothing at all. The
 * period is the first quarter of 2026 (the start is the end of December 2025). The same communes' households, with
 * their 2025 and 2026 poverty reviews, make the poor and near-poor households report's data set.
 */
class ReportIT {

    private static final AdminUnitCode THUC_PHAN = AdminUnitCode.of("01273");
    private static final AdminUnitCode NUNG_TRI_CAO = AdminUnitCode.of("01279");
    private static final AdminUnitCode TAN_GIANG = AdminUnitCode.of("01288");
    private static final AdminUnitCode CAO_BANG = AdminUnitCode.of("04");
    private static final ReportPeriod Q1 = ReportPeriod.quarter(2026, 1);
    private static final ReportPeriod YEAR_2026 = ReportPeriod.year(2026);
    private static final Actor ADMIN =
            new Actor("admin", "Quản trị hệ thống", Set.of(Role.ADMIN), AdminUnitCode.NATIONAL);

    private static AccountFixture ax;
    private static final List<BenefitCase> CASES = new ArrayList<>();

    @BeforeAll
    static void handMadeDataSet() throws Exception {
        ax = new AccountFixture();
        // Thục Phán
        beneficiary(THUC_PHAN, "Lò Văn Một", Category.DISABLED, "2025-06-01", null, CaseStatus.ACTIVE, null);
        beneficiary(
                THUC_PHAN, "Lò Văn Hai", Category.DISABLED, "2025-06-01", "2026-01-01", CaseStatus.TERMINATED, "DEATH");
        beneficiary(THUC_PHAN, "Lò Văn Ba", Category.DISABLED, "2026-02-01", null, CaseStatus.ACTIVE, null);
        beneficiary(
                THUC_PHAN,
                "Lò Văn Bốn",
                Category.DISABLED,
                "2025-03-01",
                "2025-12-01",
                CaseStatus.TERMINATED,
                "MOVED_AWAY");
        beneficiary(
                THUC_PHAN,
                "Lò Thị Năm",
                Category.ELDERLY_80_NO_PENSION,
                "2025-01-01",
                null,
                CaseStatus.SUSPENDED,
                null);
        beneficiary(
                THUC_PHAN,
                "Lò Văn Sáu",
                Category.DISABLED,
                "2026-03-01",
                "2026-03-01",
                CaseStatus.TERMINATED,
                "LOSS_OF_ELIGIBILITY");
        beneficiary(
                THUC_PHAN, "Lò Văn Tám", Category.DISABLED, "2025-11-01", "2025-11-01", CaseStatus.TERMINATED, "DEATH");
        beneficiary(THUC_PHAN, "Lò Văn Chín", Category.WAR_INVALID, "2024-01-01", null, CaseStatus.ACTIVE, null);
        beneficiary(THUC_PHAN, "Lò Văn Mười", Category.DISABLED, "2026-04-01", null, CaseStatus.APPROVED, null);
        Person waiting = ax.person(THUC_PHAN, "Lò Văn Chờ", 1950, Sex.MALE);
        CASES.add(ax.submittedCase(waiting, "2026-01-05"));
        // Nùng Trí Cao
        beneficiary(NUNG_TRI_CAO, "Nông Văn Một", Category.DISABLED, "2025-01-01", null, CaseStatus.ACTIVE, null);
        beneficiary(
                NUNG_TRI_CAO,
                "Nông Văn Hai",
                Category.DISABLED,
                "2026-02-01",
                "2026-01-01",
                CaseStatus.TERMINATED,
                "DEATH");
        // payrolls: the summaries of approved runs (and one computed, not approved, which does not count)
        run(THUC_PHAN, "2026-01-01", "APPROVED", new Object[][] {
            {"SOCIAL_ASSISTANCE", "MONTHLY", "CASH", 1_000_000L},
            {"SOCIAL_ASSISTANCE", "MONTHLY", "BANK_TRANSFER", 2_000_000L},
            {"MERITORIOUS_PERSON", "MONTHLY", "BANK_TRANSFER", 3_000_000L}
        });
        run(THUC_PHAN, "2026-02-01", "APPROVED", new Object[][] {
            {"SOCIAL_ASSISTANCE", "ARREARS", "CASH", 1_000_000L},
            {"SOCIAL_ASSISTANCE", "MONTHLY", "BANK_TRANSFER", 2_000_000L}
        });
        run(THUC_PHAN, "2026-03-01", "COMPUTED", new Object[][] {{"SOCIAL_ASSISTANCE", "MONTHLY", "CASH", 9_999_999L}});
        run(THUC_PHAN, "2025-01-01", "APPROVED", new Object[][] {{"SOCIAL_ASSISTANCE", "MONTHLY", "CASH", 4_000_000L}});
        run(THUC_PHAN, "2025-04-01", "APPROVED", new Object[][] {{"SOCIAL_ASSISTANCE", "MONTHLY", "CASH", 7_000_000L}});
        // Nùng Trí Cao's payments are held from March 2025: its first quarter of 2025 only in part
        run(NUNG_TRI_CAO, "2025-03-01", "APPROVED", new Object[][] {{"SOCIAL_ASSISTANCE", "MONTHLY", "CASH", 300_000L}
        });
        run(NUNG_TRI_CAO, "2026-01-01", "APPROVED", new Object[][] {
            {"SOCIAL_ASSISTANCE", "MONTHLY", "BANK_TRANSFER", 500_000L}
        });
        // plans, entered by the administrator (the first one entered twice)
        ax.run(
                ADMIN,
                "2026-01-10T02:00:00Z",
                () -> new SetPlanCommand(THUC_PHAN, 2026, Programme.SOCIAL_ASSISTANCE, 20_000_000));
        ax.run(
                ADMIN,
                "2026-01-11T02:00:00Z",
                () -> new SetPlanCommand(THUC_PHAN, 2026, Programme.SOCIAL_ASSISTANCE, 24_000_000));
        ax.run(
                ADMIN,
                "2026-01-11T02:00:00Z",
                () -> new SetPlanCommand(CAO_BANG, 2026, Programme.SOCIAL_ASSISTANCE, 100_000_000));
        // households and their poverty reviews of 2025 and 2026 (null: not in that year's review)
        household(THUC_PHAN, "POOR", "POOR");
        household(THUC_PHAN, "POOR", "NEAR_POOR");
        household(THUC_PHAN, "NEAR_POOR", null);
        household(THUC_PHAN, null, "POOR");
        household(THUC_PHAN, "NEAR_POOR", "POOR");
        household(THUC_PHAN, "AVERAGE", "AVERAGE");
        household(THUC_PHAN, null, null);
        household(NUNG_TRI_CAO, null, "POOR");
        household(NUNG_TRI_CAO, null, null);
        household(TAN_GIANG, null, null);
    }

    @AfterAll
    static void close() {
        ax.close();
    }

    @Test
    void aCommunesMovementCountsStartNewStoppedByReasonAndEnd() {
        MovementReport report = movement(THUC_PHAN);

        MovementRow disabled = row(report, Category.DISABLED);
        assertThat(disabled)
                .extracting(MovementRow::atStart, MovementRow::added, MovementRow::stopped, MovementRow::atEnd)
                .as("start: Một, Hai, Bốn (who counts in December); new: Ba, Sáu; stopped: Hai, Bốn; end: Một, Ba, Sáu")
                .containsExactly(3L, 2L, 2L, 3L);
        assertThat(disabled.stopped(StopReason.DEATH)).isEqualTo(1L);
        assertThat(disabled.stopped(StopReason.MOVED_AWAY)).isEqualTo(1L);
        assertThat(disabled.stopped(StopReason.LOSS_OF_ELIGIBILITY))
                .as("Sáu's last month is March: he stops after the period")
                .isZero();
        assertThat(row(report, Category.ELDERLY_80_NO_PENSION))
                .as("a paused benefit still counts")
                .extracting(MovementRow::atStart, MovementRow::added, MovementRow::stopped, MovementRow::atEnd)
                .containsExactly(1L, 0L, 0L, 1L);
        assertThat(row(report, Category.WAR_INVALID))
                .extracting(MovementRow::programme, MovementRow::atStart, MovementRow::atEnd)
                .containsExactly(Programme.MERITORIOUS_PERSON, 1L, 1L);
        assertThat(report.programmeTotals())
                .extracting(MovementRow::programme, MovementRow::atStart, MovementRow::added, MovementRow::atEnd)
                .containsExactly(
                        tuple(Programme.MERITORIOUS_PERSON, 1L, 0L, 1L),
                        tuple(Programme.SOCIAL_ASSISTANCE, 4L, 2L, 4L));
        assertThat(report.total())
                .extracting(MovementRow::atStart, MovementRow::added, MovementRow::stopped, MovementRow::atEnd)
                .containsExactly(5L, 2L, 2L, 5L);
        assertThat(report.total().atStart()
                        + report.total().added()
                        - report.total().stopped())
                .isEqualTo(report.total().atEnd());
    }

    @Test
    void aProvinceAddsItsCommunesUpAndACommuneWithNoDataHasNoLines() {
        MovementReport province = movement(CAO_BANG);
        assertThat(row(province, Category.DISABLED))
                .as("Nông Văn Hai stopped before his first month: he never counts")
                .extracting(MovementRow::atStart, MovementRow::added, MovementRow::stopped, MovementRow::atEnd)
                .containsExactly(4L, 2L, 2L, 4L);
        assertThat(province.total().atEnd()).isEqualTo(6L);

        MovementReport empty = movement(TAN_GIANG);
        assertThat(empty.rows()).isEmpty();
        assertThat(empty.total())
                .extracting(MovementRow::atStart, MovementRow::added, MovementRow::stopped, MovementRow::atEnd)
                .containsExactly(0L, 0L, 0L, 0L);
    }

    @Test
    void theYearBeforeCountsFromItsOwnStart() {
        MovementReport year2025 =
                new MovementQuery(ax.fx.em()).report(scope(THUC_PHAN), ReportPeriod.year(2025), "Thục Phán");
        assertThat(row(year2025, Category.DISABLED))
                .as(
                        "start of 2025: nobody; new in 2025: Một, Hai, Bốn, Tám; stopped: Tám (November); end: Một, Hai, Bốn")
                .extracting(MovementRow::atStart, MovementRow::added, MovementRow::stopped, MovementRow::atEnd)
                .containsExactly(0L, 4L, 1L, 3L);
    }

    @Test
    void theHeadcountSqlAgreesWithJavaOnEveryCaseAndMonth() throws Exception {
        List<Long> ids = CASES.stream().map(BenefitCase::id).toList();
        String in = String.join(",", ids.stream().map(String::valueOf).toList());
        int checked = 0;
        for (YearMonth month = YearMonth.of(2025, 10);
                !month.isAfter(YearMonth.of(2026, 5));
                month = month.plusMonths(1)) {
            List<Long> bySql = new ArrayList<>();
            List<Long> byJava = new ArrayList<>();
            try (Connection db = ax.fx.jdbc().connect();
                    Statement s = db.createStatement();
                    ResultSet r = s.executeQuery(
                            "SELECT c.id, c.status, c.entitled_from, c.entitled_until FROM benefit_case c"
                                    + " WHERE c.id IN (" + in + ") ORDER BY c.id")) {
                while (r.next()) {
                    Date from = r.getDate(3);
                    Date until = r.getDate(4);
                    if (Headcount.counts(
                            CaseStatus.valueOf(r.getString(2)),
                            from == null ? null : from.toLocalDate(),
                            until == null ? null : until.toLocalDate(),
                            month)) {
                        byJava.add(r.getLong(1));
                    }
                }
                try (ResultSet q = s.executeQuery("SELECT c.id FROM benefit_case c WHERE c.id IN (" + in + ") AND "
                        + Headcount.sql("c", Headcount.literal(month)) + " ORDER BY c.id")) {
                    while (q.next()) {
                        bySql.add(q.getLong(1));
                    }
                }
            }
            assertThat(bySql).as(month.toString()).isEqualTo(byJava);
            checked += byJava.size();
        }
        assertThat(checked).as("the months checked have beneficiaries").isGreaterThan(20);
    }

    @Test
    void amountsPaidAgainstThePlanAndLastYearForACommune() {
        PaidReport report = paid(THUC_PHAN);

        PaidRow assistance = paidRow(report, Programme.SOCIAL_ASSISTANCE);
        assertThat(assistance)
                .extracting(PaidRow::cash, PaidRow::transfer, PaidRow::paid, PaidRow::plan, PaidRow::lastYear)
                .as("January and February approved (March computed only); the plan entered last; January 2025")
                .containsExactly(2_000_000L, 4_000_000L, 6_000_000L, 24_000_000L, 4_000_000L);
        assertThat(assistance.planPercent()).isEqualByComparingTo("25.0");
        assertThat(assistance.lastYearPercent()).isEqualByComparingTo("150.0");
        PaidRow merit = paidRow(report, Programme.MERITORIOUS_PERSON);
        assertThat(merit.plan()).as("no plan entered: absent, not 0").isNull();
        assertThat(merit.planPercent()).isNull();
        assertThat(merit.lastYear())
                .as("last year's payrolls exist and paid this programme nothing")
                .isZero();
        assertThat(merit.lastYearPercent()).isNull();
        assertThat(report.total())
                .extracting(PaidRow::paid, PaidRow::plan, PaidRow::lastYear)
                .containsExactly(9_000_000L, 24_000_000L, 4_000_000L);
        assertThat(report.total().planPercent()).isEqualByComparingTo("37.5");
        assertThat(report.months())
                .extracting(MonthPaid::month, MonthPaid::cash, MonthPaid::transfer)
                .containsExactly(
                        tuple(YearMonth.of(2026, 1), 1_000_000L, 5_000_000L),
                        tuple(YearMonth.of(2026, 2), 1_000_000L, 2_000_000L),
                        tuple(YearMonth.of(2026, 3), null, null));
        assertThat(report.months().get(2).paid())
                .as("March has a computed payroll only: absent, not 0")
                .isFalse();
    }

    @Test
    void lastYearsPeriodHeldOnlyInPartIsNotComparedAndAUnitWithNoDataShowsNoZeros() {
        PaidReport nungTriCao = paid(NUNG_TRI_CAO);
        assertThat(nungTriCao.hasLastYear())
                .as("March 2025 paid, but the system holds the commune's payments only from March: Q1 2025 in part")
                .isFalse();
        assertThat(paidRow(nungTriCao, Programme.SOCIAL_ASSISTANCE))
                .extracting(PaidRow::paid, PaidRow::plan, PaidRow::lastYear)
                .containsExactly(500_000L, null, null);

        PaidReport tanGiang = paid(TAN_GIANG);
        assertThat(tanGiang.hasPayments()).isFalse();
        assertThat(tanGiang.rows()).isEmpty();
        assertThat(tanGiang.total())
                .extracting(PaidRow::paid, PaidRow::plan, PaidRow::lastYear)
                .containsExactly(null, null, null);
    }

    @Test
    void aProvinceComparesItsCommunesPaymentsWithItsOwnPlan() {
        PaidReport province = paid(CAO_BANG);
        PaidRow assistance = paidRow(province, Programme.SOCIAL_ASSISTANCE);
        assertThat(assistance)
                .extracting(PaidRow::paid, PaidRow::plan, PaidRow::lastYear)
                .as("the province is held from January 2025 (Thục Phán): both communes' first quarter of 2025 compared")
                .containsExactly(6_500_000L, 100_000_000L, 4_300_000L);
        assertThat(assistance.planPercent()).isEqualByComparingTo("6.5");
    }

    @Test
    void thePlanIsEnteredByAnAdministratorOnlyAndAudited() {
        Map<String, Object> audit = ax.fx.jdbc()
                .row(
                        "select * from audit_record where action = 'report.plan.set' and target_id = ?"
                                + " order by id desc limit 1",
                        "01273/2026/SOCIAL_ASSISTANCE");
        assertThat(audit.get("outcome")).isEqualTo("SUCCEEDED");
        assertThat((String) audit.get("before_value")).contains("20000000");
        assertThat((String) audit.get("after_value")).contains("24000000");
        assertThat(audit.get("unit_code")).isEqualTo("01273");

        assertThatThrownBy(() -> ax.run(
                        AccountFixture.officerOf(THUC_PHAN),
                        "2026-01-12T02:00:00Z",
                        () -> new SetPlanCommand(THUC_PHAN, 2026, Programme.SOCIAL_ASSISTANCE, 1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(paid(THUC_PHAN).total().plan()).isEqualTo(24_000_000L);
    }

    @Test
    void aCommunesPoorAndNearPoorHouseholdsAgainstLastYearsReviewAddUpLineByLine() {
        PovertyReport report = poverty(THUC_PHAN);

        assertThat(report.rows()).hasSize(1);
        PovertyRow row = report.rows().get(0);
        assertThat(row)
                .extracting(
                        PovertyRow::households,
                        PovertyRow::poor,
                        PovertyRow::nearPoor,
                        PovertyRow::poorLastYear,
                        PovertyRow::nearPoorLastYear)
                .as("seven households; 2026: poor 1, 4, 5 and near-poor 2; 2025: poor 1, 2 and near-poor 3, 5")
                .containsExactly(7L, 3L, 1L, 2L, 2L);
        assertThat(row)
                .extracting(
                        PovertyRow::escapedPoverty,
                        PovertyRow::newPoor,
                        PovertyRow::leftNearPoor,
                        PovertyRow::newNearPoor)
                .as("escaped: 2 (to near-poor); new poor: 4, 5; left near-poor: 3 (above), 5 (poor); new near-poor: 2")
                .containsExactly(1L, 2L, 2L, 1L);
        assertThat(row.poorLastYear() - row.escapedPoverty() + row.newPoor()).isEqualTo(row.poor());
        assertThat(row.nearPoorLastYear() - row.leftNearPoor() + row.newNearPoor())
                .isEqualTo(row.nearPoor());
        assertThat(row.poorRate()).isEqualByComparingTo("42.9");
        assertThat(row.nearPoorRate()).isEqualByComparingTo("14.3");
        assertThat(report.total())
                .extracting(PovertyRow::poor, PovertyRow::households)
                .containsExactly(3L, 7L);
    }

    @Test
    void withoutAReviewTheYearsFiguresAreAbsentNotZeroAndTheTotalAddsUpTheUnitsReviewed() {
        PovertyRow nungTriCao = poverty(NUNG_TRI_CAO).rows().get(0);
        assertThat(nungTriCao)
                .as("reviewed in 2026 only: last year and the moves are absent")
                .extracting(
                        PovertyRow::poor,
                        PovertyRow::nearPoor,
                        PovertyRow::poorLastYear,
                        PovertyRow::escapedPoverty,
                        PovertyRow::newPoor)
                .containsExactly(1L, 0L, null, null, null);

        PovertyReport tanGiang = poverty(TAN_GIANG);
        assertThat(tanGiang.hasReview()).isFalse();
        assertThat(tanGiang.rows().get(0))
                .extracting(PovertyRow::households, PovertyRow::poor, PovertyRow::poorRate)
                .containsExactly(1L, null, null);
        assertThat(tanGiang.total().poor()).isNull();

        PovertyReport province = poverty(CAO_BANG);
        assertThat(province.rows())
                .extracting(r -> r.unit().value())
                .contains(THUC_PHAN.value(), NUNG_TRI_CAO.value(), TAN_GIANG.value());
        List<PovertyRow> ours = province.rows().stream()
                .filter(r -> Set.of(THUC_PHAN, NUNG_TRI_CAO, TAN_GIANG).contains(r.unit()))
                .toList();
        assertThat(ours).hasSize(3);
        long reviewedHouseholds = province.rows().stream()
                .filter(PovertyRow::reviewed)
                .mapToLong(PovertyRow::households)
                .sum();
        assertThat(province.total().households())
                .as("Tân Giang, not reviewed, is left out of the total")
                .isEqualTo(reviewedHouseholds);
        assertThat(province.total().poor())
                .isEqualTo(province.rows().stream()
                        .filter(PovertyRow::reviewed)
                        .mapToLong(PovertyRow::poor)
                        .sum());

        PovertyReport country = new PovertyQuery(ax.fx.em())
                .report(
                        scope(AdminUnitCode.NATIONAL),
                        AdminUnitCode.NATIONAL,
                        YEAR_2026,
                        "Cả nước",
                        "Tổng cộng",
                        c -> c.value());
        PovertyRow caoBang = country.rows().stream()
                .filter(r -> r.unit().equals(CAO_BANG))
                .findFirst()
                .orElseThrow();
        assertThat(caoBang)
                .as("the country's line of a province is the province's total over its households")
                .extracting(PovertyRow::poor, PovertyRow::nearPoor, PovertyRow::newPoor)
                .containsExactly(
                        province.total().poor(),
                        province.total().nearPoor(),
                        province.total().newPoor());
    }

    private static PovertyReport poverty(AdminUnitCode unit) {
        return new PovertyQuery(ax.fx.em())
                .report(scope(unit), unit, YEAR_2026, unit.value(), "Tổng cộng", c -> c.value());
    }

    /** A household of one person in the commune, in the 2025 and 2026 reviews with the classifications given. */
    private static void household(AdminUnitCode commune, String in2025, String in2026) throws Exception {
        Person head = ax.person(commune, "Hà Văn Chủ", 1970, Sex.MALE);
        TestDatabase db = ax.fx.jdbc();
        long unit = ((Number) db.row(
                                "select id from admin_unit where code = ? and unit_list = 'TWO_TIER_2025'",
                                commune.value())
                        .get("id"))
                .longValue();
        db.execute(
                "insert into household (code, head_person_id, residence_unit_id, commune_code, province_code, area,"
                        + " created_at, created_by, updated_at) values (?, ?, ?, ?, ?, 'RURAL', utc_timestamp(6), 'test',"
                        + " utc_timestamp(6))",
                "RP" + head.id(),
                head.id(),
                unit,
                commune.value(),
                CAO_BANG.value());
        long household = ((Number) db.row("select id from household where code = ?", "RP" + head.id())
                        .get("id"))
                .longValue();
        String[] classes = {in2025, in2026};
        for (int i = 0; i < 2; i++) {
            if (classes[i] != null) {
                db.execute(
                        "insert into poverty_review (household_id, review_year, income_per_capita, deprivations,"
                                + " deprivation_count, classification, standard_id, reviewed_on, created_by, created_at)"
                                + " select ?, ?, 1000000, 0, 0, ?, id, ?, 'test', utc_timestamp(6) from poverty_standard"
                                + " where first_year = 2022 and area = 'RURAL'",
                        household,
                        2025 + i,
                        classes[i],
                        LocalDate.of(2025 + i, 10, 1));
            }
        }
    }

    private static MovementReport movement(AdminUnitCode unit) {
        return new MovementQuery(ax.fx.em()).report(scope(unit), Q1, unit.value());
    }

    private static PaidReport paid(AdminUnitCode unit) {
        return new PaidQuery(ax.fx.em()).report(scope(unit), unit, Q1, unit.value());
    }

    private static UnitScope scope(AdminUnitCode unit) {
        return UnitScope.of(unit, ax.fx.units());
    }

    private static MovementRow row(MovementReport report, Category category) {
        return report.rows().stream()
                .filter(r -> category.equals(r.category()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no line of " + category));
    }

    private static PaidRow paidRow(PaidReport report, Programme programme) {
        return report.rows().stream()
                .filter(r -> programme.equals(r.programme()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no line of " + programme));
    }

    /** A person with a decided case, whose period, status and reason are then set as the decisions would have. */
    private static void beneficiary(
            AdminUnitCode commune,
            String name,
            Category category,
            String from,
            String until,
            CaseStatus status,
            String reason)
            throws Exception {
        Person person = ax.person(commune, name, 1950, Sex.MALE);
        BenefitCase c = ax.runningCase(person, "2025-12-20");
        CASES.add(c);
        try (Connection db = ax.fx.jdbc().connect();
                PreparedStatement s = db.prepareStatement("UPDATE benefit_case SET category = ?, programme = ?,"
                        + " entitled_from = ?, entitled_until = ?, status = ?, end_reason = ? WHERE id = ?")) {
            s.setString(1, category.name());
            s.setString(2, category.programme().name());
            s.setDate(3, Date.valueOf(LocalDate.parse(from)));
            s.setDate(4, until == null ? null : Date.valueOf(LocalDate.parse(until)));
            s.setString(5, status.name());
            s.setString(6, reason);
            s.setLong(7, c.id());
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }

    /** An approved (or computed) payroll of a commune and month, with its summary rows. */
    private static void run(AdminUnitCode commune, String month, String status, Object[][] summary) throws Exception {
        try (Connection db = ax.fx.jdbc().connect()) {
            long run;
            try (PreparedStatement s = db.prepareStatement(
                    "INSERT INTO payroll_run (unit_code, pay_month, status, created_at, created_by)"
                            + " VALUES (?, ?, ?, utc_timestamp(6), 'test')",
                    Statement.RETURN_GENERATED_KEYS)) {
                s.setString(1, commune.value());
                s.setString(2, month);
                s.setString(3, status);
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    run = keys.getLong(1);
                }
            }
            for (Object[] r : summary) {
                try (PreparedStatement s = db.prepareStatement(
                        "INSERT INTO payroll_run_summary (run_id, commune_code,"
                                + " programme, category, kind, channel, line_count, total_amount) VALUES (?, ?, ?, 'X', ?, ?, 1, ?)")) {
                    s.setLong(1, run);
                    s.setString(2, commune.value());
                    s.setString(3, (String) r[0]);
                    s.setString(4, (String) r[1]);
                    s.setString(5, (String) r[2]);
                    s.setLong(6, (Long) r[3]);
                    s.executeUpdate();
                }
            }
        }
    }
}
