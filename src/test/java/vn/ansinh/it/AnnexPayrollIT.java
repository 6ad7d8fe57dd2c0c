package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.ansinh.benefit.application.AddAnnexRateCommand;
import vn.ansinh.benefit.application.ConfirmRateCommand;
import vn.ansinh.benefit.domain.AnnexRate;
import vn.ansinh.benefit.domain.RateKind;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.payment.domain.PayrollRun;
import vn.ansinh.registry.domain.PartialDate;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.Sex;
import vn.ansinh.shared.command.AccessDeniedException;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.ProgrammeField;
import vn.ansinh.shared.security.Actor;
import vn.ansinh.shared.security.Role;

/**
 * Meritorious people are paid from the annex amounts of their month (Decree 75/2021 as amended), one line
 * per legal component; the caregiver's component to the caregiver; social assistance keeps one line per
 * person at the highest coefficient, in arrears too. All in Mường Ảng (no other test pays there).
 */
class AnnexPayrollIT {

    private static final AdminUnitCode MUONG_ANG = AdminUnitCode.of("03256");
    private static final Actor OFFICER = CaseworkFixture.officerOf(MUONG_ANG);
    private static final Actor CHAIRMAN = CaseworkFixture.chairmanOf(MUONG_ANG);
    private static final Actor ADMIN2 =
            new Actor("admin2", "Trần Minh Đức", Set.of(Role.ADMIN), AdminUnitCode.NATIONAL);

    private final CaseworkFixture fx = new CaseworkFixture();
    private final PayrollFixture payroll = new PayrollFixture(fx);

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void warInvalidsArePaidTheAnnexAmountOfTheirPercentInEachOfTheThreePeriods() throws Exception {
        Map<String, BenefitCase> cases = new HashMap<>();
        for (String key : List.of(
                "WAR_INVALID:21",
                "WAR_INVALID:61",
                "WAR_INVALID:100",
                "WAR_INVALID_CLASS_B:61",
                "WAR_INVALID_CLASS_B:100")) {
            String[] k = key.split(":");
            Person person = fx.person(MUONG_ANG, "Thương binh", PartialDate.of(1950), Sex.MALE, "2021-07-20T02:00:00Z");
            cases.put(
                    key,
                    decided(
                            person,
                            Category.valueOf(k[0]),
                            Map.of(ProgrammeField.IMPAIRMENT_PERCENT, k[1]),
                            "2021-08-02"));
        }
        Map<String, Long> csv = new HashMap<>();
        for (List<String> r : AnnexRatesMigrationIT.csv("invalid-monthly.csv")) {
            csv.put(r.get(0) + ":" + r.get(1) + ":" + r.get(2), Long.parseLong(r.get(3)));
        }
        Map<String, Long> annexOne = new HashMap<>();
        for (List<String> r : AnnexRatesMigrationIT.csv("annex-1-monthly.csv")) {
            annexOne.put(r.get(0) + ":" + r.get(1), Long.parseLong(r.get(4)));
        }

        for (String period : List.of("2021-07-01", "2023-07-01", "2024-07-01")) {
            YearMonth month = YearMonth.from(LocalDate.parse(period)).plusMonths(2);
            payroll.compute(payroll.create(MUONG_ANG, month), 50_000);
            cases.forEach((key, c) -> {
                String table = key.split(":")[0];
                assertThat(amount(c, "MONTHLY", table, month))
                        .as(key + " in " + month)
                        .isEqualTo(csv.get(period + ":" + key));
            });
            assertThat(amount(cases.get("WAR_INVALID:100"), "MONTHLY", "INVALID_81_PLUS_SUPPLEMENT", month))
                    .as("≥81 % supplement")
                    .isEqualTo(annexOne.get(period + ":INVALID_81_PLUS_SUPPLEMENT"));
            assertThat(amount(cases.get("WAR_INVALID_CLASS_B:100"), "MONTHLY", "INVALID_81_PLUS_SUPPLEMENT", month))
                    .isEqualTo(annexOne.get(period + ":INVALID_81_PLUS_SUPPLEMENT"));
            assertThat(lines(cases.get("WAR_INVALID:61"), month))
                    .as("61 %: the table only")
                    .isEqualTo(1);
        }
        assertThat(fx.jdbc()
                        .row(
                                "select a.source_ref from payroll_line l join annex_rate a on a.id = l.annex_rate_id"
                                        + " where l.case_id = ? and l.for_month = '2023-09-01' and l.component = 'WAR_INVALID'",
                                cases.get("WAR_INVALID:61").id()))
                .as("traced to its source row")
                .containsEntry("source_ref", "invalid-monthly.csv:2023-07-01:WAR_INVALID:61");
        assertThat(amount(cases.get("WAR_INVALID:61"), "ARREARS", "WAR_INVALID", YearMonth.of(2023, 6)))
                .as("months between the runs are paid as arrears at their own period's amount")
                .isEqualTo(csv.get("2021-07-01:WAR_INVALID:61"));
        assertThat(amount(cases.get("WAR_INVALID:61"), "ARREARS", "WAR_INVALID", YearMonth.of(2023, 7)))
                .isEqualTo(csv.get("2023-07-01:WAR_INVALID:61"));
    }

    @Test
    void aHeroicMotherGetsHerAllowanceAndSupplementAndHerCaregiverIsPaidTheCaregiverAllowanceInHerOwnChannel() {
        Person caregiver = fx.person(MUONG_ANG, "Người phục vụ", PartialDate.of(1980), Sex.FEMALE);
        Person mother = fx.person(MUONG_ANG, "Bà mẹ", PartialDate.of(1935), Sex.FEMALE);
        new PaymentFixture(fx.jdbc()).account(mother.id(), "VERIFIED", LocalDate.of(2025, 8, 1), null);
        BenefitCase c = decided(
                mother,
                Category.HEROIC_MOTHER,
                Map.of(ProgrammeField.CAREGIVER_PERSON_ID, caregiver.id().toString()),
                "2025-08-04");
        YearMonth month = YearMonth.of(2025, 9);
        PayrollRun run = payroll.create(MUONG_ANG, month);

        PayrollRun first = payroll.compute(run, 50_000);

        assertThat(amount(c, "MONTHLY", "HEROIC_MOTHER_ALLOWANCE", month))
                .as("3 x 2,789,000")
                .isEqualTo(8_367_000L);
        assertThat(amount(c, "MONTHLY", "HEROIC_MOTHER_SUPPLEMENT", month)).isEqualTo(2_337_000L);
        assertThat(fx.jdbc()
                        .row(
                                "select payee_person_id, channel, bank_code from payroll_line where case_id = ? and for_month = ?"
                                        + " and component = 'HEROIC_MOTHER_ALLOWANCE'",
                                c.id(),
                                java.sql.Date.valueOf(month.atDay(1))))
                .containsEntry("payee_person_id", null)
                .containsEntry("channel", "BANK_TRANSFER");
        assertThat(fx.jdbc()
                        .row(
                                "select payee_person_id, channel, bank_code, amount from payroll_line where case_id = ?"
                                        + " and for_month = ? and component = 'HEROIC_MOTHER_CAREGIVER'",
                                c.id(),
                                java.sql.Date.valueOf(month.atDay(1))))
                .as("to the caregiver, who has no account: cash")
                .containsEntry("payee_person_id", caregiver.id())
                .containsEntry("channel", "CASH")
                .containsEntry("bank_code", null)
                .containsEntry("amount", 2_789_000L);
        assertThat(lines(c, month)).isEqualTo(3);

        PayrollRun again = payroll.computeSome(run, 50_000, Integer.MAX_VALUE, false);
        assertThat(again.lineCount())
                .as("running the month twice pays nothing twice")
                .isEqualTo(first.lineCount());
        assertThat(again.totalAmount()).isEqualTo(first.totalAmount());
        assertThat(lines(c, month)).isEqualTo(3);
    }

    @Test
    void aPersonInTwoMeritoriousCategoriesIsPaidBothAndAMartyrsRelativeByTheNumberOfMartyrsPlusTheNurtureExtra() {
        Person person = fx.person(MUONG_ANG, "Hai diện", PartialDate.of(1948), Sex.FEMALE);
        BenefitCase invalid =
                decided(person, Category.WAR_INVALID, Map.of(ProgrammeField.IMPAIRMENT_PERCENT, "41"), "2025-09-03");
        BenefitCase relative = decided(
                person,
                Category.MARTYR_RELATIVE,
                Map.of(
                        ProgrammeField.RELATIONSHIP_TO_MERITORIOUS,
                        "SPOUSE",
                        ProgrammeField.MERITORIOUS_PERSON_NAME,
                        "Liệt sĩ Lò Văn A",
                        ProgrammeField.MARTYR_COUNT,
                        "2",
                        ProgrammeField.LIVES_ALONE,
                        "YES"),
                "2025-09-04");
        YearMonth month = YearMonth.of(2025, 10);

        payroll.compute(payroll.create(MUONG_ANG, month), 50_000);

        assertThat(amount(invalid, "MONTHLY", "WAR_INVALID", month))
                .as("Phụ lục II, 41 %, 2024")
                .isEqualTo(3_667_000L);
        assertThat(amount(relative, "MONTHLY", "MARTYR_RELATIVE_2", month))
                .as("2 x 2,789,000")
                .isEqualTo(5_578_000L);
        assertThat(amount(relative, "MONTHLY", "MARTYR_RELATIVE_NURTURE_EXTRA", month))
                .isEqualTo(2_231_000L);
        assertThat(fx.jdbc()
                        .countOf(
                                "select count(*) from payroll_line where person_id = ? and for_month = ?",
                                person.id(),
                                java.sql.Date.valueOf(month.atDay(1))))
                .isEqualTo(3);
    }

    @Test
    void twoSocialAssistanceCasesOfOnePersonPaidAsArrearsPayOnlyTheHighestCoefficient() {
        payroll.compute(payroll.create(MUONG_ANG, YearMonth.of(2025, 11)), 50_000);
        Person person = fx.person(MUONG_ANG, "Hai hệ số", PartialDate.of(1950, 1, 1), Sex.MALE, "2024-11-01T02:00:00Z");
        fx.household(
                person, 1_000_000, "2024-11-20"); // poor in the 2024 review: the elderly category's condition in 2025
        BenefitCase elderly =
                payroll.active(person, Category.ELDERLY_POOR_ALONE, Map.of(), "2025-12-01", OFFICER, CHAIRMAN);
        BenefitCase disabled = payroll.active(
                person,
                Category.DISABLED,
                Map.of(ProgrammeField.DISABILITY_LEVEL, "PARTICULARLY_SEVERE"),
                "2025-12-02",
                OFFICER,
                CHAIRMAN);

        payroll.compute(payroll.create(MUONG_ANG, YearMonth.of(2026, 2)), 50_000);

        for (YearMonth month : List.of(YearMonth.of(2025, 12), YearMonth.of(2026, 1))) {
            assertThat(amount(disabled, "ARREARS", "ALLOWANCE", month))
                    .as("2.5 x 500,000 in " + month)
                    .isEqualTo(1_250_000L);
            assertThat(amount(elderly, "ARREARS", "ALLOWANCE", month))
                    .as("1.5: not paid besides")
                    .isNull();
        }
        assertThat(amount(disabled, "MONTHLY", "ALLOWANCE", YearMonth.of(2026, 2)))
                .isEqualTo(1_250_000L);
        assertThat(fx.jdbc().countOf("select count(*) from payroll_line where person_id = ?", person.id()))
                .isEqualTo(3);
    }

    @Test
    void aPendingAnnexAmountIsNotUsedUntilASecondAdministratorConfirmsIt() {
        Person person = fx.person(MUONG_ANG, "Bà mẹ chờ", PartialDate.of(1936), Sex.FEMALE);
        BenefitCase c = decided(person, Category.HEROIC_MOTHER, Map.of(), "2038-02-01");
        AnnexRate pending = fx.run(
                PayrollFixture.ADMIN,
                "2038-02-10T01:00:00Z",
                () -> new AddAnnexRateCommand(
                        "HEROIC_MOTHER_SUPPLEMENT",
                        null,
                        LocalDate.of(2038, 3, 1),
                        3_000_000L,
                        "Nghị định thử nghiệm, Phụ lục I",
                        "99/2038/NĐ-CP",
                        LocalDate.of(2038, 2, 5)));
        YearMonth month = YearMonth.of(2038, 3);
        PayrollRun run = payroll.create(MUONG_ANG, month);

        payroll.computeAsOf(run, 50_000, java.time.Instant.parse("2038-03-02T02:00:00Z"));
        assertThat(amount(c, "MONTHLY", "HEROIC_MOTHER_SUPPLEMENT", month))
                .as("pending: the 2024 amount")
                .isEqualTo(2_337_000L);

        assertThatThrownBy(() -> fx.run(
                        PayrollFixture.ADMIN,
                        "2038-03-02T05:00:00Z",
                        () -> new ConfirmRateCommand(RateKind.ANNEX, pending.id(), AdminUnitCode.NATIONAL)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fx.jdbc().row("select status from annex_rate where id = ?", pending.id()))
                .containsEntry("status", "PENDING");

        fx.run(
                ADMIN2,
                "2038-03-03T01:00:00Z",
                () -> new ConfirmRateCommand(RateKind.ANNEX, pending.id(), AdminUnitCode.NATIONAL));
        payroll.computeAsOf(run, 50_000, java.time.Instant.parse("2038-03-04T02:00:00Z"));
        assertThat(amount(c, "MONTHLY", "HEROIC_MOTHER_SUPPLEMENT", month)).isEqualTo(3_000_000L);
        assertThat(amount(c, "MONTHLY", "HEROIC_MOTHER_ALLOWANCE", month)).isEqualTo(8_367_000L);
        assertThat(fx.jdbc().row("select monthly_amount from decision where case_id = ?", c.id()))
                .as("the decision: allowance + supplement as confirmed when it was signed")
                .containsEntry("monthly_amount", 10_704_000L);
    }

    @Test
    void theHeroesRowsAreAllDoubtedSoAHeroCannotBeDecidedUntilAnAdministratorConfirmsOne() {
        Person hero = fx.person(MUONG_ANG, "Anh hùng", PartialDate.of(1940), Sex.MALE);
        assertThatThrownBy(() -> decided(hero, Category.ARMED_FORCES_HERO, Map.of(), "2038-04-01"))
                .hasMessageContaining("case.error.noRate");
        assertThat(
                        fx.jdbc()
                                .countOf(
                                        "select count(*) from annex_rate where row_code = 'HERO_ALLOWANCE' and status = 'PENDING'"))
                .isEqualTo(3);
    }

    /** A meritorious person's case submitted by the commune and decided by the provincial department the same day. */
    @Test
    void aBackDatedAnnexAmountIsPaidAsADifferenceOfItsComponentForEachClosedMonth() {
        Person person = fx.person(MUONG_ANG, "Bà mẹ hồi tố", PartialDate.of(1937), Sex.FEMALE);
        BenefitCase c = decided(person, Category.HEROIC_MOTHER, Map.of(), "2039-02-01");
        YearMonth march = YearMonth.of(2039, 3);
        YearMonth april = YearMonth.of(2039, 4);
        for (YearMonth month : List.of(march, april)) {
            PayrollRun run = payroll.create(MUONG_ANG, month);
            payroll.computeAsOf(run, 50_000, java.time.Instant.parse(month.atDay(2) + "T02:00:00Z"));
            payroll.approve(run);
        }
        long paidInMarch = amount(c, "MONTHLY", "HEROIC_MOTHER_SUPPLEMENT", march);
        AnnexRate backDated = fx.run(
                PayrollFixture.ADMIN,
                "2039-05-02T01:00:00Z",
                () -> new AddAnnexRateCommand(
                        "HEROIC_MOTHER_SUPPLEMENT",
                        null,
                        LocalDate.of(2039, 3, 1),
                        3_100_000L,
                        "Nghị định thử nghiệm hồi tố, Phụ lục I",
                        "98/2039/NĐ-CP",
                        LocalDate.of(2039, 4, 28)));
        fx.run(
                ADMIN2,
                "2039-05-03T01:00:00Z",
                () -> new ConfirmRateCommand(RateKind.ANNEX, backDated.id(), AdminUnitCode.NATIONAL));

        PayrollRun may = payroll.create(MUONG_ANG, YearMonth.of(2039, 5));
        payroll.computeAsOf(may, 50_000, java.time.Instant.parse("2039-05-04T02:00:00Z"));
        assertThat(amount(c, "MONTHLY", "HEROIC_MOTHER_SUPPLEMENT", YearMonth.of(2039, 5)))
                .isEqualTo(3_100_000L);
        for (YearMonth month : List.of(march, april)) {
            Map<String, Object> difference = fx.jdbc()
                    .row(
                            "select d.amount, d.correction, d.annex_rate_id, d.due_amount, d.paid_before,"
                                    + " o.id as original, d.corrects_line_id from payroll_line d join payroll_line o on o.case_id = d.case_id"
                                    + " and o.for_month = d.for_month and o.component = d.component and o.correction = 0"
                                    + " where d.case_id = ? and d.for_month = ? and d.component = 'HEROIC_MOTHER_SUPPLEMENT' and d.kind = 'DIFFERENCE'",
                            c.id(),
                            java.sql.Date.valueOf(month.atDay(1)));
            assertThat(difference)
                    .as("the difference of " + month)
                    .containsEntry("amount", 3_100_000L - paidInMarch)
                    .containsEntry("correction", 1)
                    .containsEntry("annex_rate_id", backDated.id())
                    .containsEntry("due_amount", 3_100_000L)
                    .containsEntry("paid_before", paidInMarch);
            assertThat(difference.get("corrects_line_id")).isEqualTo(difference.get("original"));
        }
        assertThat(fx.jdbc()
                        .countOf(
                                "select count(*) from payroll_line where case_id = ? and kind = 'DIFFERENCE'"
                                        + " and component = 'HEROIC_MOTHER_ALLOWANCE'",
                                c.id()))
                .as("the allowance did not change")
                .isZero();
        long before = fx.jdbc().countOf("select count(*) from payroll_line where case_id = ?", c.id());
        payroll.computeAsOf(may, 50_000, java.time.Instant.parse("2039-05-04T02:00:00Z"));
        assertThat(fx.jdbc().countOf("select count(*) from payroll_line where case_id = ?", c.id()))
                .as("computing the month again pays no difference twice")
                .isEqualTo(before);
    }

    private BenefitCase decided(Person person, Category category, Map<ProgrammeField, String> values, String day) {
        var application = fx.application(person, category, values, day + "T00:30:00Z");
        BenefitCase c = fx.run(
                OFFICER,
                day + "T01:00:00Z",
                () -> new vn.ansinh.casework.application.SubmitCaseCommand(application.id(), person.communeCode()));
        fx.run(
                CaseworkFixture.PROVINCE_DIRECTOR,
                day + "T03:00:00Z",
                () -> new vn.ansinh.casework.application.ApproveCaseCommand(c.id(), c.communeCode(), fx.units()));
        return fx.reload(c);
    }

    private Long amount(BenefitCase c, String kind, String component, YearMonth month) {
        Map<String, Object> row = fx.jdbc()
                .row(
                        "select amount from payroll_line where case_id = ? and kind = ? and component = ?"
                                + " and for_month = ? and correction = 0",
                        c.id(),
                        kind,
                        component,
                        java.sql.Date.valueOf(month.atDay(1)));
        return row.isEmpty() ? null : ((Number) row.get("amount")).longValue();
    }

    private long lines(BenefitCase c, YearMonth month) {
        return fx.jdbc()
                .countOf(
                        "select count(*) from payroll_line where case_id = ? and for_month = ?",
                        c.id(),
                        java.sql.Date.valueOf(month.atDay(1)));
    }
}
