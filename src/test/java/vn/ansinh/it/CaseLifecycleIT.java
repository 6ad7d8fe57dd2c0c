package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ansinh.it.CaseworkFixture.CHAIRMAN_QUY_HOP;
import static vn.ansinh.it.CaseworkFixture.CHAIRMAN_TUAN_GIAO;
import static vn.ansinh.it.CaseworkFixture.OFFICER_QUY_HOP;
import static vn.ansinh.it.CaseworkFixture.OFFICER_TUAN_GIAO;
import static vn.ansinh.it.CaseworkFixture.QUY_HOP;
import static vn.ansinh.it.CaseworkFixture.TUAN_GIAO;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.ansinh.casework.application.AdjustCaseCommand;
import vn.ansinh.casework.application.ApproveCaseCommand;
import vn.ansinh.casework.application.CaseTransitionCommand;
import vn.ansinh.casework.application.MovePersonCommand;
import vn.ansinh.casework.application.PovertyReviewOutcomeCommand;
import vn.ansinh.casework.application.RecordDeathCommand;
import vn.ansinh.casework.application.RehabilitationCommand;
import vn.ansinh.casework.application.WriteReviewNotesCommand;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.casework.domain.CaseOrigin;
import vn.ansinh.casework.domain.CaseStatus;
import vn.ansinh.casework.domain.CaseTransition;
import vn.ansinh.casework.domain.ConcurrentCaseEditException;
import vn.ansinh.casework.domain.Decision;
import vn.ansinh.casework.domain.DecisionKind;
import vn.ansinh.casework.domain.EndReason;
import vn.ansinh.casework.domain.RehabForm;
import vn.ansinh.registry.application.FoundHouseholdCommand;
import vn.ansinh.registry.domain.AdminUnit;
import vn.ansinh.registry.domain.PartialDate;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.Residence;
import vn.ansinh.registry.domain.Sex;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.ProgrammeField;

/** A beneficiary's life after the decision: death, move, adjustment, rehabilitation, poverty review. */
class CaseLifecycleIT {

    private static final Map<ProgrammeField, String> SEVERE = Map.of(ProgrammeField.DISABILITY_LEVEL, "SEVERE");

    private final CaseworkFixture fx = new CaseworkFixture();

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void aDeathInTheMiddleOfAMonthStopsPaymentFromTheNextMonthAndOpensAFuneralSupportCase() {
        Person mother = fx.person(TUAN_GIAO, "Lò Thị Én", PartialDate.of(1950, 2, 3), Sex.FEMALE);
        Person son = fx.person(TUAN_GIAO, "Lò Văn Ón", PartialDate.of(1975), Sex.MALE);
        AdminUnit tuanGiao = fx.units().currentCommune(TUAN_GIAO).orElseThrow();
        var household = fx.run(
                OFFICER_TUAN_GIAO,
                "2026-01-05T02:00:00Z",
                () -> new FoundHouseholdCommand(
                        son.id(),
                        Residence.of(tuanGiao, fx.units().parentOf(tuanGiao).orElseThrow()),
                        vn.ansinh.registry.domain.Area.RURAL,
                        "Bản Co Cượm"));
        fx.run(
                OFFICER_TUAN_GIAO,
                "2026-01-05T02:00:00Z",
                () -> new vn.ansinh.registry.application.AdmitMemberCommand(
                        household.id(), TUAN_GIAO, mother.id(), vn.ansinh.registry.domain.Relationship.PARENT));
        BenefitCase c = activeDisabilityCase(mother, "2026-01-05");

        RecordDeathCommand.Outcome outcome = fx.run(
                OFFICER_TUAN_GIAO,
                "2026-03-20T02:00:00Z",
                () -> new RecordDeathCommand(mother.id(), TUAN_GIAO, LocalDate.of(2026, 3, 15)));

        assertThat(outcome.endedCases()).containsExactly(c.id());
        assertThat(fx.reload(c).status())
                .as("a termination proposal until the chairman signs")
                .isEqualTo(CaseStatus.TERMINATION_PROPOSED);
        Decision termination = fx.signStop(c, CHAIRMAN_TUAN_GIAO, "2026-03-23T02:00:00Z");
        assertThat(termination.kind()).isEqualTo(vn.ansinh.casework.domain.DecisionKind.TERMINATION);
        BenefitCase ended = fx.reload(c);
        assertThat(ended.status()).isEqualTo(CaseStatus.TERMINATED);
        assertThat(ended.endReason()).isEqualTo(EndReason.DEATH);
        assertThat(ended.paysFor(YearMonth.of(2026, 3)))
                .as("the month of the death is paid")
                .isTrue();
        assertThat(ended.paysFor(YearMonth.of(2026, 4)))
                .as("nothing from the month after")
                .isFalse();
        BenefitCase funeral = fx.em().find(BenefitCase.class, outcome.funeralCaseId());
        assertThat(funeral.category()).isEqualTo(Category.FUNERAL_SOCIAL_ASSISTANCE);
        assertThat(funeral.status()).isEqualTo(CaseStatus.DRAFT);
        assertThat(funeral.origin()).isEqualTo(CaseOrigin.FUNERAL);
        assertThat(funeral.predecessorId()).isEqualTo(c.id());
        assertThat(funeral.claimantPersonId())
                .as("the household head receives it")
                .isEqualTo(son.id());
        assertThatThrownBy(() -> fx.run(
                        OFFICER_TUAN_GIAO,
                        "2026-03-21T02:00:00Z",
                        () -> new RecordDeathCommand(mother.id(), TUAN_GIAO, LocalDate.of(2026, 3, 15))))
                .hasMessage("person.error.alreadyDeceased");
    }

    @Test
    void aMoveInTheMiddleOfAMonthEndsTheOldCaseAndTheNewCommunePaysFromTheNextMonthWithoutGapOrOverlap() {
        Person person = fx.person(TUAN_GIAO, "Cà Văn Đôi", PartialDate.of(1982), Sex.MALE);
        BenefitCase old = activeDisabilityCase(person, "2026-01-06");
        AdminUnit quyHop = fx.units().currentCommune(QUY_HOP).orElseThrow();
        Residence there = Residence.of(quyHop, fx.units().parentOf(quyHop).orElseThrow());

        MovePersonCommand.Outcome outcome = fx.run(
                OFFICER_TUAN_GIAO,
                "2026-03-16T02:00:00Z",
                () -> new MovePersonCommand(person.id(), TUAN_GIAO, there, "Khối 5", LocalDate.of(2026, 3, 14)));

        assertThat(fx.reload(old).status()).isEqualTo(CaseStatus.TERMINATION_PROPOSED);
        fx.signStop(old, CHAIRMAN_TUAN_GIAO, "2026-03-17T02:00:00Z");
        BenefitCase ended = fx.reload(old);
        assertThat(ended.status()).isEqualTo(CaseStatus.TERMINATED);
        assertThat(ended.endReason()).isEqualTo(EndReason.MOVED_AWAY);
        assertThat(ended.lastMonth()).isEqualTo(YearMonth.of(2026, 3));
        BenefitCase transfer =
                fx.em().find(BenefitCase.class, outcome.transferCases().get(0));
        assertThat(transfer.communeCode()).isEqualTo(QUY_HOP);
        assertThat(transfer.status()).isEqualTo(CaseStatus.SUBMITTED);
        assertThat(transfer.origin()).isEqualTo(CaseOrigin.TRANSFER);
        assertThat(transfer.firstMonth()).isEqualTo(YearMonth.of(2026, 4));
        assertThat(fx.jdbc()
                        .countOf(
                                "select count(*) from application_document where application_id = ?",
                                transfer.applicationId()))
                .as("the dossier travels with the person")
                .isEqualTo(1);

        Decision decision = fx.run(
                CHAIRMAN_QUY_HOP,
                "2026-05-04T03:00:00Z",
                () -> new ApproveCaseCommand(transfer.id(), QUY_HOP, fx.units()));
        assertThat(decision.effectiveMonth())
                .as("back-dated to the month after the move")
                .isEqualTo(YearMonth.of(2026, 4));
        BenefitCase continued = fx.reload(transfer);
        for (YearMonth month = YearMonth.of(2026, 1);
                !month.isAfter(YearMonth.of(2026, 8));
                month = month.plusMonths(1)) {
            int payers = (ended.paysFor(month) ? 1 : 0) + (continued.paysFor(month) ? 1 : 0);
            assertThat(payers).as("exactly one commune pays " + month).isEqualTo(1);
        }
    }

    @Test
    void aTransferSignedInTheMonthOfTheMoveStartsTheNextMonthWhenTheNightlyJobActivatesIt() {
        Person person = fx.person(TUAN_GIAO, "Lò Văn Chuyển", PartialDate.of(1981), Sex.MALE);
        activeDisabilityCase(person, "2026-01-06");
        AdminUnit quyHop = fx.units().currentCommune(QUY_HOP).orElseThrow();
        Residence there = Residence.of(quyHop, fx.units().parentOf(quyHop).orElseThrow());
        MovePersonCommand.Outcome outcome = fx.run(
                OFFICER_TUAN_GIAO,
                "2026-05-05T02:00:00Z",
                () -> new MovePersonCommand(person.id(), TUAN_GIAO, there, null, LocalDate.of(2026, 5, 4)));
        Long transferId = outcome.transferCases().get(0);
        fx.run(CHAIRMAN_QUY_HOP, "2026-05-20T03:00:00Z", () -> new ApproveCaseCommand(transferId, QUY_HOP, fx.units()));
        assertThat(fx.em().find(BenefitCase.class, transferId).status())
                .as("pays from June")
                .isEqualTo(CaseStatus.APPROVED);

        vn.ansinh.shared.security.Actor system = new vn.ansinh.shared.security.Actor(
                "system",
                "Hệ thống",
                java.util.Set.of(vn.ansinh.shared.security.Role.ADMIN),
                vn.ansinh.shared.kernel.AdminUnitCode.NATIONAL);
        fx.run(system, "2026-05-31T18:30:00Z", () -> new vn.ansinh.casework.application.ActivateDueCasesCommand());

        BenefitCase started = fx.em().find(BenefitCase.class, transferId);
        fx.em().refresh(started);
        assertThat(started.status()).isEqualTo(CaseStatus.ACTIVE);
        assertThat(started.firstMonth()).isEqualTo(YearMonth.of(2026, 6));
    }

    @Test
    void aChangeOfDisabilityLevelProducesAnAdjustmentDecisionWithTheNewAmountThatReplacesTheOld() {
        Person person = fx.person(QUY_HOP, "Lang Thị Mai", PartialDate.of(1988), Sex.FEMALE);
        BenefitCase c = fx.submitted(person, Category.DISABLED, SEVERE, "2026-02-02T02:00:00Z");
        Decision grant = fx.run(
                CHAIRMAN_QUY_HOP, "2026-02-03T03:00:00Z", () -> new ApproveCaseCommand(c.id(), QUY_HOP, fx.units()));

        Decision adjustment = fx.run(
                CHAIRMAN_QUY_HOP,
                "2026-06-10T03:00:00Z",
                () -> new AdjustCaseCommand(
                        c.id(),
                        QUY_HOP,
                        Category.DISABLED,
                        "PARTICULARLY_SEVERE",
                        LocalDate.of(2026, 6, 1),
                        "Giám định lại",
                        fx.units()));

        assertThat(grant.monthlyAmount()).isEqualTo(750_000L);
        assertThat(adjustment.kind()).isEqualTo(DecisionKind.ADJUSTMENT);
        assertThat(adjustment.monthlyAmount()).as("2.0 x 500,000").isEqualTo(1_000_000L);
        assertThat(adjustment.effectiveMonth()).isEqualTo(YearMonth.of(2026, 7));
        assertThat(adjustment.replacesId()).isEqualTo(grant.id());
        assertThat(adjustment.sequence()).isGreaterThan(grant.sequence());
        assertThat(fx.reload(c).disabilityLevel()).isEqualTo("PARTICULARLY_SEVERE");
        assertThat(fx.reload(c).status()).isEqualTo(CaseStatus.ACTIVE);
    }

    @Test
    void aSignedDecisionCannotBeChangedOrDeletedEvenInTheDatabase() throws SQLException {
        Person person = fx.person(QUY_HOP, "Vi Văn Khánh", PartialDate.of(1979), Sex.MALE);
        BenefitCase c = fx.submitted(person, Category.DISABLED, SEVERE, "2026-02-02T02:00:00Z");
        Decision grant = fx.run(
                CHAIRMAN_QUY_HOP, "2026-02-03T03:00:00Z", () -> new ApproveCaseCommand(c.id(), QUY_HOP, fx.units()));

        try (Connection connection = fx.jdbc().connect();
                Statement s = connection.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("update decision set monthly_amount = 1 where id = " + grant.id()))
                    .hasMessageContaining("immutable");
            assertThatThrownBy(() -> s.executeUpdate("delete from decision where id = " + grant.id()))
                    .hasMessageContaining("immutable");
        }
        assertThat(fx.jdbc().countOf("select monthly_amount from decision where id = ?", grant.id()))
                .isEqualTo(750_000L);
    }

    @Test
    void decisionNumbersOfOneIssuingUnitAndYearAreConsecutiveAndNeverSharedUnderConcurrentApprovals() throws Exception {
        int approvals = 6;
        List<BenefitCase> cases = new ArrayList<>();
        for (int i = 0; i < approvals; i++) {
            Person person = fx.person(QUY_HOP, "Lữ Văn Số", PartialDate.of(1960 + i), Sex.MALE);
            cases.add(fx.submitted(person, Category.DISABLED, SEVERE, "2031-03-03T02:00:00Z"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(approvals);
        List<Future<Decision>> results = new ArrayList<>();
        for (BenefitCase c : cases) {
            Callable<Decision> approve = () -> {
                try (CaseworkFixture own = new CaseworkFixture()) {
                    return own.run(
                            CHAIRMAN_QUY_HOP,
                            "2031-03-04T03:00:00Z",
                            () -> new ApproveCaseCommand(c.id(), QUY_HOP, own.units()));
                }
            };
            results.add(pool.submit(approve));
        }
        List<Integer> numbers = new ArrayList<>();
        for (Future<Decision> result : results) {
            numbers.add(result.get().sequence());
        }
        pool.shutdown();
        assertThat(numbers).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6);
        assertThat(fx.jdbc()
                        .countOf("select count(distinct number) from decision where issuing_unit_code = '17035'"
                                + " and decision_year = 2031"))
                .isEqualTo(approvals);
    }

    @Test
    void twoPeopleSavingNotesOnTheSameCaseTheSecondIsToldAndNothingIsOverwritten() {
        Person person = fx.person(TUAN_GIAO, "Tòng Văn Hặc", PartialDate.of(1966), Sex.MALE);
        BenefitCase c = fx.submitted(person, Category.DISABLED, SEVERE, "2026-03-02T02:00:00Z");
        long opened = c.version();

        fx.run(
                OFFICER_TUAN_GIAO,
                "2026-03-03T02:00:00Z",
                () -> new WriteReviewNotesCommand(c.id(), TUAN_GIAO, "Đã xác minh tại nhà", opened));
        assertThatThrownBy(() -> fx.run(
                        CHAIRMAN_TUAN_GIAO,
                        "2026-03-03T02:01:00Z",
                        () -> new WriteReviewNotesCommand(c.id(), TUAN_GIAO, "Cần bổ sung giấy xác nhận", opened)))
                .isInstanceOf(ConcurrentCaseEditException.class)
                .hasMessage("case.error.concurrentEdit");

        assertThat(fx.reload(c).reviewNotes()).isEqualTo("Đã xác minh tại nhà");
        long current = fx.reload(c).version();
        fx.run(
                CHAIRMAN_TUAN_GIAO,
                "2026-03-03T02:02:00Z",
                () -> new WriteReviewNotesCommand(
                        c.id(), TUAN_GIAO, "Đã xác minh tại nhà. Cần bổ sung giấy xác nhận", current));
        assertThat(fx.reload(c).reviewNotes()).endsWith("Cần bổ sung giấy xác nhận");
    }

    @Test
    void aReturnedDossierGoesBackToTheOfficerAndCanBeSubmittedAgain() {
        Person person = fx.person(QUY_HOP, "Lô Thị Phương", PartialDate.of(1990), Sex.FEMALE);
        BenefitCase c = fx.submitted(person, Category.DISABLED, SEVERE, "2026-03-02T02:00:00Z");

        fx.run(
                CHAIRMAN_QUY_HOP,
                "2026-03-03T02:00:00Z",
                () -> new CaseTransitionCommand(
                        c.id(), QUY_HOP, CaseTransition.RETURN, "Thiếu giấy xác nhận khuyết tật", fx.units()));
        assertThat(fx.reload(c).status()).isEqualTo(CaseStatus.RETURNED);
        assertThat(fx.jdbc()
                        .row("select status from application where id = ?", c.applicationId())
                        .get("status"))
                .isEqualTo("DRAFT");

        BenefitCase again = fx.run(
                OFFICER_QUY_HOP,
                "2026-03-05T02:00:00Z",
                () -> new vn.ansinh.casework.application.SubmitCaseCommand(c.applicationId(), QUY_HOP));
        assertThat(again.id()).isEqualTo(c.id());
        assertThat(again.status()).isEqualTo(CaseStatus.SUBMITTED);
        assertThat(again.submittedOn()).isEqualTo("2026-03-05");
        assertThat(fx.jdbc().countOf("select count(*) from case_event where case_id = ?", c.id()))
                .isEqualTo(3);
    }

    @Test
    void aRehabilitationRunsItsPhasesAndARelapseOpensANewCompulsoryCaseLinkedToTheOld() {
        Person person = fx.person(QUY_HOP, "Lương Văn Cai", PartialDate.of(1995), Sex.MALE);
        BenefitCase c = fx.submitted(
                person,
                Category.VOLUNTARY_REHABILITATION,
                Map.of(ProgrammeField.REHAB_FORM, "IN_COMMUNITY"),
                "2026-01-05T02:00:00Z");
        Decision decision = fx.run(
                CHAIRMAN_QUY_HOP, "2026-01-06T03:00:00Z", () -> new ApproveCaseCommand(c.id(), QUY_HOP, fx.units()));
        assertThat(decision.monthlyAmount()).as("no allowance").isNull();
        assertThat(fx.reload(c).status()).isEqualTo(CaseStatus.APPROVED);

        fx.run(
                OFFICER_QUY_HOP,
                "2026-01-07T02:00:00Z",
                () -> new RehabilitationCommand(
                        c.id(),
                        QUY_HOP,
                        CaseTransition.START_REHABILITATION,
                        RehabForm.IN_COMMUNITY,
                        LocalDate.of(2026, 1, 7),
                        LocalDate.of(2026, 7, 7),
                        null));
        fx.run(
                CHAIRMAN_QUY_HOP,
                "2026-07-08T02:00:00Z",
                () -> new CaseTransitionCommand(c.id(), QUY_HOP, CaseTransition.COMPLETE, null, fx.units()));
        fx.run(
                OFFICER_QUY_HOP,
                "2026-07-08T03:00:00Z",
                () -> new RehabilitationCommand(
                        c.id(), QUY_HOP, CaseTransition.BEGIN_AFTERCARE, null, null, LocalDate.of(2027, 7, 8), null));
        assertThat(fx.reload(c).status()).isEqualTo(CaseStatus.AFTERCARE);

        BenefitCase relapse = fx.run(
                OFFICER_QUY_HOP,
                "2026-09-01T02:00:00Z",
                () -> new RehabilitationCommand(
                        c.id(),
                        QUY_HOP,
                        CaseTransition.RELAPSE,
                        null,
                        null,
                        null,
                        "Tái nghiện, xét nghiệm dương tính"));

        assertThat(fx.reload(c).status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(relapse.origin()).isEqualTo(CaseOrigin.RELAPSE);
        assertThat(relapse.predecessorId()).isEqualTo(c.id());
        assertThat(relapse.category()).isEqualTo(Category.COMPULSORY_REHABILITATION);
        assertThat(relapse.status()).isEqualTo(CaseStatus.DRAFT);
    }

    @Test
    void aPoorHouseholdIsRecognisedForTheYearAndReclassifiedAtTheReview() {
        Person person = fx.person(TUAN_GIAO, "Quàng Thị Nghèo", PartialDate.of(1970), Sex.FEMALE);
        BenefitCase c = fx.submitted(
                person,
                Category.POOR_HOUSEHOLD_MEMBER,
                Map.of(ProgrammeField.SUPPORT_KIND, "HEALTH_INSURANCE"),
                "2026-01-05T02:00:00Z");
        fx.run(
                OFFICER_TUAN_GIAO,
                "2026-01-05T03:00:00Z",
                () -> new CaseTransitionCommand(c.id(), TUAN_GIAO, CaseTransition.START_POSTING, null, fx.units()));
        fx.run(CHAIRMAN_TUAN_GIAO, "2026-01-09T03:00:00Z", () -> new ApproveCaseCommand(c.id(), TUAN_GIAO, fx.units()));
        assertThat(fx.reload(c).status()).isEqualTo(CaseStatus.ACTIVE);
        assertThat(fx.reload(c).reviewYear()).isEqualTo(2026);

        BenefitCase next = fx.run(
                CHAIRMAN_TUAN_GIAO,
                "2026-12-10T03:00:00Z",
                () -> new PovertyReviewOutcomeCommand(c.id(), TUAN_GIAO, CaseTransition.RECLASSIFY, 2026));

        assertThat(fx.reload(c).status()).isEqualTo(CaseStatus.RECLASSIFIED);
        assertThat(fx.reload(c).lastMonth()).isEqualTo(YearMonth.of(2026, 12));
        assertThat(next.category()).isEqualTo(Category.NEAR_POOR_HOUSEHOLD_MEMBER);
        assertThat(next.predecessorId()).isEqualTo(c.id());
        assertThat(vn.ansinh.casework.domain.DossierMakers.of(fx.em(), next).made(CHAIRMAN_TUAN_GIAO.username()))
                .as("the chairman who decided the review did not make the new class's dossier")
                .isFalse();
    }

    private BenefitCase activeDisabilityCase(Person person, String day) {
        BenefitCase c = fx.submitted(person, Category.DISABLED, SEVERE, day + "T02:00:00Z");
        fx.run(
                person.communeCode().equals(QUY_HOP) ? CHAIRMAN_QUY_HOP : CHAIRMAN_TUAN_GIAO,
                day + "T04:00:00Z",
                () -> new ApproveCaseCommand(c.id(), c.communeCode(), fx.units()));
        assertThat(fx.reload(c).status()).isEqualTo(CaseStatus.ACTIVE);
        return c;
    }
}
