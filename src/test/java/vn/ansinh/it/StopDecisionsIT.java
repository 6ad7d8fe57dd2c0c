package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.ansinh.casework.application.ApproveCaseCommand;
import vn.ansinh.casework.application.DecisionPdf;
import vn.ansinh.casework.application.DecisionSheetJson;
import vn.ansinh.casework.application.ProposeStopCommand;
import vn.ansinh.casework.application.RecordDeathCommand;
import vn.ansinh.casework.application.RejectStopProposalCommand;
import vn.ansinh.casework.application.SubmitCaseCommand;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.casework.domain.CaseStatus;
import vn.ansinh.casework.domain.Decision;
import vn.ansinh.casework.domain.DecisionKind;
import vn.ansinh.casework.domain.DecisionSheet;
import vn.ansinh.casework.domain.EndReason;
import vn.ansinh.casework.domain.PausedMonths;
import vn.ansinh.registry.application.AdmitMemberCommand;
import vn.ansinh.registry.application.FoundHouseholdCommand;
import vn.ansinh.registry.domain.AdminUnit;
import vn.ansinh.registry.domain.Area;
import vn.ansinh.registry.domain.PartialDate;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.Relationship;
import vn.ansinh.registry.domain.Residence;
import vn.ansinh.registry.domain.Sex;
import vn.ansinh.shared.command.AccessDeniedException;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.ProgrammeField;
import vn.ansinh.shared.security.Actor;
import vn.ansinh.shared.security.Role;

/**
 * Issue 10, item 8, on the real database: ending, pausing and resuming an allowance are numbered
 * decisions on an officer's proposal; between the two the payments are held; a reinstatement's back-pay
 * answer decides whether the paused months are ever paid. Each test has a commune of its own.
 */
class StopDecisionsIT {

    private static final Map<ProgrammeField, String> SEVERE = Map.of(ProgrammeField.DISABILITY_LEVEL, "SEVERE");
    private static final YearMonth JANUARY = YearMonth.of(2027, 1);

    private final CaseworkFixture fx = new CaseworkFixture();
    private final PayrollFixture payroll = new PayrollFixture(fx);

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void aTerminationProposalHoldsThePaymentsAndTheChairmanSignsANumberedDecisionThatPrints() throws Exception {
        AdminUnitCode commune = AdminUnitCode.of("03166");
        Person person = fx.person(commune, "Lò Thị Thôi", PartialDate.of(1950), Sex.FEMALE);
        BenefitCase c = active(person);
        payroll.approve(payroll.compute(payroll.create(commune, JANUARY), 50_000));
        Actor officer = CaseworkFixture.officerOf(commune);
        Actor chairman = CaseworkFixture.chairmanOf(commune);
        String reason = "Có lương hưu từ tháng 12/2026";

        assertThatThrownBy(() -> fx.run(
                        chairman,
                        "2026-12-02T02:00:00Z",
                        () -> new ProposeStopCommand(
                                c.id(),
                                commune,
                                DecisionKind.TERMINATION,
                                EndReason.LOSS_OF_ELIGIBILITY,
                                YearMonth.of(2026, 12),
                                null,
                                reason)))
                .as("the approver does not propose")
                .isInstanceOf(AccessDeniedException.class);
        fx.run(
                officer,
                "2026-12-02T02:00:00Z",
                () -> new ProposeStopCommand(
                        c.id(),
                        commune,
                        DecisionKind.TERMINATION,
                        EndReason.LOSS_OF_ELIGIBILITY,
                        YearMonth.of(2026, 12),
                        null,
                        reason));

        assertThat(fx.reload(c).status()).isEqualTo(CaseStatus.TERMINATION_PROPOSED);
        assertThat(line(c, JANUARY))
                .as("held at the proposal")
                .containsEntry("payment_status", "HELD")
                .containsEntry("hold_reason", "LOSS_OF_ELIGIBILITY");
        assertThat(fx.jdbc()
                        .countOf("select count(*) from decision where case_id = ? and kind = 'TERMINATION'", c.id()))
                .as("no decision before the signature")
                .isZero();
        assertThatThrownBy(() -> fx.signStop(c, officer, "2026-12-03T02:00:00Z"))
                .as("the officer does not sign")
                .isInstanceOf(AccessDeniedException.class);

        Decision grant = fx.em()
                .createQuery("select d from Decision d where d.caseId = :c and d.kind = :k", Decision.class)
                .setParameter("c", c.id())
                .setParameter("k", DecisionKind.GRANT)
                .getSingleResult();
        Decision decision = fx.signStop(c, chairman, "2026-12-03T02:00:00Z");

        assertThat(decision.kind()).isEqualTo(DecisionKind.TERMINATION);
        assertThat(decision.number())
                .as("the commune's next number of the year")
                .isEqualTo((grant.sequence() + 1) + "/QĐ-UBND");
        assertThat(decision.issuingUnitCode()).isEqualTo(commune);
        assertThat(decision.signer()).isEqualTo(chairman.username());
        assertThat(decision.signerTitle()).isEqualTo("Chủ tịch");
        assertThat(decision.effectiveMonth()).isEqualTo(JANUARY);
        BenefitCase ended = fx.reload(c);
        assertThat(ended.status()).isEqualTo(CaseStatus.TERMINATED);
        assertThat(ended.lastMonth()).isEqualTo(YearMonth.of(2026, 12));
        assertThat(line(c, JANUARY)).as("never paid").containsEntry("payment_status", "HELD");
        assertThat(fx.jdbc().row("select status, decision_id from case_proposal where case_id = ?", c.id()))
                .containsEntry("status", "SIGNED")
                .containsEntry("decision_id", decision.id());
        String text = pdfText(decision);
        assertThat(text)
                .contains(
                        "Về việc thôi hưởng trợ cấp hằng tháng",
                        decision.number(),
                        "Thôi hưởng trợ cấp hằng tháng đối với bà " + person.fullName(),
                        "Thời điểm thôi hưởng: từ tháng 01 năm 2027",
                        "Lý do: " + reason,
                        "Quyết định này thay thế Quyết định số " + grant.number(),
                        chairman.displayName());
    }

    @Test
    void whoProposedNeverSignsEvenHoldingBothRoles() {
        AdminUnitCode commune = AdminUnitCode.of("03169");
        Person person = fx.person(commune, "Lò Văn Hai", PartialDate.of(1951), Sex.MALE);
        BenefitCase c = active(person);
        Actor both = new Actor(
                "both." + commune.value(),
                "Cán bộ kiêm chủ tịch",
                Set.of(Role.COMMUNE_OFFICER, Role.APPROVER),
                commune);
        fx.run(
                both,
                "2026-12-02T02:00:00Z",
                () -> new ProposeStopCommand(
                        c.id(),
                        commune,
                        DecisionKind.SUSPENSION,
                        null,
                        JANUARY,
                        null,
                        "Đi khỏi địa phương chưa rõ lý do"));

        assertThatThrownBy(() -> fx.signStop(c, both, "2026-12-03T02:00:00Z"))
                .isInstanceOfSatisfying(
                        AccessDeniedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("case.error.makerChecker.PROPOSED"));
        assertThat(fx.signStop(c, CaseworkFixture.chairmanOf(commune), "2026-12-03T03:00:00Z")
                        .kind())
                .isEqualTo(DecisionKind.SUSPENSION);
    }

    @Test
    void aRejectedProposalPutsTheCaseBackAndReleasesItsHolds() {
        AdminUnitCode commune = AdminUnitCode.of("03172");
        Person person = fx.person(commune, "Quàng Văn Lại", PartialDate.of(1952), Sex.MALE);
        BenefitCase c = active(person);
        payroll.approve(payroll.compute(payroll.create(commune, JANUARY), 50_000));
        fx.run(
                CaseworkFixture.officerOf(commune),
                "2026-12-02T02:00:00Z",
                () -> new ProposeStopCommand(
                        c.id(),
                        commune,
                        DecisionKind.TERMINATION,
                        EndReason.LOSS_OF_ELIGIBILITY,
                        YearMonth.of(2026, 12),
                        null,
                        "Nghi có lương hưu"));
        assertThat(line(c, JANUARY)).containsEntry("payment_status", "HELD");
        Actor chairman = CaseworkFixture.chairmanOf(commune);
        assertThatThrownBy(() -> fx.run(
                        chairman,
                        "2026-12-04T02:00:00Z",
                        () -> new RejectStopProposalCommand(c.id(), commune, " ", fx.units())))
                .as("a rejection gives its reason")
                .isInstanceOf(BusinessRuleException.class);

        fx.run(
                chairman,
                "2026-12-04T02:00:00Z",
                () -> new RejectStopProposalCommand(c.id(), commune, "Đã xác minh: không có lương hưu", fx.units()));

        assertThat(fx.reload(c).status()).isEqualTo(CaseStatus.ACTIVE);
        assertThat(line(c, JANUARY))
                .as("released")
                .containsEntry("payment_status", "PENDING")
                .containsEntry("hold_reason", null);
        assertThat(fx.jdbc().row("select status, rejection_reason from case_proposal where case_id = ?", c.id()))
                .containsEntry("status", "REJECTED")
                .containsEntry("rejection_reason", "Đã xác minh: không có lương hưu");
        assertThat(fx.jdbc()
                        .countOf("select count(*) from decision where case_id = ? and kind = 'TERMINATION'", c.id()))
                .isZero();
    }

    @Test
    void aReinstatementWithBackPayPaysTheSuspendedMonthsAsArrears() throws Exception {
        AdminUnitCode commune = AdminUnitCode.of("03175");
        BenefitCase c = suspendedJanuaryAndFebruary(commune, "Lò Văn Truy");
        Decision reinstatement = fx.decideStop(
                c,
                DecisionKind.REINSTATEMENT,
                null,
                YearMonth.of(2027, 3),
                true,
                "Tạm dừng do sai sót xác minh, được truy lĩnh",
                CaseworkFixture.chairmanOf(commune),
                "2027-02-20T02:00:00Z");
        payroll.approve(payroll.compute(payroll.create(commune, YearMonth.of(2027, 3)), 50_000));

        long monthly = payroll.amount(c, "MONTHLY", YearMonth.of(2027, 3));
        assertThat(monthly).isPositive();
        assertThat(payroll.amount(c, "ARREARS", JANUARY)).as("paid back").isEqualTo(monthly);
        assertThat(payroll.amount(c, "ARREARS", YearMonth.of(2027, 2))).isEqualTo(monthly);
        assertThat(fx.jdbc()
                        .row(
                                "select from_month, until_month, back_paid, reinstatement_decision_id from case_pause"
                                        + " where case_id = ?",
                                c.id()))
                .containsEntry("from_month", java.sql.Date.valueOf("2027-01-01"))
                .containsEntry("until_month", java.sql.Date.valueOf("2027-02-01"))
                .containsEntry("back_paid", true)
                .containsEntry("reinstatement_decision_id", reinstatement.id());
        assertThat(reinstatement.kind()).isEqualTo(DecisionKind.REINSTATEMENT);
        assertThat(pdfText(reinstatement))
                .contains(
                        "Về việc tiếp tục hưởng trợ cấp hằng tháng",
                        "Thời điểm hưởng lại: từ tháng 03 năm 2027",
                        "Thời gian tạm dừng: từ tháng 01/2027 đến tháng 02/2027",
                        "Truy lĩnh trợ cấp các tháng tạm dừng: có");
    }

    @Test
    void aReinstatementWithoutBackPayNeverPaysTheSuspendedMonths() throws Exception {
        AdminUnitCode commune = AdminUnitCode.of("03176");
        BenefitCase c = suspendedJanuaryAndFebruary(commune, "Lò Văn Không");
        Decision reinstatement = fx.decideStop(
                c,
                DecisionKind.REINSTATEMENT,
                null,
                YearMonth.of(2027, 3),
                false,
                "Tự ý bỏ đi nơi khác, không truy lĩnh",
                CaseworkFixture.chairmanOf(commune),
                "2027-02-20T02:00:00Z");
        payroll.approve(payroll.compute(payroll.create(commune, YearMonth.of(2027, 3)), 50_000));
        payroll.approve(payroll.compute(payroll.create(commune, YearMonth.of(2027, 4)), 50_000));

        assertThat(payroll.amount(c, "MONTHLY", YearMonth.of(2027, 3))).isPositive();
        assertThat(payroll.amount(c, "MONTHLY", YearMonth.of(2027, 4))).isPositive();
        assertThat(fx.jdbc()
                        .countOf(
                                "select count(*) from payroll_line where case_id = ? and for_month in ('2027-01-01',"
                                        + " '2027-02-01')",
                                c.id()))
                .as("never paid, in no later payroll")
                .isZero();
        assertThat(pdfText(reinstatement))
                .contains("Truy lĩnh trợ cấp các tháng tạm dừng: không", "Tự ý bỏ đi nơi khác, không truy lĩnh");
    }

    @Test
    void theDatabaseReadsThePausedMonthsAsJavaDoes() throws Exception {
        AdminUnitCode commune = AdminUnitCode.of("03181");
        List<List<PausedMonths.Pause>> fixtures = List.of(
                List.of(),
                List.of(new PausedMonths.Pause(YearMonth.of(2027, 2), null, false)),
                List.of(new PausedMonths.Pause(YearMonth.of(2027, 2), YearMonth.of(2027, 4), false)),
                List.of(new PausedMonths.Pause(YearMonth.of(2027, 2), YearMonth.of(2027, 4), true)),
                List.of(
                        new PausedMonths.Pause(YearMonth.of(2027, 1), YearMonth.of(2027, 1), false),
                        new PausedMonths.Pause(YearMonth.of(2027, 3), YearMonth.of(2027, 5), true),
                        new PausedMonths.Pause(YearMonth.of(2027, 7), null, false)));
        List<Long> cases = new ArrayList<>();
        for (List<PausedMonths.Pause> pauses : fixtures) {
            BenefitCase c = active(fx.person(commune, "Lò Văn Dừng", PartialDate.of(1953), Sex.MALE));
            cases.add(c.id());
            long decision = fx.jdbc().countOf("select max(id) from decision where case_id = ?", c.id());
            for (PausedMonths.Pause p : pauses) {
                execute(
                        "insert into case_pause (case_id, from_month, until_month, back_paid, suspension_decision_id)"
                                + " values (?, ?, ?, ?, ?)",
                        c.id(),
                        p.from().atDay(1),
                        p.until() == null ? null : p.until().atDay(1),
                        p.backPaid(),
                        decision);
            }
        }
        try (Connection connection = fx.jdbc().connect()) {
            for (int i = 0; i < fixtures.size(); i++) {
                PausedMonths java = new PausedMonths(fixtures.get(i));
                for (YearMonth month = YearMonth.of(2026, 12);
                        !month.isAfter(YearMonth.of(2027, 9));
                        month = month.plusMonths(1)) {
                    String sql = "SELECT " + PausedMonths.notPausedSql("c.id", "cm.month_start") + ", "
                            + PausedMonths.notPausedSql("c.id", PausedMonths.literal(month))
                            + " FROM benefit_case c JOIN calendar_month cm ON cm.month_start = ? WHERE c.id = ?";
                    try (PreparedStatement statement = connection.prepareStatement(sql)) {
                        statement.setObject(1, month.atDay(1));
                        statement.setLong(2, cases.get(i));
                        try (ResultSet row = statement.executeQuery()) {
                            assertThat(row.next()).isTrue();
                            assertThat(row.getBoolean(1))
                                    .as("fixture " + i + " " + month)
                                    .isEqualTo(!java.unpaid(month));
                            assertThat(row.getBoolean(2))
                                    .as("fixture " + i + " " + month + " as a literal")
                                    .isEqualTo(!java.unpaid(month));
                        }
                    }
                }
            }
        }
    }

    @Test
    void aFuneralSupportDecisionNamesTheClaimantAndAddressesThemInItsLastArticle() {
        AdminUnitCode commune = AdminUnitCode.of("03193");
        Person mother = fx.person(commune, "Lò Thị Mất", PartialDate.of(1940), Sex.FEMALE);
        Person daughter = fx.person(commune, "Lò Thị Nhận", PartialDate.of(1968), Sex.FEMALE);
        AdminUnit unit = fx.units().currentCommune(commune).orElseThrow();
        Actor officer = CaseworkFixture.officerOf(commune);
        Actor chairman = CaseworkFixture.chairmanOf(commune);
        var household = fx.run(
                officer,
                "2026-09-05T02:00:00Z",
                () -> new FoundHouseholdCommand(
                        daughter.id(),
                        Residence.of(unit, fx.units().parentOf(unit).orElseThrow()),
                        Area.RURAL,
                        "Bản Co Cượm"));
        fx.run(
                officer,
                "2026-09-05T02:00:00Z",
                () -> new AdmitMemberCommand(household.id(), commune, mother.id(), Relationship.PARENT));
        BenefitCase allowance = active(mother);
        RecordDeathCommand.Outcome outcome = fx.run(
                officer,
                "2026-12-02T02:00:00Z",
                () -> new RecordDeathCommand(mother.id(), commune, LocalDate.of(2026, 11, 28)));
        assertThat(fx.reload(allowance).status()).isEqualTo(CaseStatus.TERMINATION_PROPOSED);
        Decision termination = fx.signStop(allowance, chairman, "2026-12-03T02:00:00Z");
        assertThat(DecisionSheetJson.read(termination.sheetJson())
                        .articles()
                        .get(2)
                        .paragraphs()
                        .get(0))
                .as("an allowance ended by a death addresses the family")
                .contains("gia đình bà " + mother.fullName() + " chịu trách nhiệm thi hành");

        BenefitCase funeral = fx.em().find(BenefitCase.class, outcome.funeralCaseId());
        assertThat(funeral.claimantPersonId()).isEqualTo(daughter.id());
        fx.attachDocument(funeral.applicationId(), commune, "2026-12-04T01:00:00Z");
        fx.run(officer, "2026-12-04T02:00:00Z", () -> new SubmitCaseCommand(funeral.applicationId(), commune));
        Decision decision = fx.run(
                chairman, "2026-12-05T02:00:00Z", () -> new ApproveCaseCommand(funeral.id(), commune, fx.units()));

        DecisionSheet sheet = DecisionSheetJson.read(decision.sheetJson());
        assertThat(String.join("\n", sheet.articles().get(0).paragraphs()))
                .contains("Hỗ trợ chi phí mai táng cho gia đình bà " + mother.fullName())
                .contains("Người nhận hỗ trợ chi phí mai táng: Bà " + daughter.fullName() + ", sinh 1968");
        assertThat(sheet.articles().get(2).paragraphs().get(0))
                .startsWith("Văn phòng Ủy ban nhân dân")
                .endsWith("và bà " + daughter.fullName() + " chịu trách nhiệm thi hành Quyết định này.");
        assertThat(sheet.recipients()).containsSequence("- Như Điều 3;", "- Bà " + daughter.fullName() + ";");
    }

    /** Suspended from January 2027 by a signed decision, not yet reinstated; December 2026 to February 2027 run. */
    private BenefitCase suspendedJanuaryAndFebruary(AdminUnitCode commune, String name) {
        Person person = fx.person(commune, name, PartialDate.of(1954), Sex.MALE);
        BenefitCase c = active(person);
        payroll.approve(payroll.compute(payroll.create(commune, YearMonth.of(2026, 12)), 50_000));
        Decision suspension = fx.decideStop(
                c,
                DecisionKind.SUSPENSION,
                null,
                JANUARY,
                null,
                "Đi khỏi địa phương chưa rõ lý do",
                CaseworkFixture.chairmanOf(commune),
                "2026-12-10T02:00:00Z");
        assertThat(suspension.number()).endsWith("/QĐ-UBND");
        assertThat(fx.reload(c).status()).isEqualTo(CaseStatus.SUSPENDED);
        payroll.approve(payroll.compute(payroll.create(commune, JANUARY), 50_000));
        payroll.approve(payroll.compute(payroll.create(commune, YearMonth.of(2027, 2)), 50_000));
        assertThat(payroll.amount(c, "MONTHLY", YearMonth.of(2026, 12))).isPositive();
        assertThat(fx.jdbc()
                        .countOf(
                                "select count(*) from payroll_line where case_id = ? and for_month >= '2027-01-01'",
                                c.id()))
                .as("nothing while suspended")
                .isZero();
        return c;
    }

    /** A severely disabled person's allowance, decided by the commune chairman, running from October 2026. */
    private BenefitCase active(Person person) {
        AdminUnitCode commune = person.communeCode();
        return payroll.active(
                person,
                Category.DISABLED,
                SEVERE,
                "2026-10-05",
                CaseworkFixture.officerOf(commune),
                CaseworkFixture.chairmanOf(commune));
    }

    private String pdfText(Decision decision) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(new DecisionPdf().render(DecisionSheetJson.read(decision.sheetJson())))) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    private Map<String, Object> line(BenefitCase c, YearMonth month) {
        return fx.jdbc()
                .row(
                        "select id, amount, payment_status, hold_reason from payroll_line"
                                + " where case_id = ? and for_month = ?",
                        c.id(),
                        java.sql.Date.valueOf(month.atDay(1)));
    }

    private void execute(String sql, Object... values) throws Exception {
        try (Connection connection = fx.jdbc().connect();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }
}
