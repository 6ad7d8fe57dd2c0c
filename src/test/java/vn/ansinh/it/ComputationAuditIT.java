package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.ansinh.alert.application.RunAlertScanCommand;
import vn.ansinh.alert.application.ScanResult;
import vn.ansinh.alert.domain.AlertKind;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.payment.application.ComparePayrollCommand;
import vn.ansinh.payment.application.FinishPayrollCommand;
import vn.ansinh.payment.domain.LineKind;
import vn.ansinh.payment.domain.PaymentChannel;
import vn.ansinh.payment.domain.PaymentStatus;
import vn.ansinh.payment.domain.PayrollRun;
import vn.ansinh.registry.domain.PartialDate;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.Sex;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.ProgrammeField;
import vn.ansinh.shared.security.Actor;

/**
 * Every write is a command, the batch's too: a payroll computation, the nightly alert scan and a payroll
 * comparison each leave one audit row, by the system for the first two, with the counts and totals of what
 * they did, and those numbers are the ones in the database.
 */
class ComputationAuditIT {

    /** Vĩnh Trạch, Cà Mau (province 96): no other test pays there. */
    private static final AdminUnitCode VINH_TRACH = AdminUnitCode.of("31834");

    private final CaseworkFixture fx = new CaseworkFixture();
    private final PayrollFixture payroll = new PayrollFixture(fx);

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void aPayrollComputationHasOneAuditRowBySystemWithItsCountsAndTotalsAndSoHasAComparison() {
        Person person = fx.person(VINH_TRACH, "Lê Văn Tính", PartialDate.of(1975), Sex.MALE);
        payroll.active(
                person,
                Category.DISABLED,
                Map.of(ProgrammeField.DISABILITY_LEVEL, "SEVERE"),
                "2026-08-03",
                CaseworkFixture.officerOf(VINH_TRACH),
                CaseworkFixture.chairmanOf(VINH_TRACH));
        payroll.create(VINH_TRACH, YearMonth.of(2026, 9)); // never computed: September is owed as arrears in October
        PayrollRun october = payroll.compute(payroll.create(VINH_TRACH, YearMonth.of(2026, 10)), 50_000);

        Map<String, Object> row = audit(FinishPayrollCommand.ACTION, october.id());
        assertThat(row)
                .containsEntry("actor", Actor.SYSTEM.username())
                .containsEntry("outcome", "SUCCEEDED")
                .containsEntry("unit_code", VINH_TRACH.value())
                .containsEntry("target_type", "PayrollRun");
        JsonObject after = json(row.get("after_value"));
        assertThat(after.getString("status")).isEqualTo("COMPUTED");
        assertThat(after.getString("month")).isEqualTo("2026-10");
        assertThat(after.getJsonNumber("lines").longValue()).isEqualTo(october.lineCount());
        assertThat(after.getJsonNumber("total").longValue()).isEqualTo(october.totalAmount());
        JsonObject kinds = after.getJsonObject("kinds");
        assertThat(kinds.getJsonObject("MONTHLY").getInt("lines")).isEqualTo(1);
        assertThat(kinds.getJsonObject("ARREARS").getInt("lines"))
                .as("September at least")
                .isPositive()
                .isEqualTo(count("select count(*) from payroll_line where run_id = ? and kind = 'ARREARS'", october));
        long kindLines = 0;
        long kindTotal = 0;
        for (LineKind kind : LineKind.values()) {
            kindLines += kinds.getJsonObject(kind.name()).getJsonNumber("lines").longValue();
            kindTotal += kinds.getJsonObject(kind.name()).getJsonNumber("total").longValue();
        }
        assertThat(kindLines).isEqualTo(october.lineCount());
        assertThat(kindTotal).isEqualTo(october.totalAmount()).isPositive();
        long channelLines = 0;
        for (PaymentChannel channel : PaymentChannel.values()) {
            channelLines += after.getJsonObject("channels")
                    .getJsonObject(channel.name())
                    .getJsonNumber("lines")
                    .longValue();
        }
        assertThat(channelLines).isEqualTo(october.lineCount());
        assertThat(after.getJsonObject("recoveryProposed").getInt("items")).isZero();

        PayrollRun again = payroll.compute(october, 50_000);
        assertThat(fx.jdbc()
                        .countOf(
                                "select count(*) from audit_record where action = ? and target_id = ?",
                                FinishPayrollCommand.ACTION,
                                again.id().toString()))
                .as("one row per computation")
                .isEqualTo(2);

        PayrollRun approved = payroll.approve(again);
        ComparePayrollCommand.Result comparison = fx.run(
                CaseworkFixture.chairmanOf(VINH_TRACH),
                java.time.Instant.now().toString(), // the rates as confirmed now, as the computation read them
                () -> new ComparePayrollCommand(approved.id(), VINH_TRACH, fx.units()));
        Map<String, Object> compared = fx.jdbc()
                .row(
                        "select * from audit_record where action = 'payroll.compare' and target_id = ?",
                        Long.toString(comparison.comparisonId()));
        assertThat(compared).containsEntry("outcome", "SUCCEEDED");
        JsonObject result = json(compared.get("after_value"));
        assertThat(result.getInt("differences"))
                .isEqualTo(comparison.rows().size())
                .isZero();
        assertThat(result.getJsonObject("approved").getInt("lines")).isEqualTo(1);
        long monthlyTotal =
                kinds.getJsonObject("MONTHLY").getJsonNumber("total").longValue();
        assertThat(result.getJsonObject("approved").getJsonNumber("total").longValue())
                .isEqualTo(monthlyTotal);
        assertThat(result.getJsonObject("recomputed").getInt("lines")).isEqualTo(1);
        assertThat(result.getJsonObject("recomputed").getJsonNumber("total").longValue())
                .as("nothing changed since: the same month recomputed pays the same")
                .isEqualTo(monthlyTotal);
    }

    @Test
    void theNightlyAlertScanRunsAsTheSystemAndItsAuditRowCarriesWhatItRaisedAndClosed() {
        long child = AlertCase.of(Category.CHILD_WITHOUT_SUPPORT, "ACTIVE")
                .born(2010, 8, 24)
                .reviewed(LocalDate.of(2026, 6, 1))
                .insert(fx.jdbc());

        // 01:15 on 10 August 2026 in Vietnam, as the nightly job runs it
        ScanResult result = fx.run(Actor.SYSTEM, "2026-08-09T18:15:00Z", RunAlertScanCommand::new);

        assertThat(fx.jdbc()
                        .countOf(
                                "select count(*) from case_alert where case_id = ? and kind = 'CHILD_TURNS_16'"
                                        + " and due_on = '2026-08-24'",
                                child))
                .isEqualTo(1);
        Map<String, Object> row = fx.jdbc()
                .row(
                        "select * from audit_record where action = 'alert.scan' and actor = ? and target_id = ?"
                                + " order by id desc limit 1",
                        Actor.SYSTEM.username(),
                        "2026-08-10");
        assertThat(row).containsEntry("outcome", "SUCCEEDED").containsEntry("target_type", "AlertScan");
        JsonObject after = json(row.get("after_value"));
        assertThat(after.getJsonObject("raised").getInt(AlertKind.CHILD_TURNS_16.name()))
                .isEqualTo(result.raised(AlertKind.CHILD_TURNS_16))
                .isPositive();
        assertThat(after.getInt("raisedTotal")).isEqualTo(result.totalRaised());
        assertThat(after.getInt("resolved")).isEqualTo(result.resolved());
    }

    /**
     * The computation's audit row counts the lines not payable when it ended (the summary's pass counts them): a
     * benefit found ended before the month when the run is computed again has its line stopped by the finish step.
     */
    @Test
    void theAuditRowCountsTheLinesTheFinishStepLeftNotPayable() {
        AdminUnitCode ninhQuoi = AdminUnitCode.of("31849"); // no other test pays there
        Person person = fx.person(ninhQuoi, "Lâm Thị Dừng", PartialDate.of(1968), Sex.FEMALE);
        BenefitCase benefit = payroll.active(
                person,
                Category.DISABLED,
                Map.of(ProgrammeField.DISABILITY_LEVEL, "SEVERE"),
                "2026-08-03",
                CaseworkFixture.officerOf(ninhQuoi),
                CaseworkFixture.chairmanOf(ninhQuoi));
        PayrollRun november = payroll.compute(payroll.create(ninhQuoi, YearMonth.of(2026, 11)), 50_000);
        assertThat(json(audit(FinishPayrollCommand.ACTION, november.id()).get("after_value"))
                        .getJsonNumber("linesNotPayable")
                        .longValue())
                .as("every line payable when nothing ended")
                .isZero();

        // the benefit ended with October (its stop not recorded through the pages), then November is computed again
        // keeping its lines: the finish step stops November's line
        fx.jdbc().execute("update benefit_case set entitled_until = '2026-10-31' where id = ?", benefit.id());
        PayrollRun again = payroll.computeSome(november, 50_000, Integer.MAX_VALUE, false);

        long notPayable = count(
                "select count(*) from payroll_line where run_id = ? and payment_status in ("
                        + PaymentStatus.sqlSet(status -> !status.payable()) + ")",
                again);
        assertThat(notPayable).as("November's line stopped").isPositive();
        JsonObject after = json(audit(FinishPayrollCommand.ACTION, again.id()).get("after_value"));
        assertThat(after.getJsonNumber("linesNotPayable").longValue()).isEqualTo(notPayable);
        assertThat(after.getInt("endedLinesStopped")).isPositive();
    }

    private Map<String, Object> audit(String action, long runId) {
        Map<String, Object> row = fx.jdbc()
                .row(
                        "select * from audit_record where action = ? and target_id = ? order by id desc limit 1",
                        action,
                        Long.toString(runId));
        assertThat(row).as(action + " of run " + runId).isNotEmpty();
        return row;
    }

    private int count(String sql, PayrollRun run) {
        return (int) fx.jdbc().countOf(sql, run.id());
    }

    private static JsonObject json(Object value) {
        try (var reader = Json.createReader(new StringReader(value.toString()))) {
            return reader.readObject();
        }
    }
}
