package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.payment.application.ComparePayrollCommand;
import vn.ansinh.payment.domain.PayrollRun;
import vn.ansinh.registry.domain.PartialDate;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.Sex;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.ProgrammeField;
import vn.ansinh.shared.security.Actor;
import vn.ansinh.shared.security.Role;

/**
 * "So sánh" on an approved payroll is a recorded act that writes only in its own scratch space:
 * the run's rate snapshot and lines stay exactly as approved, even when an auditor compares after
 * a rate change.
 */
class PayrollComparisonIT {

    /** Cái Khế, Cần Thơ (province 92): no other test pays there, so a rate of its own disturbs nobody. */
    private static final AdminUnitCode CAI_KHE = AdminUnitCode.of("31120");

    private static final Actor AUDITOR =
            new Actor("auditor.payroll", "Trần Thị Kiểm", Set.of(Role.AUDITOR), AdminUnitCode.NATIONAL);

    private final CaseworkFixture fx = new CaseworkFixture();
    private final PayrollFixture payroll = new PayrollFixture(fx);

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void anAuditorComparesAnApprovedRunAfterARateChangeAndTheRunStaysByteForByteAsApproved() throws Exception {
        Person person = fx.person(CAI_KHE, "Trần Văn Lợi", PartialDate.of(1971), Sex.MALE);
        BenefitCase c = payroll.active(
                person,
                Category.DISABLED,
                Map.of(ProgrammeField.DISABILITY_LEVEL, "SEVERE"),
                "2026-08-03",
                CaseworkFixture.officerOf(CAI_KHE),
                CaseworkFixture.chairmanOf(CAI_KHE));
        PayrollRun frozen = payroll.approve(payroll.compute(payroll.create(CAI_KHE, YearMonth.of(2026, 9)), 50_000));
        String before = snapshotOf(frozen.id());
        // September 2026 computed now is paid at 540,000 (Decree 335/2026, from 1 Jul 2026, in force since 5 Oct 2026)
        assertThat(before).contains("|540000|").contains("|810000|");

        // a provincial level entered back-dated into the approved month (as a late resolution would be)
        try (Connection db = fx.jdbc().connect();
                PreparedStatement insert = db.prepareStatement("INSERT INTO standard_level"
                        + " (scheme, province_code, effective_from, amount, legal_basis, status, confirmed_at, confirmed_by)"
                        + " VALUES ('SOCIAL_ASSISTANCE', '92', '2026-09-01', 620000, 'Nghị quyết HĐND thành phố Cần Thơ (thử)',"
                        + " 'CONFIRMED', '2026-10-01 00:00:00', 'admin2')")) {
            insert.executeUpdate();
        }

        ComparePayrollCommand.Result result = fx.run(
                AUDITOR, "2026-10-02T03:00:00Z", () -> new ComparePayrollCommand(frozen.id(), CAI_KHE, fx.units()));

        assertThat(snapshotOf(frozen.id()))
                .as("the approved run's rates and lines")
                .isEqualTo(before);
        assertThat(result.rows())
                .filteredOn(row -> row.caseId() == c.id())
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.frozenAmount()).isEqualTo(810_000L);
                    assertThat(row.draftAmount()).as("620,000 x 1.5").isEqualTo(930_000L);
                    assertThat(row.reasonKey()).isEqualTo("payroll.diff.level");
                });
        assertThat(fx.jdbc()
                        .row(
                                "select actor, outcome, target_type from audit_record where action = 'payroll.compare'"
                                        + " and target_id = ?",
                                Long.toString(result.comparisonId())))
                .containsEntry("actor", "auditor.payroll")
                .containsEntry("outcome", "SUCCEEDED")
                .containsEntry("target_type", "PayrollComparison");
        assertThat(fx.jdbc()
                        .row(
                                "select after_value from audit_record where action = 'payroll.compare'"
                                        + " and target_id = ?",
                                Long.toString(result.comparisonId()))
                        .get("after_value")
                        .toString())
                .as("the counts and totals of the approved and the recomputed month")
                .contains("\"approved\":{\"lines\":1,\"total\":810000}")
                .contains("\"recomputed\":{\"lines\":1,\"total\":930000}");
        assertThat(fx.jdbc()
                        .row(
                                "select run_id, compared_by, differences from payroll_comparison where id = ?",
                                result.comparisonId()))
                .containsEntry("compared_by", "auditor.payroll")
                .containsEntry("differences", result.rows().size());
        assertThat(fx.jdbc()
                        .countOf(
                                "select count(*) from payroll_comparison_level where comparison_id = ?"
                                        + " and province_code = '92' and amount = 620000",
                                result.comparisonId()))
                .isEqualTo(1);
        assertThat(fx.jdbc()
                        .countOf(
                                "select count(*) from payroll_comparison_line where comparison_id = ?",
                                result.comparisonId()))
                .as("scratch lines removed after the answer")
                .isZero();
    }

    @Test
    void aRunNotYetApprovedHasNothingFrozenToCompare() {
        AdminUnitCode commune = AdminUnitCode.of("31135");
        PayrollRun draft = payroll.create(commune, YearMonth.of(2026, 9));
        assertThatThrownBy(() -> fx.run(
                        AUDITOR,
                        "2026-09-20T03:00:00Z",
                        () -> new ComparePayrollCommand(draft.id(), commune, fx.units())))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("payroll.error.compareNotApproved");
    }

    /** Every column of every row of the run's rate snapshot and lines, in a fixed order. */
    private String snapshotOf(long runId) throws Exception {
        StringBuilder all = new StringBuilder();
        for (String sql : new String[] {
            "select * from payroll_run_level where run_id = ? order by scheme, province_code",
            "select * from payroll_run_coefficient where run_id = ? order by category, coefficient_id",
            "select * from payroll_line where run_id = ? order by id"
        }) {
            try (Connection db = fx.jdbc().connect();
                    PreparedStatement query = db.prepareStatement(sql)) {
                query.setLong(1, runId);
                try (ResultSet rows = query.executeQuery()) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int i = 1; i <= columns; i++) {
                            all.append(rows.getString(i)).append('|');
                        }
                        all.append('\n');
                    }
                }
            }
            all.append("--\n");
        }
        return all.toString();
    }
}
