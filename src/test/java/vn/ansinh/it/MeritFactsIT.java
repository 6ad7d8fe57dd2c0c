package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.ansinh.casework.application.AdjustMeritFactsCommand;
import vn.ansinh.casework.application.DecisionSheetJson;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.casework.domain.Decision;
import vn.ansinh.casework.domain.DecisionKind;
import vn.ansinh.registry.domain.PartialDate;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.Sex;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.ProgrammeField;

/**
 * A meritorious person's case facts change by an adjustment decision of the competent authority (the
 * province's Department of Home Affairs): a war invalid re-assessed from 61 % to 81 % with a caregiver is
 * decided and paid the 81 % amount, the ≥81 % supplement and the caregiver allowance from the month named;
 * the month already paid stays as paid. In Mường Lạn (no other test pays there).
 */
class MeritFactsIT {

    private static final AdminUnitCode MUONG_LAN = AdminUnitCode.of("03313");

    private final CaseworkFixture fx = new CaseworkFixture();
    private final PayrollFixture payroll = new PayrollFixture(fx);

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void aReassessedWarInvalidIsAdjustedFromTheMonthNamedWithHisCaregiverAndThePayrollFollows() {
        Person invalid = fx.person(MUONG_LAN, "Lò Văn Giám Định", PartialDate.of(1950, 1, 1), Sex.MALE);
        Person caregiver = fx.person(MUONG_LAN, "Lò Thị Phục Vụ", PartialDate.of(1975, 2, 2), Sex.FEMALE);
        BenefitCase c = payroll.active(
                invalid,
                Category.WAR_INVALID,
                Map.of(ProgrammeField.IMPAIRMENT_PERCENT, "61"),
                "2026-08-04",
                CaseworkFixture.officerOf(MUONG_LAN),
                CaseworkFixture.PROVINCE_DIRECTOR);
        YearMonth november = YearMonth.of(2026, 11);
        YearMonth december = YearMonth.of(2026, 12);
        payroll.approve(payroll.compute(payroll.create(MUONG_LAN, november), 50_000));
        assertThat(amount(c, "WAR_INVALID", november)).as("61 %").isEqualTo(5_450_000L);
        Map<ProgrammeField, String> reassessed = Map.of(
                ProgrammeField.IMPAIRMENT_PERCENT, "81",
                ProgrammeField.SEVERE_WOUNDS, "NO",
                ProgrammeField.CAREGIVER_PERSON_ID, caregiver.id().toString());

        assertThatThrownBy(() -> adjust(c, reassessed, december, CaseworkFixture.officerOf(MUONG_LAN)))
                .as("an approver's decision")
                .hasMessageContaining("may not run case.adjustFacts");
        assertThatThrownBy(() -> adjust(c, reassessed, YearMonth.of(2026, 10), CaseworkFixture.PROVINCE_DIRECTOR))
                .as("never back-dated: a paid month is not priced again for a change of facts")
                .hasMessageContaining("case.error.factsMonth");
        assertThatThrownBy(() -> adjust(
                        c,
                        Map.of(
                                ProgrammeField.IMPAIRMENT_PERCENT, "81",
                                ProgrammeField.SEVERE_WOUNDS, "NO",
                                ProgrammeField.CAREGIVER_PERSON_ID, invalid.id().toString()),
                        december,
                        CaseworkFixture.PROVINCE_DIRECTOR))
                .hasMessageContaining("application.error.caregiverSelf");
        assertThatThrownBy(() -> adjust(
                        c,
                        Map.of(ProgrammeField.IMPAIRMENT_PERCENT, "61", ProgrammeField.SEVERE_WOUNDS, "NO"),
                        december,
                        CaseworkFixture.PROVINCE_DIRECTOR))
                .hasMessageContaining("case.error.factsUnchanged");
        assertThatThrownBy(() -> adjust(
                        c,
                        Map.of(ProgrammeField.IMPAIRMENT_PERCENT, "101", ProgrammeField.SEVERE_WOUNDS, "NO"),
                        december,
                        CaseworkFixture.PROVINCE_DIRECTOR))
                .hasMessageContaining("case.error.fact");

        Decision decision = adjust(c, reassessed, december, CaseworkFixture.PROVINCE_DIRECTOR);

        assertThat(decision.kind()).isEqualTo(DecisionKind.ADJUSTMENT);
        assertThat(decision.effectiveMonth()).isEqualTo(december);
        assertThat(decision.monthlyAmount())
                .as("81 % 7,240,000 + supplement 1,399,000 + caregiver 2,789,000 (from 1 Jul 2024)")
                .isEqualTo(11_428_000L);
        assertThat(decision.number()).endsWith("/QĐ-SNV");
        assertThat(String.join(
                        " ",
                        DecisionSheetJson.read(decision.sheetJson())
                                .articles()
                                .get(0)
                                .paragraphs()))
                .contains("Tỷ lệ tổn thương cơ thể: 81%.")
                .contains("Người phục vụ: " + caregiver.fullName() + ".")
                .contains("Thời điểm điều chỉnh: từ tháng 12 năm 2026.");
        BenefitCase adjusted = fx.reload(c);
        assertThat(adjusted.meritFacts().impairmentPercent()).isEqualTo(81);
        assertThat(adjusted.meritFacts().caregiverPersonId()).isEqualTo(caregiver.id());
        assertThat(fx.jdbc()
                        .row(
                                "select before_value, after_value from audit_record where action = 'case.adjustFacts'"
                                        + " and outcome = 'SUCCEEDED' and target_id = ?",
                                c.id().toString()))
                .hasEntrySatisfying(
                        "before_value", v -> assertThat((String) v).contains("\"IMPAIRMENT_PERCENT\":\"61\""))
                .hasEntrySatisfying(
                        "after_value",
                        v -> assertThat((String) v)
                                .contains("\"IMPAIRMENT_PERCENT\":\"81\"")
                                .contains("\"CAREGIVER_PERSON_ID\":\"" + caregiver.id() + "\"")
                                .contains(decision.number()));
        assertThat(fx.jdbc()
                        .row(
                                "select transition, decision_id from case_event where case_id = ? order by id desc limit 1",
                                c.id()))
                .containsEntry("transition", "ADJUST")
                .containsEntry("decision_id", decision.id());

        payroll.compute(payroll.create(MUONG_LAN, december), 50_000);
        assertThat(amount(c, "WAR_INVALID", december)).as("81 %").isEqualTo(7_240_000L);
        assertThat(amount(c, "INVALID_81_PLUS_SUPPLEMENT", december)).isEqualTo(1_399_000L);
        assertThat(fx.jdbc()
                        .row(
                                "select amount, payee_person_id, decision_id from payroll_line where case_id = ?"
                                        + " and component = 'INVALID_81_PLUS_CAREGIVER' and for_month = '2026-12-01'",
                                c.id()))
                .as("paid to the caregiver, under the adjustment decision")
                .containsEntry("amount", 2_789_000L)
                .containsEntry("payee_person_id", caregiver.id())
                .containsEntry("decision_id", decision.id());
        assertThat(amount(c, "WAR_INVALID", november))
                .as("November stays as paid")
                .isEqualTo(5_450_000L);
        assertThat(fx.jdbc()
                        .countOf(
                                "select count(*) from payroll_line where case_id = ? and for_month = '2026-11-01'",
                                c.id()))
                .as("no supplement or caregiver line for a month paid before the change")
                .isEqualTo(1);
    }

    private Decision adjust(
            BenefitCase c,
            Map<ProgrammeField, String> facts,
            YearMonth from,
            vn.ansinh.shared.security.Actor approver) {
        return fx.run(
                approver,
                "2026-11-20T03:00:00Z",
                () -> new AdjustMeritFactsCommand(
                        c.id(),
                        c.communeCode(),
                        facts,
                        from,
                        "Biên bản giám định y khoa lại số 12/BB-GĐYK",
                        fx.units()));
    }

    private Long amount(BenefitCase c, String component, YearMonth month) {
        Map<String, Object> row = fx.jdbc()
                .row(
                        "select amount from payroll_line where case_id = ? and component = ? and for_month = ?"
                                + " and correction = 0",
                        c.id(),
                        component,
                        java.sql.Date.valueOf(month.atDay(1)));
        return row.isEmpty() ? null : ((Number) row.get("amount")).longValue();
    }
}
