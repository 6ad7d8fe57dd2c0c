package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.ansinh.account.domain.AccountStatus;
import vn.ansinh.benefit.domain.RateKind;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.casework.domain.DecisionKind;
import vn.ansinh.payment.application.LineTrace;
import vn.ansinh.payment.application.LineTraceRecords.Rate;
import vn.ansinh.payment.application.LineTraceRecords.Trace;
import vn.ansinh.payment.channel.domain.ResultOutcome;
import vn.ansinh.payment.domain.LineKind;
import vn.ansinh.payment.domain.PaymentChannel;
import vn.ansinh.payment.domain.PaymentStatus;
import vn.ansinh.payment.domain.PayrollStatus;
import vn.ansinh.registry.application.UnitScope;
import vn.ansinh.registry.domain.PartialDate;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.Sex;
import vn.ansinh.shared.command.AccessDeniedException;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.ProgrammeField;

/**
 * Tracing a payroll line back to what produced it (issue 12, item 2), on the real database with data made
 * by the app's commands: a line paid into an account, with its run, rates, decision, case, application,
 * account as of the payment and the bank's result; the difference that corrects it; a caregiver's annex
 * line; and the refusal of a line outside the reader's province.
 */
class LineTraceIT {

    /** Nậm Nèn and Si Pa Phìn (Điện Biên, 11): communes of their own for these tests. */
    private static final AdminUnitCode NAM_NEN = AdminUnitCode.of("03194");

    private static final AdminUnitCode SI_PA_PHIN = AdminUnitCode.of("03199");
    private static final AdminUnitCode DIEN_BIEN = AdminUnitCode.of("11");
    private static final AdminUnitCode NGHE_AN = AdminUnitCode.of("40");

    private final CaseworkFixture fx = new CaseworkFixture();

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void aLinePaidIntoAnAccountTracesToItsRunRatesDecisionCaseApplicationAccountAndBankResult() {
        TraceFixture.Paid paid = TraceFixture.paidPerson(fx, NAM_NEN, "Lò Thị Truy Vết", "3600205111222");
        Map<String, Object> stored = fx.jdbc().row("select * from payroll_line where id = ?", paid.line());

        Trace trace = new LineTrace(fx.em()).of(paid.line(), UnitScope.of(DIEN_BIEN, fx.units()));

        assertThat(trace.run().id()).isEqualTo(paid.septemberRun());
        assertThat(trace.run().status()).isEqualTo(PayrollStatus.APPROVED);
        assertThat(trace.run().unitCode()).isEqualTo(NAM_NEN.value());
        assertThat(trace.run().unitName()).contains("Nậm Nèn");
        assertThat(trace.run().payMonth()).isEqualTo(TraceFixture.SEPTEMBER);
        assertThat(trace.run().createdBy()).isEqualTo(PayrollFixture.ADMIN.username());
        assertThat(trace.run().createdAt()).isEqualTo(LocalDateTime.of(2026, 9, 1, 1, 0));
        assertThat(trace.run().approvedBy()).isEqualTo(PayrollFixture.TREASURER.username());
        assertThat(trace.run().approvedAt()).isEqualTo(LocalDateTime.of(2026, 9, 5, 3, 0));
        assertThat(trace.run().computedAt()).isNotNull();
        assertThat(trace.run().ratesAsOf())
                .as("the rates as they stood before Decree 335/2026")
                .isEqualTo(LocalDateTime.ofInstant(TraceFixture.BEFORE_335, ZoneOffset.UTC));

        assertThat(trace.line().id()).isEqualTo(paid.line());
        assertThat(trace.line().beneficiaryName())
                .isEqualTo(paid.person().fullName())
                .startsWith("Lò Thị Truy Vết");
        assertThat(trace.line().payeeId()).isNull();
        assertThat(trace.line().kind()).isEqualTo(LineKind.MONTHLY);
        assertThat(trace.line().correction()).isZero();
        assertThat(trace.line().amount()).isEqualTo(750_000L);
        assertThat(trace.line().channel()).isEqualTo(PaymentChannel.BANK_TRANSFER);
        assertThat(trace.line().accountNo()).isEqualTo("3600205111222");
        assertThat(trace.line().paymentStatus()).isEqualTo(PaymentStatus.PAID);
        assertThat(trace.line().paidOn()).isEqualTo(TraceFixture.PAID_ON);

        assertThat(trace.rates()).extracting(Rate::kind).containsExactly(RateKind.LEVEL, RateKind.COEFFICIENT);
        assertThat(trace.rates())
                .extracting(Rate::id)
                .containsExactly(
                        ((Number) stored.get("standard_level_id")).longValue(),
                        ((Number) stored.get("coefficient_id")).longValue());
        Rate level = trace.rates().get(0);
        assertThat(level.amount()).isEqualTo(500_000L);
        assertThat(level.legalBasis()).contains("76/2024");
        assertThat(level.documentNumber()).isEqualTo("76/2024/NĐ-CP");
        assertThat(level.confirmedBy()).isEqualTo("migration");
        assertThat(level.confirmedAt()).isNotNull();
        assertThat(trace.rates().get(1).coefficient()).isEqualByComparingTo("1.5");
        assertThat(trace.rates().get(1).legalBasis()).contains("20/2021");

        assertThat(trace.decision()).isNotNull();
        assertThat(trace.decision().id()).isEqualTo(((Number) stored.get("decision_id")).longValue());
        assertThat(trace.decision().kind()).isEqualTo(DecisionKind.GRANT);
        assertThat(trace.decision().signerName())
                .isEqualTo(CaseworkFixture.chairmanOf(NAM_NEN).displayName());
        assertThat(trace.decision().number())
                .isEqualTo(fx.jdbc()
                        .row(
                                "select number from decision where id = ?",
                                trace.decision().id())
                        .get("number"));
        assertThat(trace.decision().legalBasis()).isNotBlank();

        assertThat(trace.benefitCase().id()).isEqualTo(paid.benefitCase().id());
        assertThat(trace.benefitCase().category()).isEqualTo(Category.DISABLED);
        assertThat((long) trace.events().size())
                .isEqualTo(fx.jdbc()
                        .countOf(
                                "select count(*) from case_event where case_id = ?",
                                paid.benefitCase().id()))
                .isGreaterThanOrEqualTo(2);
        assertThat(trace.application().id()).isEqualTo(paid.benefitCase().applicationId());
        assertThat(trace.documents())
                .singleElement()
                .satisfies(d -> assertThat(d.fileName()).isEqualTo("don.pdf"));

        assertThat(trace.account().accountNo()).isEqualTo("3600205111222");
        assertThat(trace.account().status()).as("closed since").isEqualTo(AccountStatus.CLOSED);
        assertThat(trace.account().statusAtPayment())
                .as("as it stood on the day of the payment")
                .isIn(AccountStatus.VERIFIED, AccountStatus.PAID_VIA_ACCOUNT);
        assertThat(trace.accountEvents())
                .as("the steps up to the payment, not the closing after it")
                .allSatisfy(e -> assertThat(e.happenedOn()).isBeforeOrEqualTo(TraceFixture.PAID_ON))
                .extracting(e -> e.toStatus())
                .contains(AccountStatus.HAS_ACCOUNT, AccountStatus.REGISTERED, AccountStatus.VERIFIED)
                .doesNotContain(AccountStatus.CLOSED);

        assertThat(trace.bankResults()).singleElement().satisfies(b -> {
            assertThat(b.outcome()).isEqualTo(ResultOutcome.PAID);
            assertThat(b.fileName()).isEqualTo("ket-qua-agribank.csv");
            assertThat(b.bankCode()).isEqualTo("AGRIBANK");
            assertThat(b.importedBy())
                    .isEqualTo(CaseworkFixture.officerOf(NAM_NEN).username());
            assertThat(b.recordedOn()).isEqualTo(TraceFixture.PAID_ON);
            assertThat(b.fileRow()).isGreaterThanOrEqualTo(2);
        });

        assertThat(trace.corrects()).isNull();
        assertThat(trace.correctedBy()).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(paid.difference());
            assertThat(c.kind()).isEqualTo(LineKind.DIFFERENCE);
            assertThat(c.correction()).isEqualTo(1);
            assertThat(c.amount()).isEqualTo(60_000L);
            assertThat(c.runId()).isEqualTo(paid.octoberRun());
        });
    }

    @Test
    void aDifferenceLineTracesToTheLineItCorrectsAndToTheNewRate() {
        TraceFixture.Paid paid =
                TraceFixture.paidPerson(fx, AdminUnitCode.of("03203"), "Quàng Văn Chênh", "3600205333444");

        Trace trace = new LineTrace(fx.em()).of(paid.difference(), UnitScope.of(DIEN_BIEN, fx.units()));

        assertThat(trace.line().kind()).isEqualTo(LineKind.DIFFERENCE);
        assertThat(trace.line().difference()).isTrue();
        assertThat(trace.line().correction()).isEqualTo(1);
        assertThat(trace.line().forMonth()).isEqualTo(TraceFixture.SEPTEMBER);
        assertThat(trace.line().amount()).isEqualTo(60_000L);
        assertThat(trace.line().paidBefore()).isEqualTo(750_000L);
        assertThat(trace.line().dueAmount()).isEqualTo(810_000L);
        assertThat(trace.line().channel())
                .as("the account was closed by October")
                .isEqualTo(PaymentChannel.CASH);
        assertThat(trace.run().id()).isEqualTo(paid.octoberRun());
        assertThat(trace.run().payMonth()).isEqualTo(TraceFixture.OCTOBER);
        assertThat(trace.corrects()).isNotNull();
        assertThat(trace.corrects().id()).isEqualTo(paid.line());
        assertThat(trace.corrects().amount()).isEqualTo(750_000L);
        assertThat(trace.corrects().runId()).isEqualTo(paid.septemberRun());
        assertThat(trace.correctedBy()).isEmpty();
        assertThat(trace.rates())
                .filteredOn(r -> r.kind() == RateKind.LEVEL)
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.amount()).isEqualTo(540_000L);
                    assertThat(r.documentNumber()).isEqualTo("335/2026/NĐ-CP");
                });
        assertThat(trace.bankResults()).as("a cash line has no bank result").isEmpty();
    }

    @Test
    void aCaregiversLineTracesToTheAnnexAmountAndNamesBothTheMotherAndTheCaregiver() {
        Person caregiver = fx.person(SI_PA_PHIN, "Tòng Thị Phục Vụ", PartialDate.of(1979), Sex.FEMALE);
        Person mother = fx.person(SI_PA_PHIN, "Bà mẹ Tòng Thị Bốn", PartialDate.of(1931), Sex.FEMALE);
        var application = fx.application(
                mother,
                Category.HEROIC_MOTHER,
                Map.of(ProgrammeField.CAREGIVER_PERSON_ID, caregiver.id().toString()),
                "2025-08-05T00:30:00Z");
        BenefitCase c = fx.run(
                CaseworkFixture.officerOf(SI_PA_PHIN),
                "2025-08-05T01:00:00Z",
                () -> new vn.ansinh.casework.application.SubmitCaseCommand(application.id(), SI_PA_PHIN));
        fx.run(
                CaseworkFixture.PROVINCE_DIRECTOR,
                "2025-08-05T03:00:00Z",
                () -> new vn.ansinh.casework.application.ApproveCaseCommand(c.id(), SI_PA_PHIN, fx.units()));
        PayrollFixture payroll = new PayrollFixture(fx);
        payroll.compute(payroll.create(SI_PA_PHIN, YearMonth.of(2025, 9)), 50_000);
        long line = fx.jdbc()
                .countOf(
                        "select id from payroll_line where case_id = ? and component = 'HEROIC_MOTHER_CAREGIVER'"
                                + " and for_month = '2025-09-01'",
                        c.id());

        Trace trace = new LineTrace(fx.em()).of(line, UnitScope.of(SI_PA_PHIN, fx.units()));

        assertThat(trace.line().beneficiaryName()).isEqualTo(mother.fullName());
        assertThat(trace.line().payeeId()).isEqualTo(caregiver.id());
        assertThat(trace.line().payeeName()).isEqualTo(caregiver.fullName());
        assertThat(trace.line().receiverId()).isEqualTo(caregiver.id());
        assertThat(trace.line().component()).isEqualTo("HEROIC_MOTHER_CAREGIVER");
        assertThat(trace.line().amount()).isEqualTo(2_789_000L);
        assertThat(trace.rates()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(RateKind.ANNEX);
            assertThat(r.searchParameter()).isEqualTo("annex");
            assertThat(r.amount()).isEqualTo(2_789_000L);
            assertThat(r.description()).isNotBlank();
            assertThat(r.legalBasis()).contains("77/2024");
            assertThat(r.id())
                    .isEqualTo(fx.jdbc().countOf("select annex_rate_id from payroll_line where id = ?", line));
        });
        assertThat(trace.decision().signerName()).isEqualTo(CaseworkFixture.PROVINCE_DIRECTOR.displayName());
        assertThat(trace.run().status()).isEqualTo(PayrollStatus.COMPUTED);
        assertThat(trace.run().approvedBy()).isNull();
        assertThat(trace.account())
                .as("the caregiver has no account: paid in cash")
                .isNull();
        assertThat(trace.line().channel()).isEqualTo(PaymentChannel.CASH);
    }

    @Test
    void aLineOfAnotherProvinceIsRefusedAsIfItDidNotExist() {
        TraceFixture.Paid paid =
                TraceFixture.paidPerson(fx, AdminUnitCode.of("03202"), "Lường Văn Khác Tỉnh", "3600205555666");
        LineTrace traces = new LineTrace(fx.em());

        assertThatThrownBy(() -> traces.of(paid.line(), UnitScope.of(NGHE_AN, fx.units())))
                .isInstanceOf(AccessDeniedException.class)
                .satisfies(e ->
                        assertThat(((AccessDeniedException) e).messageKey()).isEqualTo("error.access.unit"));
        assertThatThrownBy(() -> traces.of(paid.line(), UnitScope.of(NAM_NEN, fx.units())))
                .as("nor from another commune of the same province")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> traces.of(Long.MAX_VALUE, UnitScope.of(NGHE_AN, fx.units())))
                .isInstanceOf(AccessDeniedException.class)
                .satisfies(e ->
                        assertThat(((AccessDeniedException) e).messageKey()).isEqualTo("error.notFound"));
        assertThat(traces.of(paid.line(), UnitScope.of(AdminUnitCode.NATIONAL, fx.units()))
                        .line()
                        .id())
                .as("the country reads every line")
                .isEqualTo(paid.line());
    }
}
