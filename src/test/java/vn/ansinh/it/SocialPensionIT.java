package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.ansinh.benefit.domain.HigherOfSchemes;
import vn.ansinh.benefit.domain.HigherOfSchemes.Claim;
import vn.ansinh.benefit.domain.Scheme;
import vn.ansinh.casework.application.ApproveCaseCommand;
import vn.ansinh.casework.application.RecordDeathCommand;
import vn.ansinh.casework.application.SubmitCaseCommand;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.intake.application.AttachDocumentCommand;
import vn.ansinh.intake.domain.DocumentKind;
import vn.ansinh.intake.domain.ScanMediaType;
import vn.ansinh.intake.domain.StoredFile;
import vn.ansinh.payment.domain.PayrollRun;
import vn.ansinh.registry.domain.PartialDate;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.Sex;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.Programme;
import vn.ansinh.shared.kernel.ProgrammeField;

/**
 * The social pension (Law 41/2024, Decree 176/2025) on the real database: decided by the commune
 * chairman, paid 500,000 from July 2025; paid instead of social assistance only when higher
 * (HigherOfSchemes, Java and SQL on the same claims); the funeral support refused while no amount is
 * confirmed.
 */
class SocialPensionIT {

    static final AdminUnitCode MUONG_ANG = AdminUnitCode.of("03256");
    static final AdminUnitCode PU_NHUNG = AdminUnitCode.of("03260");
    static final AdminUnitCode MUONG_MUN = AdminUnitCode.of("03268");
    private static final Map<ProgrammeField, String> SEVERE = Map.of(ProgrammeField.DISABILITY_LEVEL, "SEVERE");

    private final CaseworkFixture fx = new CaseworkFixture();
    private final PayrollFixture payroll = new PayrollFixture(fx);

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void aSocialPensionIsDecidedByTheCommuneChairmanAndPaid500000FromJuly2025() {
        Person person = fx.person(MUONG_ANG, "Lò Văn Hưu", PartialDate.of(1944, 3, 3), Sex.MALE);
        fx.withoutPension(person, "2025-07-01T01:00:00Z");
        BenefitCase c = payroll.active(
                person,
                Category.SOCIAL_PENSION_75_NO_PENSION,
                Map.of(),
                "2025-07-07",
                CaseworkFixture.officerOf(MUONG_ANG),
                CaseworkFixture.chairmanOf(MUONG_ANG));

        assertThat(c.programme()).isEqualTo(Programme.SOCIAL_PENSION);
        Map<String, Object> decision = fx.jdbc()
                .row(
                        "select issuing_unit_code, signer_title, legal_basis, monthly_amount, subject"
                                + " from decision where case_id = ?",
                        c.id());
        assertThat(decision)
                .containsEntry("issuing_unit_code", MUONG_ANG.value())
                .containsEntry("signer_title", "Chủ tịch")
                .containsEntry("monthly_amount", 500_000L)
                .containsEntry("subject", "Về việc hưởng trợ cấp hưu trí xã hội hằng tháng");
        assertThat((String) decision.get("legal_basis")).contains("41/2024").contains("176/2025");
        assertThatThrownBy(() -> payroll.active(
                        fx.person(MUONG_ANG, "Lò Văn Huyện", PartialDate.of(1944, 3, 3), Sex.MALE),
                        Category.SOCIAL_PENSION_75_NO_PENSION,
                        Map.of(),
                        "2025-07-08",
                        CaseworkFixture.officerOf(MUONG_ANG),
                        CaseworkFixture.PROVINCE_DIRECTOR))
                .as("not the province")
                .hasMessageContaining("case.error.wrongLevel");

        payroll.compute(payroll.create(MUONG_ANG, YearMonth.of(2025, 7)), 50_000);

        assertThat(payroll.amount(c, "MONTHLY", YearMonth.of(2025, 7))).isEqualTo(500_000L);
        assertThat(fx.jdbc().row("select scheme, coefficient from payroll_line where case_id = ?", c.id()))
                .containsEntry("scheme", "SOCIAL_PENSION");
    }

    @Test
    void theFuneralSupportOfASocialPensionRecipientIsRefusedWhileNoAmountIsConfirmed() {
        Person person = fx.person(MUONG_ANG, "Quàng Thị Mai", PartialDate.of(1940, 5, 5), Sex.FEMALE);
        fx.withoutPension(person, "2025-07-01T01:00:00Z");
        BenefitCase c = payroll.active(
                person,
                Category.SOCIAL_PENSION_75_NO_PENSION,
                Map.of(),
                "2025-07-09",
                CaseworkFixture.officerOf(MUONG_ANG),
                CaseworkFixture.chairmanOf(MUONG_ANG));
        RecordDeathCommand.Outcome outcome = fx.run(
                CaseworkFixture.officerOf(MUONG_ANG),
                "2025-09-20T02:00:00Z",
                () -> new RecordDeathCommand(person.id(), MUONG_ANG, LocalDate.of(2025, 9, 15)));
        BenefitCase funeral = fx.em().find(BenefitCase.class, outcome.funeralCaseId());
        assertThat(funeral.category()).isEqualTo(Category.FUNERAL_SOCIAL_PENSION);
        StoredFile file = new StoredFile(
                "%064d".formatted(System.nanoTime() % 1_000_000_000L), 1000, ScanMediaType.PDF, "giay-bao-tu.pdf");
        fx.run(
                CaseworkFixture.officerOf(MUONG_ANG),
                "2025-09-21T02:00:00Z",
                () -> new AttachDocumentCommand(
                        funeral.applicationId(), MUONG_ANG, DocumentKind.APPLICATION_FORM, file));
        fx.run(
                CaseworkFixture.officerOf(MUONG_ANG),
                "2025-09-21T02:00:00Z",
                () -> new SubmitCaseCommand(funeral.applicationId(), MUONG_ANG));

        assertThatThrownBy(() -> fx.run(
                        CaseworkFixture.chairmanOf(MUONG_ANG),
                        "2025-09-22T03:00:00Z",
                        () -> new ApproveCaseCommand(funeral.id(), MUONG_ANG, fx.units())))
                .as("the draft's 10,000,000 is pending, never a fact")
                .hasMessage("case.error.noFuneralRate");
        assertThat(fx.jdbc()
                        .countOf("select count(*) from benefit_coefficient where category = 'FUNERAL_SOCIAL_PENSION'"
                                + " and status = 'PENDING'"))
                .isEqualTo(1);
        assertThat(c.id()).isNotNull();
    }

    @Test
    void ofSocialAssistanceAndTheSocialPensionOnlyTheHigherIsPaid() {
        Person person = fx.person(PU_NHUNG, "Lò Văn Cao", PartialDate.of(1944, 1, 1), Sex.MALE);
        fx.withoutPension(person, "2025-07-01T01:00:00Z");
        BenefitCase assistance = payroll.active(
                person,
                Category.DISABLED,
                SEVERE,
                "2025-07-03",
                CaseworkFixture.officerOf(PU_NHUNG),
                CaseworkFixture.chairmanOf(PU_NHUNG));
        BenefitCase pension = payroll.active(
                person,
                Category.SOCIAL_PENSION_75_NO_PENSION,
                Map.of(),
                "2025-07-04",
                CaseworkFixture.officerOf(PU_NHUNG),
                CaseworkFixture.chairmanOf(PU_NHUNG));
        Person equal = fx.person(PU_NHUNG, "Lò Thị Bằng", PartialDate.of(1943, 1, 1), Sex.FEMALE);
        fx.withoutPension(equal, "2025-07-01T01:00:00Z");
        BenefitCase equalAssistance = payroll.active(
                equal,
                Category.ELDERLY_80_NO_PENSION,
                Map.of(),
                "2025-07-05",
                CaseworkFixture.officerOf(PU_NHUNG),
                CaseworkFixture.chairmanOf(PU_NHUNG));
        BenefitCase equalPension = payroll.active(
                equal,
                Category.SOCIAL_PENSION_75_NO_PENSION,
                Map.of(),
                "2025-08-04",
                CaseworkFixture.officerOf(PU_NHUNG),
                CaseworkFixture.chairmanOf(PU_NHUNG));

        payroll.compute(payroll.create(PU_NHUNG, YearMonth.of(2025, 8)), 50_000);

        assertThat(payroll.amount(assistance, "MONTHLY", YearMonth.of(2025, 8)))
                .as("2.0 x 500,000")
                .isEqualTo(1_000_000L);
        assertThat(payroll.amount(pension, "MONTHLY", YearMonth.of(2025, 8)))
                .as("lower: not paid")
                .isNull();
        assertThat(payroll.amount(equalAssistance, "MONTHLY", YearMonth.of(2025, 8)))
                .as("equal: stays")
                .isEqualTo(500_000L);
        assertThat(payroll.amount(equalPension, "MONTHLY", YearMonth.of(2025, 8)))
                .isNull();
        assertThat(fx.jdbc()
                        .countOf(
                                "select count(*) from payroll_line where person_id in (?, ?) and for_month = '2025-08-01'",
                                person.id(),
                                equal.id()))
                .as("one line each")
                .isEqualTo(2);
    }

    @Test
    void arrearsOfBothSchemesPayOnlyTheHigherToo() {
        payroll.compute(payroll.create(MUONG_MUN, YearMonth.of(2025, 7)), 50_000);
        Person person = fx.person(MUONG_MUN, "Tòng Văn Truy", PartialDate.of(1944, 1, 1), Sex.MALE);
        fx.withoutPension(person, "2025-07-01T01:00:00Z");
        BenefitCase assistance = payroll.active(
                person,
                Category.DISABLED,
                SEVERE,
                "2025-07-10",
                CaseworkFixture.officerOf(MUONG_MUN),
                CaseworkFixture.chairmanOf(MUONG_MUN));
        BenefitCase pension = payroll.active(
                person,
                Category.SOCIAL_PENSION_75_NO_PENSION,
                Map.of(),
                "2025-07-11",
                CaseworkFixture.officerOf(MUONG_MUN),
                CaseworkFixture.chairmanOf(MUONG_MUN));

        payroll.compute(payroll.create(MUONG_MUN, YearMonth.of(2025, 8)), 50_000);

        assertThat(payroll.amount(assistance, "ARREARS", YearMonth.of(2025, 7))).isEqualTo(1_000_000L);
        assertThat(payroll.amount(pension, "ARREARS", YearMonth.of(2025, 7))).isNull();
        assertThat(payroll.amount(assistance, "MONTHLY", YearMonth.of(2025, 8))).isEqualTo(1_000_000L);
        assertThat(fx.jdbc().countOf("select count(*) from payroll_line where person_id = ?", person.id()))
                .isEqualTo(2);
    }

    @Test
    void aHigherSchemeDecidedAfterTheLowerWasPaidPaysOnlyTheDifferenceAndALowerOneNothing() {
        AdminUnitCode tiaDinh = AdminUnitCode.of("03385");
        YearMonth july = YearMonth.of(2025, 7);
        YearMonth august = july.plusMonths(1);
        Person raised = fx.person(tiaDinh, "Lò Văn Chênh", PartialDate.of(1944, 1, 1), Sex.MALE);
        fx.withoutPension(raised, "2025-07-01T01:00:00Z");
        BenefitCase pension = payroll.active(
                raised,
                Category.SOCIAL_PENSION_75_NO_PENSION,
                Map.of(),
                "2025-07-04",
                CaseworkFixture.officerOf(tiaDinh),
                CaseworkFixture.chairmanOf(tiaDinh));
        Person kept = fx.person(tiaDinh, "Lò Thị Giữ", PartialDate.of(1943, 1, 1), Sex.FEMALE);
        fx.withoutPension(kept, "2025-07-01T01:00:00Z");
        BenefitCase keptAssistance = payroll.active(
                kept,
                Category.DISABLED,
                SEVERE,
                "2025-07-05",
                CaseworkFixture.officerOf(tiaDinh),
                CaseworkFixture.chairmanOf(tiaDinh));
        payroll.approve(payroll.compute(payroll.create(tiaDinh, july), 50_000));
        assertThat(payroll.amount(pension, "MONTHLY", july)).isEqualTo(500_000L);
        assertThat(payroll.amount(keptAssistance, "MONTHLY", july)).isEqualTo(1_000_000L);
        // decided after July was paid, from July: social assistance 2.0 x 500,000 for the first, the social
        // pension for the second
        BenefitCase assistance = payroll.active(
                raised,
                Category.DISABLED,
                SEVERE,
                "2025-07-20",
                CaseworkFixture.officerOf(tiaDinh),
                CaseworkFixture.chairmanOf(tiaDinh));
        BenefitCase lowerPension = payroll.active(
                kept,
                Category.SOCIAL_PENSION_75_NO_PENSION,
                Map.of(),
                "2025-07-21",
                CaseworkFixture.officerOf(tiaDinh),
                CaseworkFixture.chairmanOf(tiaDinh));

        PayrollRun run = payroll.compute(payroll.create(tiaDinh, august), 50_000);

        assertThat(fx.jdbc()
                        .row(
                                "select amount, due_amount, paid_before from payroll_line where case_id = ? and for_month = ?"
                                        + " and kind = 'ARREARS'",
                                assistance.id(),
                                java.sql.Date.valueOf(july.atDay(1))))
                .as("1,000,000 due, 500,000 already paid by the social pension: the rest")
                .containsEntry("amount", 500_000L)
                .containsEntry("due_amount", 1_000_000L)
                .containsEntry("paid_before", 500_000L);
        assertThat(payroll.amount(assistance, "MONTHLY", august)).isEqualTo(1_000_000L);
        assertThat(payroll.amount(pension, "MONTHLY", august))
                .as("the lower: not paid")
                .isNull();
        assertThat(fx.jdbc()
                        .countOf(
                                "select coalesce(sum(amount), 0) from payroll_line where person_id = ? and for_month = ?",
                                raised.id(),
                                java.sql.Date.valueOf(july.atDay(1))))
                .as("July paid exactly the higher amount, never both in full")
                .isEqualTo(1_000_000L);
        assertThat(payroll.amount(lowerPension, "ARREARS", july))
                .as("a lower scheme decided later pays nothing for a month paid higher")
                .isNull();
        assertThat(fx.jdbc().countOf("select count(*) from recovery_item where person_id = ?", kept.id()))
                .as("and claws nothing back")
                .isZero();
        assertThat(payroll.amount(keptAssistance, "MONTHLY", august)).isEqualTo(1_000_000L);

        PayrollRun again = payroll.computeSome(run, 50_000, Integer.MAX_VALUE, false);
        assertThat(again.totalAmount()).as("settling again pays nothing twice").isEqualTo(run.totalAmount());
        assertThat(payroll.amount(assistance, "ARREARS", july)).isEqualTo(500_000L);
    }

    @Test
    void aMonthCompletedByTheHigherSchemeIsPricedAgainOnItsLineOnlyCountingWhatTheLowerPaid() {
        AdminUnitCode taLeng = AdminUnitCode.of("03405");
        AdminUnitCode laiChau = AdminUnitCode.of("12");
        level(Scheme.SOCIAL_PENSION, laiChau, "2031-01-01", 750_000, "2030-12-01");
        YearMonth january = YearMonth.of(2031, 1);
        Person person = fx.person(taLeng, "Lò Văn Hai Chế Độ", PartialDate.of(1945, 5, 5), Sex.MALE);
        fx.withoutPension(person, "2030-12-20T01:00:00Z");
        BenefitCase assistance = payroll.active(
                person,
                Category.ELDERLY_80_NO_PENSION,
                Map.of(),
                "2031-01-06",
                CaseworkFixture.officerOf(taLeng),
                CaseworkFixture.chairmanOf(taLeng));
        payroll.approve(payroll.compute(payroll.create(taLeng, january), 50_000));
        assertThat(payroll.amount(assistance, "MONTHLY", january))
                .as("540,000 x 1.0")
                .isEqualTo(540_000L);
        BenefitCase pension = payroll.active(
                person,
                Category.SOCIAL_PENSION_75_NO_PENSION,
                Map.of(),
                "2031-01-20",
                CaseworkFixture.officerOf(taLeng),
                CaseworkFixture.chairmanOf(taLeng));
        payroll.approve(payroll.compute(payroll.create(taLeng, january.plusMonths(1)), 50_000));
        assertThat(payroll.amount(pension, "ARREARS", january))
                .as("the province's 750,000 less the 540,000 paid")
                .isEqualTo(210_000L);
        // the province raises its social-assistance level back to January: still below the social pension
        level(Scheme.SOCIAL_ASSISTANCE, laiChau, "2031-01-01", 600_000, "2031-02-20");

        payroll.compute(payroll.create(taLeng, january.plusMonths(2)), 50_000);

        assertThat(fx.jdbc()
                        .countOf(
                                "select count(*) from payroll_line where person_id = ? and kind = 'DIFFERENCE'",
                                person.id()))
                .as("January is the social pension's: 750,000 due, 750,000 paid; no difference of either scheme")
                .isZero();
        assertThat(fx.jdbc().countOf("select count(*) from recovery_item where person_id = ?", person.id()))
                .isZero();
        assertThat(payroll.amount(pension, "MONTHLY", january.plusMonths(2))).isEqualTo(750_000L);
        assertThat(payroll.amount(assistance, "MONTHLY", january.plusMonths(2))).isNull();
    }

    /** A provincial level entered by one administrator and confirmed by another the next day. */
    private void level(Scheme scheme, AdminUnitCode province, String from, long amount, String enteredOn) {
        var row = fx.run(
                PayrollFixture.ADMIN,
                enteredOn + "T02:00:00Z",
                () -> new vn.ansinh.benefit.application.AddStandardLevelCommand(
                        scheme,
                        province.value(),
                        LocalDate.parse(from),
                        amount,
                        "Nghị quyết HĐND tỉnh Lai Châu (thử)",
                        "9/2030/NQ-HĐND",
                        LocalDate.parse(enteredOn).minusDays(2)));
        fx.run(
                RateConfirmationIT.ADMIN2,
                LocalDate.parse(enteredOn).plusDays(1) + "T02:00:00Z",
                () -> new vn.ansinh.benefit.application.ConfirmRateCommand(
                        vn.ansinh.benefit.domain.RateKind.LEVEL, row.id(), province));
    }

    @Test
    void theJavaRuleAndItsSqlChooseTheSameLineAndAmount() {
        YearMonth early = YearMonth.of(2024, 7);
        YearMonth late = YearMonth.of(2025, 7);
        List<List<Claim>> fixtures = List.of(
                List.of(
                        new Claim(1, Scheme.SOCIAL_ASSISTANCE, 1_000_000, late, false),
                        new Claim(2, Scheme.SOCIAL_PENSION, 500_000, early, false)),
                List.of(
                        new Claim(3, Scheme.SOCIAL_PENSION, 500_000, late, false),
                        new Claim(9, Scheme.SOCIAL_ASSISTANCE, 500_000, early, false)),
                List.of(
                        new Claim(4, Scheme.SOCIAL_PENSION, 500_000, early, false),
                        new Claim(5, Scheme.SOCIAL_ASSISTANCE, 500_000, early, false)),
                List.of(
                        new Claim(6, Scheme.SOCIAL_ASSISTANCE, 500_000, early, true),
                        new Claim(7, Scheme.SOCIAL_PENSION, 750_000, early, false)),
                List.of(
                        new Claim(8, Scheme.SOCIAL_PENSION, 500_000, late, false),
                        new Claim(10, Scheme.MERITORIOUS, 2_000_000, early, false)),
                List.of(
                        new Claim(11, Scheme.SOCIAL_ASSISTANCE, 1_000_000, early, true),
                        new Claim(12, Scheme.SOCIAL_PENSION, 500_000, late, false)),
                List.of(
                        new Claim(13, Scheme.SOCIAL_PENSION, 500_000, early, true),
                        new Claim(14, Scheme.SOCIAL_ASSISTANCE, 500_000, late, false)),
                List.of(
                        new Claim(15, Scheme.SOCIAL_PENSION, 500_000, early, true),
                        new Claim(16, Scheme.SOCIAL_ASSISTANCE, 40_000, early, true),
                        new Claim(17, Scheme.SOCIAL_ASSISTANCE, 1_000_000, late, false),
                        new Claim(18, Scheme.SOCIAL_PENSION, 750_000, late, false)));
        for (int person = 0; person < fixtures.size(); person++) {
            List<String> rows = new ArrayList<>();
            for (Claim c : fixtures.get(person)) {
                rows.add("SELECT " + c.caseId() + " AS case_id, '" + c.scheme() + "' AS scheme, " + c.amount()
                        + " AS amount, DATE '" + c.started().atDay(1) + "' AS started, " + (c.alreadyPaid() ? 1 : 0)
                        + " AS paid");
            }
            String claims = "(" + String.join(" UNION ALL ", rows) + ")";
            String alreadyPaid = "(SELECT COALESCE(SUM(q.amount), 0) FROM " + claims + " q WHERE q.paid = 1 AND "
                    + HigherOfSchemes.exclusiveSql("q.scheme") + ")";
            String sql = "SELECT w.case_id, " + HigherOfSchemes.toPaySql("w.amount", "w.already_paid")
                    + " AS pay FROM (SELECT r.case_id, r.amount, " + alreadyPaid + " AS already_paid,"
                    + " ROW_NUMBER() OVER (ORDER BY " + HigherOfSchemes.orderSql("r.amount", "r.started", "r.case_id")
                    + ") AS rk FROM " + claims + " r WHERE r.paid = 0 AND " + HigherOfSchemes.exclusiveSql("r.scheme")
                    + ") w WHERE w.rk = 1";
            Map<String, Object> chosen = fx.jdbc().row(sql);
            Optional<HigherOfSchemes.Payment> java = HigherOfSchemes.toPay(fixtures.get(person));
            long pay = chosen.isEmpty() ? 0 : ((Number) chosen.get("pay")).longValue();
            assertThat(pay)
                    .as("fixture " + person)
                    .isEqualTo(java.map(HigherOfSchemes.Payment::amount).orElse(0L));
            if (java.isPresent()) {
                assertThat(((Number) chosen.get("case_id")).longValue())
                        .as("fixture " + person)
                        .isEqualTo(java.get().claim().caseId());
            }
        }
        assertThat(HigherOfSchemes.toPay(fixtures.get(3)))
                .as("the higher scheme decided after the lower was paid pays the rest")
                .map(HigherOfSchemes.Payment::amount)
                .contains(250_000L);
        assertThat(HigherOfSchemes.toPay(fixtures.get(7)))
                .as("what was paid includes the lower scheme's corrections")
                .map(HigherOfSchemes.Payment::amount)
                .contains(460_000L);
    }

    @Test
    void theSchemeAndThePaidProgrammesOfTheSqlAgreeWithJava() {
        for (Programme programme : Programme.values()) {
            Map<String, Object> row = fx.jdbc()
                    .row("SELECT " + Scheme.sqlOf("c.programme") + " AS scheme, "
                            + Scheme.paidProgrammesSql("c.programme") + " AS paid FROM (SELECT '" + programme.name()
                            + "' AS programme) c");
            assertThat(row.get("scheme"))
                    .as(programme.name())
                    .isEqualTo(Scheme.ofMonthly(programme).map(Enum::name).orElse(null));
            assertThat(((Number) row.get("paid")).intValue() == 1)
                    .as(programme.name())
                    .isEqualTo(Scheme.paidProgrammes().contains(programme));
        }
    }
}
