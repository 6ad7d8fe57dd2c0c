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
    void theJavaRuleAndItsSqlChooseTheSameLine() {
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
                        new Claim(10, Scheme.MERITORIOUS, 2_000_000, early, false)));
        for (int person = 0; person < fixtures.size(); person++) {
            List<String> rows = new ArrayList<>();
            for (Claim c : fixtures.get(person)) {
                rows.add("SELECT " + c.caseId() + " AS case_id, '" + c.scheme() + "' AS scheme, " + c.amount()
                        + " AS amount, DATE '" + c.started().atDay(1) + "' AS started, " + (c.alreadyPaid() ? 1 : 0)
                        + " AS paid");
            }
            String sql = "SELECT case_id FROM (SELECT r.case_id, ROW_NUMBER() OVER (ORDER BY "
                    + HigherOfSchemes.orderSql("r.paid", "r.amount", "r.started", "r.case_id") + ") AS rk FROM ("
                    + String.join(" UNION ALL ", rows) + ") r WHERE " + HigherOfSchemes.exclusiveSql("r.scheme")
                    + ") w WHERE w.rk = 1";
            Map<String, Object> chosen = fx.jdbc().row(sql);
            Optional<Claim> java = HigherOfSchemes.paid(fixtures.get(person));
            assertThat(((Number) chosen.get("case_id")).longValue())
                    .as("fixture " + person)
                    .isEqualTo(java.orElseThrow().caseId());
        }
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
