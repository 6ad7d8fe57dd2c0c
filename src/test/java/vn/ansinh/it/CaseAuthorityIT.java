package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ansinh.it.CaseworkFixture.CHAIRMAN_QUY_HOP;
import static vn.ansinh.it.CaseworkFixture.CHAIRMAN_TUAN_GIAO;
import static vn.ansinh.it.CaseworkFixture.DISTRICT_CHAIRMAN;
import static vn.ansinh.it.CaseworkFixture.OFFICER_TUAN_GIAO;
import static vn.ansinh.it.CaseworkFixture.PROVINCE_DIRECTOR;
import static vn.ansinh.it.CaseworkFixture.QUY_HOP;
import static vn.ansinh.it.CaseworkFixture.TUAN_GIAO;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.ansinh.casework.application.ApproveCaseCommand;
import vn.ansinh.casework.application.CaseTransitionCommand;
import vn.ansinh.casework.application.SubmitCaseCommand;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.casework.domain.CaseException;
import vn.ansinh.casework.domain.CaseStatus;
import vn.ansinh.casework.domain.CaseTransition;
import vn.ansinh.casework.domain.Decision;
import vn.ansinh.intake.domain.Application;
import vn.ansinh.registry.domain.PartialDate;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.Sex;
import vn.ansinh.shared.command.AccessDeniedException;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.ProgrammeField;
import vn.ansinh.shared.security.Actor;
import vn.ansinh.shared.security.Role;

/** Who may decide a case, and when: the competent authority by date and level, posting, maker-checker. */
class CaseAuthorityIT {

    private static final Map<ProgrammeField, String> SEVERE = Map.of(ProgrammeField.DISABILITY_LEVEL, "SEVERE");

    private final CaseworkFixture fx = new CaseworkFixture();

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void in2024ADistrictChairmanSignsASocialAssistanceDecisionAfterThePosting() {
        Person person = fx.person(TUAN_GIAO, "Lò Thị Ánh", PartialDate.of(1980, 5, 2), Sex.FEMALE);
        BenefitCase c = fx.submitted(person, Category.DISABLED, SEVERE, "2024-10-01T02:00:00Z");
        assertThat(c.dueOn()).as("22 working days after 1 Oct 2024").isEqualTo("2024-10-31");

        assertThatThrownBy(() -> approve(DISTRICT_CHAIRMAN, c, "2024-10-01T03:00:00Z"))
                .isInstanceOf(CaseException.class)
                .hasMessage("case.error.postingRequired");
        fx.run(
                OFFICER_TUAN_GIAO,
                "2024-10-01T03:00:00Z",
                () -> new CaseTransitionCommand(c.id(), TUAN_GIAO, CaseTransition.START_POSTING, null, fx.units()));
        assertThatThrownBy(() -> approve(DISTRICT_CHAIRMAN, c, "2024-10-02T03:00:00Z"))
                .isInstanceOf(CaseException.class)
                .hasMessage("case.error.postingRunning");

        Decision decision = approve(DISTRICT_CHAIRMAN, c, "2024-10-03T03:00:00Z");

        assertThat(decision.number()).matches("\\d+/QĐ-UBND");
        assertThat(decision.issuingUnitCode().value()).isEqualTo("099");
        assertThat(decision.signerTitle()).isEqualTo("Chủ tịch");
        assertThat(decision.legalBasis()).contains("Nghị định số 20/2021/NĐ-CP");
        assertThat(decision.coefficient()).isEqualByComparingTo(new BigDecimal("1.5"));
        assertThat(decision.standardLevel()).isEqualTo(500_000L);
        assertThat(decision.monthlyAmount()).isEqualTo(750_000L);
        assertThat(decision.effectiveMonth()).isEqualTo(YearMonth.of(2024, 10));
        assertThat(decision.sheetJson())
                .contains("ỦY BAN NHÂN DÂN HUYỆN TUẦN GIÁO")
                .contains("750.000");
        BenefitCase approved = fx.reload(c);
        assertThat(approved.status()).isEqualTo(CaseStatus.ACTIVE);
        assertThat(approved.firstMonth()).isEqualTo(YearMonth.of(2024, 10));
        assertThat(fx.jdbc()
                        .countOf(
                                "select count(*) from audit_record where action = 'case.approve' and outcome = 'SUCCEEDED'"
                                        + " and target_id = ?",
                                c.id().toString()))
                .isEqualTo(1);
    }

    @Test
    void in2024TheCommuneChairmanMayNotSignWhatTheDistrictSigned() {
        Person person = fx.person(TUAN_GIAO, "Quàng Văn Pấng", PartialDate.of(1975), Sex.MALE);
        BenefitCase c = fx.submitted(person, Category.DISABLED, SEVERE, "2024-11-04T02:00:00Z");
        fx.run(
                OFFICER_TUAN_GIAO,
                "2024-11-04T03:00:00Z",
                () -> new CaseTransitionCommand(c.id(), TUAN_GIAO, CaseTransition.START_POSTING, null, fx.units()));

        assertThatThrownBy(() -> approve(CHAIRMAN_TUAN_GIAO, c, "2024-11-08T03:00:00Z"))
                .isInstanceOfSatisfying(
                        AccessDeniedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("case.error.wrongLevel"));
        assertThat(fx.jdbc()
                        .countOf(
                                "select count(*) from audit_record where action = 'case.approve' and outcome = 'DENIED'"
                                        + " and actor = 'approver.tuangiao' and reason like ?",
                                "case " + c.id() + ":%"))
                .isEqualTo(1);
        assertThat(fx.reload(c).status()).isEqualTo(CaseStatus.POSTED);
    }

    @Test
    void in2026TheCommuneChairmanSignsAndTheFormerDistrictCannot() {
        Person person = fx.person(TUAN_GIAO, "Lường Thị Xuân", PartialDate.of(1990, 1, 20), Sex.FEMALE);
        BenefitCase c = fx.submitted(person, Category.DISABLED, SEVERE, "2026-03-02T02:00:00Z");
        assertThat(c.dueOn()).as("10 working days after 2 Mar 2026").isEqualTo("2026-03-16");

        assertThatThrownBy(() -> approve(DISTRICT_CHAIRMAN, c, "2026-03-05T03:00:00Z"))
                .isInstanceOfSatisfying(
                        AccessDeniedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("case.error.approverUnitGone"));
        assertThatThrownBy(() -> approve(CHAIRMAN_QUY_HOP, c, "2026-03-05T03:00:00Z"))
                .as("another commune's chairman")
                .isInstanceOf(AccessDeniedException.class);

        Decision decision = approve(CHAIRMAN_TUAN_GIAO, c, "2026-03-05T03:00:00Z");
        assertThat(decision.issuingUnitCode()).isEqualTo(TUAN_GIAO);
        assertThat(decision.legalBasis()).contains("147/2025/NĐ-CP");
        assertThat(decision.sheetJson())
                .contains("ỦY BAN NHÂN DÂN XÃ TUẦN GIÁO")
                .contains("TM. ỦY BAN NHÂN DÂN");
    }

    @Test
    void in2026AMeritoriousPersonIsDecidedByTheProvincialDepartmentNotTheCommune() {
        Person person = fx.person(TUAN_GIAO, "Nguyễn Thị Mùi", PartialDate.of(1930), Sex.FEMALE);
        BenefitCase c = fx.submitted(person, Category.HEROIC_MOTHER, Map.of(), "2026-04-01T02:00:00Z");

        assertThatThrownBy(() -> approve(CHAIRMAN_TUAN_GIAO, c, "2026-04-02T03:00:00Z"))
                .isInstanceOfSatisfying(
                        AccessDeniedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("case.error.wrongLevel"));
        Decision decision = approve(PROVINCE_DIRECTOR, c, "2026-04-02T03:00:00Z");

        assertThat(decision.number()).endsWith("/QĐ-SNV");
        assertThat(decision.issuingUnitCode().value()).isEqualTo("11");
        assertThat(decision.monthlyAmount())
                .as("Phụ lục I from 1 Jul 2024: allowance 3 x 2,789,000 + supplement 2,337,000")
                .isEqualTo(8_367_000L + 2_337_000L);
        assertThat(decision.sheetJson()).contains("SỞ NỘI VỤ").contains("ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN");
    }

    @Test
    void whoeverSubmittedACaseCanNeverDecideIt() {
        Actor both =
                new Actor("chairman.quyhop", "Lang Văn Tình", Set.of(Role.COMMUNE_OFFICER, Role.APPROVER), QUY_HOP);
        Person person = fx.person(QUY_HOP, "Vi Thị Hạnh", PartialDate.of(1985), Sex.FEMALE);
        Application application = fx.application(person, Category.DISABLED, SEVERE, "2026-05-04T02:00:00Z");
        BenefitCase c = fx.run(both, "2026-05-04T02:30:00Z", () -> new SubmitCaseCommand(application.id(), QUY_HOP));

        assertThatThrownBy(() -> approve(both, c, "2026-05-05T03:00:00Z"))
                .isInstanceOfSatisfying(
                        AccessDeniedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("case.error.makerChecker.SUBMITTED"));
        assertThatThrownBy(() -> fx.run(
                        both,
                        "2026-05-05T03:00:00Z",
                        () -> new CaseTransitionCommand(
                                c.id(), QUY_HOP, CaseTransition.REJECT, "Không đủ điều kiện", fx.units())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fx.reload(c).status()).isEqualTo(CaseStatus.SUBMITTED);
        assertThat(fx.jdbc()
                        .countOf(
                                "select count(*) from audit_record where actor = 'chairman.quyhop' and outcome = 'DENIED'"
                                        + " and reason like ?",
                                "case " + c.id() + ":%"))
                .isEqualTo(2);

        assertThat(approve(CHAIRMAN_QUY_HOP, c, "2026-05-05T03:00:00Z").monthlyAmount())
                .isEqualTo(750_000L);
    }

    @Test
    void aRejectionNeedsWrittenReasonsAndEndsTheCase() {
        Person person = fx.person(QUY_HOP, "Lô Văn Tâm", PartialDate.of(1970), Sex.MALE);
        BenefitCase c = fx.submitted(person, Category.DISABLED, SEVERE, "2026-05-04T02:00:00Z");

        assertThatThrownBy(() -> fx.run(
                        CHAIRMAN_QUY_HOP,
                        "2026-05-05T03:00:00Z",
                        () -> new CaseTransitionCommand(c.id(), QUY_HOP, CaseTransition.REJECT, "  ", fx.units())))
                .isInstanceOf(CaseException.class)
                .hasMessage("case.error.noteRequired");
        fx.run(
                CHAIRMAN_QUY_HOP,
                "2026-05-05T03:00:00Z",
                () -> new CaseTransitionCommand(
                        c.id(), QUY_HOP, CaseTransition.REJECT, "Giấy xác nhận khuyết tật đã hết hạn", fx.units()));

        BenefitCase rejected = fx.reload(c);
        assertThat(rejected.status()).isEqualTo(CaseStatus.REJECTED);
        assertThat(rejected.statusNote()).isEqualTo("Giấy xác nhận khuyết tật đã hết hạn");
        assertThatThrownBy(() -> approve(CHAIRMAN_QUY_HOP, c, "2026-05-06T03:00:00Z"))
                .isInstanceOf(CaseException.class)
                .hasMessage("case.error.transition");
    }

    private Decision approve(Actor approver, BenefitCase c, String instant) {
        return fx.run(approver, instant, () -> new ApproveCaseCommand(c.id(), c.communeCode(), fx.units()));
    }
}
