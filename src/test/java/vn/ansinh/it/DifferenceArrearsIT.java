package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.ansinh.benefit.application.AddStandardLevelCommand;
import vn.ansinh.benefit.application.ConfirmRateCommand;
import vn.ansinh.benefit.domain.RateKind;
import vn.ansinh.benefit.domain.Scheme;
import vn.ansinh.benefit.domain.StandardLevel;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.payment.application.ConfirmRecoveryCommand;
import vn.ansinh.payment.application.DifferenceLines;
import vn.ansinh.payment.application.WaiveRecoveryCommand;
import vn.ansinh.payment.domain.PayrollRun;
import vn.ansinh.registry.domain.PartialDate;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.Sex;
import vn.ansinh.shared.command.AccessDeniedException;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.ProgrammeField;

/**
 * Back-dated rates (issue 10): a rate may start in a month an approved payroll closed; the closed payroll
 * stays as paid and the unit's next payroll pays the difference (truy lĩnh phần chênh lệch) for each
 * closed month, traced to the line it corrects and to the old and new rate rows; a decrease only proposes
 * recovery for the approver.
 */
class DifferenceArrearsIT {

    private static final Map<ProgrammeField, String> SEVERE = Map.of(ProgrammeField.DISABILITY_LEVEL, "SEVERE");
    /** Quảng Trị (44): one commune whose months Jul–Oct 2026 are closed, one whose are not. */
    private static final AdminUnitCode DONG_THUAN = AdminUnitCode.of("18859");

    private static final AdminUnitCode DONG_SON = AdminUnitCode.of("18871");
    /** Hà Tĩnh (42): its own levels, entered back-dated in 2031. */
    private static final AdminUnitCode THANH_SEN = AdminUnitCode.of("18073");

    private static final AdminUnitCode TRAN_PHU = AdminUnitCode.of("18100");
    private static final AdminUnitCode HA_TINH = AdminUnitCode.of("42");
    /** Before Decree 335/2026 came into force (00:00 of 5 Oct 2026 in Vietnam). */
    private static final Instant BEFORE_335 = Instant.parse("2026-10-02T03:00:00Z");

    private final CaseworkFixture fx = new CaseworkFixture();
    private final PayrollFixture payroll = new PayrollFixture(fx);

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void decree335PaysTheDifferenceOf40000TimesTheCoefficientForEachClosedMonthFromJuly2026() {
        BenefitCase closed = severe(DONG_THUAN, "Hồ Văn Chênh", "2026-06-03");
        BenefitCase open = severe(DONG_SON, "Lê Thị Chưa Chốt", "2026-06-04");
        for (int month = 7; month <= 10; month++) {
            payroll.approve(
                    payroll.computeAsOf(payroll.create(DONG_THUAN, YearMonth.of(2026, month)), 50_000, BEFORE_335));
        }
        PayrollRun draft = payroll.computeAsOf(payroll.create(DONG_SON, YearMonth.of(2026, 9)), 50_000, BEFORE_335);
        assertThat(payroll.amount(closed, "MONTHLY", YearMonth.of(2026, 9)))
                .as("Sep at 500,000 x 1.5, as the rates stood")
                .isEqualTo(750_000L);
        assertThat(payroll.amount(open, "MONTHLY", YearMonth.of(2026, 9))).isEqualTo(750_000L);

        PayrollRun november = payroll.compute(payroll.create(DONG_THUAN, YearMonth.of(2026, 11)), 50_000);
        payroll.compute(draft, 50_000);
        payroll.compute(payroll.create(DONG_SON, YearMonth.of(2026, 11)), 50_000);

        long decree335 = fx.jdbc()
                .countOf("select id from standard_level where document_number = '335/2026/NĐ-CP'"
                        + " and province_code is null and status = 'CONFIRMED'");
        assertThat(payroll.amount(closed, "MONTHLY", YearMonth.of(2026, 11)))
                .as("540,000 x 1.5")
                .isEqualTo(810_000L);
        for (int month = 7; month <= 10; month++) {
            Map<String, Object> difference = difference(closed, YearMonth.of(2026, month), 1);
            assertThat(difference)
                    .as("the difference of %s/2026", month)
                    .containsEntry("amount", 60_000L)
                    .containsEntry("due_amount", 810_000L)
                    .containsEntry("paid_before", 750_000L)
                    .containsEntry("run_id", november.id())
                    .containsEntry("standard_level_id", decree335)
                    .containsEntry("corrects_line_id", original(closed, YearMonth.of(2026, month)));
        }
        assertThat(fx.jdbc()
                        .row(
                                "select s.amount from payroll_line l join standard_level s on s.id = l.standard_level_id"
                                        + " where l.id = ?",
                                original(closed, YearMonth.of(2026, 9))))
                .as("the old rate row, left as paid")
                .containsEntry("amount", 500_000L);
        assertThat(payroll.amount(closed, "MONTHLY", YearMonth.of(2026, 9)))
                .as("the closed payroll is frozen")
                .isEqualTo(750_000L);
        assertThat(payroll.amount(open, "MONTHLY", YearMonth.of(2026, 9)))
                .as("a draft is recomputed at the new rate")
                .isEqualTo(810_000L);
        assertThat(payroll.amount(open, "MONTHLY", YearMonth.of(2026, 11))).isEqualTo(810_000L);
        assertThat(differences(open))
                .as("a unit whose months are not closed pays no difference")
                .isZero();

        var shown = new DifferenceLines(fx.em());
        assertThat(shown.ofRun(november.id()))
                .filteredOn(d -> d.personId() == closed.personId())
                .hasSize(4);
        assertThat(shown.ofPerson(closed.personId()))
                .as("the history: paid, now due, difference, old and new rates")
                .filteredOn(d -> d.forMonth().equals(YearMonth.of(2026, 9)))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.paidBefore()).isEqualTo(750_000L);
                    assertThat(d.due()).isEqualTo(810_000L);
                    assertThat(d.amount()).isEqualTo(60_000L);
                    assertThat(d.oldLevel()).isEqualTo(500_000L);
                    assertThat(d.newLevel()).isEqualTo(540_000L);
                    assertThat(d.newCoefficient()).isEqualByComparingTo("1.5");
                    assertThat(d.correctsLineId()).isEqualTo(original(closed, YearMonth.of(2026, 9)));
                    assertThat(d.correction()).isEqualTo(1);
                    assertThat(d.newBasis()).contains("335/2026");
                });
    }

    @Test
    void backDatedLevelsArePaidAsDifferencesOnceEachThenADecreaseOnlyProposesRecoveryForTheApprover() {
        BenefitCase c = severe(THANH_SEN, "Trần Văn Truy Lĩnh", "2031-01-06");
        BenefitCase elsewhere = severe(TRAN_PHU, "Nguyễn Thị Bên Cạnh", "2031-01-07");
        for (int month = 1; month <= 3; month++) {
            payroll.approve(payroll.compute(payroll.create(THANH_SEN, YearMonth.of(2031, month)), 50_000));
        }
        assertThat(payroll.amount(c, "MONTHLY", YearMonth.of(2031, 2)))
                .as("540,000 x 1.5")
                .isEqualTo(810_000L);
        StandardLevel february = level("2031-02-01", 600_000, "1/2031/NQ-HĐND", "2031-03-20");
        StandardLevel pending = fx.run(
                PayrollFixture.ADMIN,
                "2031-03-20T02:00:00Z",
                () -> new AddStandardLevelCommand(
                        Scheme.SOCIAL_ASSISTANCE,
                        HA_TINH.value(),
                        LocalDate.of(2031, 1, 1),
                        700_000,
                        "Nghị quyết HĐND tỉnh Hà Tĩnh (chưa xác nhận)",
                        "2/2031/NQ-HĐND",
                        LocalDate.of(2031, 3, 15)));

        PayrollRun april = payroll.create(THANH_SEN, YearMonth.of(2031, 4));
        PayrollRun first = payroll.compute(april, 50_000);
        PayrollRun again = payroll.computeSome(april, 50_000, Integer.MAX_VALUE, false);
        PayrollRun fresh = payroll.compute(april, 50_000);

        assertThat(difference(c, YearMonth.of(2031, 2), 1))
                .containsEntry("amount", 90_000L)
                .containsEntry("standard_level_id", february.id())
                .containsEntry("due_amount", 900_000L)
                .containsEntry("paid_before", 810_000L)
                .containsEntry("corrects_line_id", original(c, YearMonth.of(2031, 2)));
        assertThat(difference(c, YearMonth.of(2031, 3), 1)).containsEntry("amount", 90_000L);
        assertThat(difference(c, YearMonth.of(2031, 1), 1))
                .as("January: only a pending row, which never counts")
                .isEmpty();
        assertThat(pending.id()).isNotNull();
        assertThat(again.lineCount())
                .isEqualTo(first.lineCount())
                .isEqualTo(fresh.lineCount())
                .isEqualTo(3);
        assertThat(again.totalAmount())
                .isEqualTo(first.totalAmount())
                .isEqualTo(fresh.totalAmount())
                .isEqualTo(900_000L + 2 * 90_000L);
        payroll.approve(fresh);
        PayrollRun tranPhu = payroll.compute(payroll.create(TRAN_PHU, YearMonth.of(2031, 4)), 50_000);
        assertThat(payroll.amount(elsewhere, "MONTHLY", YearMonth.of(2031, 4))).isEqualTo(900_000L);
        assertThat(differences(elsewhere))
                .as("nothing of its own closed, nothing to correct")
                .isZero();
        assertThat(tranPhu.lineCount()).isEqualTo(1);

        StandardLevel march = level("2031-03-01", 620_000, "3/2031/NQ-HĐND", "2031-04-20");
        payroll.approve(payroll.compute(payroll.create(THANH_SEN, YearMonth.of(2031, 5)), 50_000));

        assertThat(difference(c, YearMonth.of(2031, 3), 2))
                .as("only the new difference, as correction 2")
                .containsEntry("amount", 30_000L)
                .containsEntry("due_amount", 930_000L)
                .containsEntry("paid_before", 900_000L)
                .containsEntry("standard_level_id", march.id())
                .containsEntry("corrects_line_id", original(c, YearMonth.of(2031, 3)));
        assertThat(difference(c, YearMonth.of(2031, 4), 1)).containsEntry("amount", 30_000L);
        assertThat(difference(c, YearMonth.of(2031, 2), 2))
                .as("February's difference was paid already")
                .isEmpty();
        assertThat(new DifferenceLines(fx.em()).ofPerson(c.personId()))
                .as("the old rate is the one correction 1 paid at")
                .filteredOn(d -> d.forMonth().equals(YearMonth.of(2031, 3)) && d.correction() == 2)
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.oldLevel()).isEqualTo(600_000L);
                    assertThat(d.newLevel()).isEqualTo(620_000L);
                    assertThat(d.correctsLineId()).isEqualTo(original(c, YearMonth.of(2031, 3)));
                });

        level("2031-02-01", 560_000, "4/2031/NQ-HĐND", "2031-05-20");
        level("2031-03-01", 560_000, "5/2031/NQ-HĐND", "2031-05-20");
        PayrollRun june = payroll.compute(payroll.create(THANH_SEN, YearMonth.of(2031, 6)), 50_000);

        assertThat(fx.jdbc()
                        .countOf(
                                "select count(*) from payroll_line where run_id = ? and (kind = 'DIFFERENCE' or amount < 0)",
                                june.id()))
                .as("a decrease writes no line and claws nothing back")
                .isZero();
        assertThat(payroll.amount(c, "MONTHLY", YearMonth.of(2031, 6))).isEqualTo(840_000L);
        assertThat(fx.jdbc()
                        .countOf(
                                "select count(*) from recovery_item where case_id = ? and status <> 'PROPOSED'",
                                c.id()))
                .isZero();
        Map<String, Object> feb = recovery(c, YearMonth.of(2031, 2));
        assertThat(feb)
                .containsEntry("amount", 60_000L)
                .containsEntry("due_amount", 840_000L)
                .containsEntry("paid_before", 900_000L)
                .containsEntry("line_id", original(c, YearMonth.of(2031, 2)))
                .containsEntry("correction", 2)
                .containsEntry("raised_by", "DIFFERENCE");
        assertThat(recovery(c, YearMonth.of(2031, 3)))
                .containsEntry("amount", 90_000L)
                .containsEntry("correction", 3);
        assertThat(recovery(c, YearMonth.of(2031, 5))).containsEntry("amount", 90_000L);

        long febId = ((Number) feb.get("id")).longValue();
        long marId = ((Number) recovery(c, YearMonth.of(2031, 3)).get("id")).longValue();
        assertThatThrownBy(() -> fx.run(
                        CaseworkFixture.officerOf(THANH_SEN),
                        "2031-06-10T02:00:00Z",
                        () -> new ConfirmRecoveryCommand(febId, THANH_SEN)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fx.run(
                        CaseworkFixture.officerOf(THANH_SEN),
                        "2031-06-10T02:00:00Z",
                        () -> new WaiveRecoveryCommand(marId, THANH_SEN, "Cán bộ tự miễn thu hồi")))
                .isInstanceOf(AccessDeniedException.class);
        fx.run(
                CaseworkFixture.chairmanOf(THANH_SEN),
                "2031-06-11T02:00:00Z",
                () -> new ConfirmRecoveryCommand(febId, THANH_SEN));
        fx.run(
                CaseworkFixture.chairmanOf(THANH_SEN),
                "2031-06-11T02:00:00Z",
                () -> new WaiveRecoveryCommand(marId, THANH_SEN, "Hoàn cảnh khó khăn, UBND xã đề nghị miễn thu hồi"));

        assertThat(fx.jdbc().row("select status, confirmed_by from recovery_item where id = ?", febId))
                .containsEntry("status", "OPEN")
                .containsEntry("confirmed_by", "chairman." + THANH_SEN.value());
        assertThat(fx.jdbc().row("select status, note from recovery_item where id = ?", marId))
                .containsEntry("status", "WAIVED")
                .containsEntry("note", "Hoàn cảnh khó khăn, UBND xã đề nghị miễn thu hồi");
        assertThat(fx.jdbc()
                        .countOf(
                                "select count(*) from audit_record where action = 'recovery.confirm' and target_id = ?",
                                Long.toString(febId)))
                .isEqualTo(1);
        assertThat(fx.jdbc()
                        .countOf(
                                "select count(*) from audit_record where action = 'recovery.waive' and target_id = ?",
                                Long.toString(marId)))
                .isEqualTo(1);

        payroll.approve(june);
        PayrollRun july = payroll.compute(payroll.create(THANH_SEN, YearMonth.of(2031, 7)), 50_000);
        assertThat(july.lineCount())
                .as("neither a waived nor a confirmed decrease is raised or paid again")
                .isEqualTo(1);
        assertThat(fx.jdbc().countOf("select count(*) from recovery_item where case_id = ?", c.id()))
                .isEqualTo(4);
    }

    private BenefitCase severe(AdminUnitCode commune, String name, String day) {
        Person person = fx.person(commune, name, PartialDate.of(1980, 4, 4), Sex.MALE);
        return payroll.active(
                person,
                Category.DISABLED,
                SEVERE,
                day,
                CaseworkFixture.officerOf(commune),
                CaseworkFixture.chairmanOf(commune));
    }

    /** A provincial level of Hà Tĩnh entered by one administrator and confirmed by another the next day. */
    private StandardLevel level(String from, long amount, String document, String enteredOn) {
        StandardLevel row = fx.run(
                PayrollFixture.ADMIN,
                enteredOn + "T02:00:00Z",
                () -> new AddStandardLevelCommand(
                        Scheme.SOCIAL_ASSISTANCE,
                        HA_TINH.value(),
                        LocalDate.parse(from),
                        amount,
                        "Nghị quyết HĐND tỉnh Hà Tĩnh (thử)",
                        document,
                        LocalDate.parse(enteredOn).minusDays(2)));
        fx.run(
                RateConfirmationIT.ADMIN2,
                LocalDate.parse(enteredOn).plusDays(1) + "T02:00:00Z",
                () -> new ConfirmRateCommand(RateKind.LEVEL, row.id(), HA_TINH));
        return row;
    }

    private Map<String, Object> difference(BenefitCase c, YearMonth month, int correction) {
        return fx.jdbc()
                .row(
                        "select * from payroll_line where case_id = ? and for_month = ? and kind = 'DIFFERENCE'"
                                + " and correction = ?",
                        c.id(),
                        java.sql.Date.valueOf(month.atDay(1)),
                        correction);
    }

    private long original(BenefitCase c, YearMonth month) {
        return fx.jdbc()
                .countOf(
                        "select id from payroll_line where case_id = ? and for_month = ? and correction = 0",
                        c.id(),
                        java.sql.Date.valueOf(month.atDay(1)));
    }

    private long differences(BenefitCase c) {
        return fx.jdbc().countOf("select count(*) from payroll_line where case_id = ? and kind = 'DIFFERENCE'", c.id());
    }

    private Map<String, Object> recovery(BenefitCase c, YearMonth month) {
        return fx.jdbc()
                .row(
                        "select * from recovery_item where case_id = ? and for_month = ?",
                        c.id(),
                        java.sql.Date.valueOf(month.atDay(1)));
    }
}
