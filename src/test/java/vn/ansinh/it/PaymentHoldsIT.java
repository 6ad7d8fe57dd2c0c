package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.ansinh.casework.application.MovePersonCommand;
import vn.ansinh.casework.application.ProposeStopCommand;
import vn.ansinh.casework.application.RecordDeathCommand;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.casework.domain.DecisionKind;
import vn.ansinh.payment.application.WaiveRecoveryCommand;
import vn.ansinh.payment.channel.application.BankFile;
import vn.ansinh.payment.channel.application.BankResultParser;
import vn.ansinh.payment.channel.application.ChannelLines;
import vn.ansinh.payment.channel.application.Csv;
import vn.ansinh.payment.channel.application.ExportBankFileCommand;
import vn.ansinh.payment.channel.application.ImportBankResultCommand;
import vn.ansinh.payment.channel.application.PaymentLine;
import vn.ansinh.payment.channel.application.RecordCashListPrintedCommand;
import vn.ansinh.payment.channel.application.RecordStopOutcomeCommand;
import vn.ansinh.payment.channel.application.RunInfo;
import vn.ansinh.payment.channel.application.StopNotice;
import vn.ansinh.payment.channel.application.StopNoticePdf;
import vn.ansinh.payment.channel.application.StopNoticeWorkbook;
import vn.ansinh.payment.channel.application.StopNotices;
import vn.ansinh.payment.domain.PaymentStatus;
import vn.ansinh.payment.domain.PayrollRun;
import vn.ansinh.registry.domain.AdminUnit;
import vn.ansinh.registry.domain.PartialDate;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.Residence;
import vn.ansinh.registry.domain.Sex;
import vn.ansinh.shared.command.AccessDeniedException;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.ProgrammeField;
import vn.ansinh.shared.text.VietnameseFormat;

/**
 * Issue 9, "money to the dead", on the real database: a benefit that stops (death, move,
 * termination, suspension) holds at once the lines not yet out for payment, asks the bank or paying
 * office to stop those already out, and raises the recovery items of months already paid; waiving
 * one is the approver's act. Each test has a commune of its own, so its payrolls are its own.
 */
class PaymentHoldsIT {

    private static final Map<ProgrammeField, String> SEVERE = Map.of(ProgrammeField.DISABILITY_LEVEL, "SEVERE");
    private static final YearMonth JANUARY = YearMonth.of(2027, 1);
    private static final String DEATH_RECORDED = "2026-12-02T02:00:00Z";

    private final CaseworkFixture fx = new CaseworkFixture();
    private final PayrollFixture payroll = new PayrollFixture(fx);

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void aDeathRecordedAfterNextMonthsPayrollWasApprovedHoldsTheLineOffTheCashListAndTheBankFile() throws Exception {
        AdminUnitCode commune = AdminUnitCode.of("03158");
        Person cash = fx.person(commune, "Lò Thị Tiền", PartialDate.of(1950), Sex.FEMALE);
        Person bank = fx.person(commune, "Quàng Thị Khoản", PartialDate.of(1952), Sex.FEMALE);
        Person living = fx.person(commune, "Vì Văn Sống", PartialDate.of(1960), Sex.MALE);
        BenefitCase cashCase = active(cash);
        BenefitCase bankCase = active(bank);
        active(living);
        account(bank);
        account(living);
        PayrollRun run = payroll.approve(payroll.compute(payroll.create(commune, JANUARY), 50_000));
        assertThat(line(cashCase, JANUARY))
                .containsEntry("payment_status", "PENDING")
                .containsEntry("channel", "CASH");

        fx.run(
                CaseworkFixture.officerOf(commune),
                DEATH_RECORDED,
                () -> new RecordDeathCommand(cash.id(), commune, LocalDate.of(2026, 11, 28)));
        fx.run(
                CaseworkFixture.officerOf(commune),
                DEATH_RECORDED,
                () -> new RecordDeathCommand(bank.id(), commune, LocalDate.of(2026, 11, 28)));

        assertThat(line(cashCase, JANUARY))
                .as("held at once")
                .containsEntry("payment_status", "HELD")
                .containsEntry("hold_reason", "DEATH");
        assertThat(line(bankCase, JANUARY))
                .containsEntry("payment_status", "HELD")
                .containsEntry("channel", "BANK_TRANSFER");
        assertThat(new ChannelLines(fx.em()).cash(run.id(), null))
                .extracting(PaymentLine::personId)
                .as("the cash list produced afterwards")
                .doesNotContain(cash.id());
        BankFile file = fx.run(
                CaseworkFixture.officerOf(commune),
                "2027-01-06T02:00:00Z",
                () -> new ExportBankFileCommand(run.id(), commune, "VBSP", "csv"));
        assertThat(file.lines()).extracting(PaymentLine::personId).containsExactly(living.id());
        assertThat(line(bankCase, JANUARY)).as("never exported").containsEntry("payment_status", "HELD");
    }

    @Test
    void aDeathAfterTheExportPutsTheLineOnAStopNoticeAndABankOrOfficePayingAnywayRaisesARecoveryItemOnce()
            throws Exception {
        AdminUnitCode commune = AdminUnitCode.of("03160");
        Person paidAnyway = fx.person(commune, "Lò Văn Vẫn", PartialDate.of(1950), Sex.MALE);
        Person stopped = fx.person(commune, "Cà Thị Dừng", PartialDate.of(1951), Sex.FEMALE);
        Person cash = fx.person(commune, "Tòng Thị Mặt", PartialDate.of(1949), Sex.FEMALE);
        BenefitCase paidCase = active(paidAnyway);
        BenefitCase stoppedCase = active(stopped);
        BenefitCase cashCase = active(cash);
        account(paidAnyway);
        account(stopped);
        PayrollRun run = payroll.approve(payroll.compute(payroll.create(commune, JANUARY), 50_000));
        var officer = CaseworkFixture.officerOf(commune);
        fx.run(officer, "2026-12-01T02:00:00Z", () -> new ExportBankFileCommand(run.id(), commune, "VBSP", "csv"));
        fx.run(officer, "2026-12-01T03:00:00Z", () -> new RecordCashListPrintedCommand(run.id(), commune, null));

        for (Person person : List.of(paidAnyway, stopped, cash)) {
            fx.run(
                    officer,
                    DEATH_RECORDED,
                    () -> new RecordDeathCommand(person.id(), commune, LocalDate.of(2026, 11, 28)));
        }

        for (BenefitCase c : List.of(paidCase, stoppedCase, cashCase)) {
            assertThat(line(c, JANUARY))
                    .containsEntry("payment_status", "STOP_REQUESTED")
                    .containsEntry("hold_reason", "DEATH");
        }
        assertThat(fx.jdbc()
                        .countOf(
                                "select count(*) from recovery_item where case_id in (?, ?, ?)",
                                paidCase.id(),
                                stoppedCase.id(),
                                cashCase.id()))
                .as("nothing paid yet")
                .isZero();
        long amount = ((Number) line(paidCase, JANUARY).get("amount")).longValue();
        assertThat(line(stoppedCase, JANUARY)).containsEntry("amount", amount);
        assertThat(line(cashCase, JANUARY)).containsEntry("amount", amount);
        StopNotices notices = new StopNotices(fx.em());
        assertThat(notices.recipients(run.id())).containsExactly("bank:VBSP", "cash:" + commune.value());
        RunInfo info = new RunInfo(run.id(), commune, "Xã Mường Nhé", JANUARY, run.status());
        StopNotice toBank =
                notices.notice(info, "VBSP", null, Map.of("VBSP", "Ngân hàng Chính sách xã hội"), AdminUnitCode::value);
        assertThat(toBank.lines())
                .extracting(
                        StopNotice.Line::fullName,
                        StopNotice.Line::forMonth,
                        StopNotice.Line::amount,
                        StopNotice.Line::reference,
                        StopNotice.Line::reason)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                paidAnyway.fullName(), JANUARY, amount, "ACC" + paidAnyway.id(), "Người hưởng đã chết"),
                        org.assertj.core.groups.Tuple.tuple(
                                stopped.fullName(), JANUARY, amount, "ACC" + stopped.id(), "Người hưởng đã chết"));
        StopNotice toOffice = notices.notice(info, null, commune, Map.of(), code -> "Mường Nhé");
        assertThat(toOffice.lines()).extracting(StopNotice.Line::fullName).containsExactly(cash.fullName());
        assertThat(toOffice.lines().get(0).reference()).isEqualTo("DS chi tiền mặt 01/2027");
        try (PDDocument pdf = Loader.loadPDF(new StopNoticePdf().render(toBank))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text)
                    .contains(
                            StopNotice.TITLE,
                            "Kính gửi: Ngân hàng Chính sách xã hội",
                            paidAnyway.fullName(),
                            "ACC" + paidAnyway.id(),
                            VietnameseFormat.money(2 * amount));
        }
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new ByteArrayInputStream(StopNoticeWorkbook.write(toOffice)))) {
            var row = workbook.getSheetAt(0).getRow(5);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo(cash.fullName());
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo((double) amount);
        }

        long paidLine = lineId(paidCase, JANUARY);
        long stoppedLine = lineId(stoppedCase, JANUARY);
        String result =
                Csv.BOM + "STT;ma_dong;so_tai_khoan;ten_nguoi_huong;so_dinh_danh;so_tien;noi_dung;ket_qua;ly_do\r\n"
                        + Csv.line(List.of(
                                "1",
                                Long.toString(paidLine),
                                "ACC" + paidAnyway.id(),
                                paidAnyway.fullName(),
                                "",
                                Long.toString(amount),
                                "TRO CAP",
                                "THANH_CONG",
                                ""))
                        + Csv.line(List.of(
                                "2",
                                Long.toString(stoppedLine),
                                "ACC" + stopped.id(),
                                stopped.fullName(),
                                "",
                                Long.toString(amount),
                                "TRO CAP",
                                "THAT_BAI",
                                "Dừng theo thông báo"));
        byte[] bytes = result.getBytes(StandardCharsets.UTF_8);
        var report = new BankResultParser(run.id(), "VBSP", new ChannelLines(fx.em())::states)
                .parse("ket-qua.csv", bytes.length, new ByteArrayInputStream(bytes));
        fx.run(officer, "2026-12-10T02:00:00Z", () -> new ImportBankResultCommand(run.id(), commune, report));
        long cashLine = lineId(cashCase, JANUARY);
        fx.run(officer, "2026-12-11T02:00:00Z", () -> new RecordStopOutcomeCommand(run.id(), commune, cashLine, true));

        assertThat(line(paidCase, JANUARY)).containsEntry("payment_status", "PAID");
        assertThat(line(stoppedCase, JANUARY)).as("the stop took effect").containsEntry("payment_status", "HELD");
        assertThat(fx.jdbc().row("select status from ss_account where person_id = ?", stopped.id()))
                .as("a stopped payment is no account failure")
                .containsEntry("status", "VERIFIED");
        assertThat(line(cashCase, JANUARY)).containsEntry("payment_status", "PAID");
        assertThat(fx.jdbc().row("select amount, status, raised_by from recovery_item where line_id = ?", paidLine))
                .containsEntry("amount", amount)
                .containsEntry("status", "OPEN")
                .containsEntry("raised_by", "PAID_ANYWAY");
        assertThat(fx.jdbc().countOf("select count(*) from recovery_item where line_id = ?", cashLine))
                .isEqualTo(1);
        assertThat(fx.jdbc().countOf("select count(*) from recovery_item where line_id = ?", stoppedLine))
                .isZero();

        payroll.compute(payroll.create(commune, JANUARY.plusMonths(1)), 50_000);
        assertThat(fx.jdbc()
                        .countOf(
                                "select count(*) from recovery_item where case_id in (?, ?, ?)",
                                paidCase.id(),
                                stoppedCase.id(),
                                cashCase.id()))
                .as("a later payroll raises none again")
                .isEqualTo(2);
        assertThat(fx.jdbc()
                        .countOf(
                                "select count(*) from payroll_line where case_id in (?, ?, ?) and for_month > '2027-01-01'",
                                paidCase.id(),
                                stoppedCase.id(),
                                cashCase.id()))
                .as("and pays nothing more")
                .isZero();
    }

    @Test
    void aRejectedTerminationTakesItsLinesOffTheStopNoticesAndPaysThemWithoutRecovery() throws Exception {
        AdminUnitCode commune = AdminUnitCode.of("03382");
        Person inFile = fx.person(commune, "Lò Văn Chuyển Khoản", PartialDate.of(1950), Sex.MALE);
        Person confirmed = fx.person(commune, "Cà Thị Đã Dừng", PartialDate.of(1951), Sex.FEMALE);
        Person onList = fx.person(commune, "Tòng Thị Danh Sách", PartialDate.of(1949), Sex.FEMALE);
        BenefitCase inFileCase = active(inFile);
        BenefitCase confirmedCase = active(confirmed);
        BenefitCase onListCase = active(onList);
        account(inFile);
        account(confirmed);
        PayrollRun run = payroll.approve(payroll.compute(payroll.create(commune, JANUARY), 50_000));
        var officer = CaseworkFixture.officerOf(commune);
        fx.run(officer, "2026-12-01T02:00:00Z", () -> new ExportBankFileCommand(run.id(), commune, "VBSP", "csv"));
        fx.run(officer, "2026-12-01T03:00:00Z", () -> new RecordCashListPrintedCommand(run.id(), commune, null));
        for (BenefitCase c : List.of(inFileCase, confirmedCase, onListCase)) {
            fx.run(
                    officer,
                    "2026-12-02T02:00:00Z",
                    () -> new ProposeStopCommand(
                            c.id(),
                            commune,
                            DecisionKind.TERMINATION,
                            vn.ansinh.casework.domain.EndReason.LOSS_OF_ELIGIBILITY,
                            YearMonth.of(2026, 12),
                            null,
                            "Nghi đã có lương hưu"));
            assertThat(line(c, JANUARY)).containsEntry("payment_status", "STOP_REQUESTED");
        }
        long confirmedLine = lineId(confirmedCase, JANUARY);
        fx.run(
                officer,
                "2026-12-03T02:00:00Z",
                () -> new RecordStopOutcomeCommand(run.id(), commune, confirmedLine, false));
        assertThat(line(confirmedCase, JANUARY)).as("the bank stopped it").containsEntry("payment_status", "HELD");
        StopNotices notices = new StopNotices(fx.em());
        assertThat(notices.recipients(run.id())).containsExactly("bank:VBSP", "cash:" + commune.value());

        var chairman = CaseworkFixture.chairmanOf(commune);
        for (BenefitCase c : List.of(inFileCase, confirmedCase, onListCase)) {
            fx.run(
                    chairman,
                    "2026-12-04T02:00:00Z",
                    () -> new vn.ansinh.casework.application.RejectStopProposalCommand(
                            c.id(), commune, "Đã xác minh: không có lương hưu", fx.units()));
        }

        assertThat(line(inFileCase, JANUARY))
                .as("back in its bank file: the bank may pay it")
                .containsEntry("payment_status", "EXPORTED")
                .containsEntry("hold_reason", null)
                .containsEntry("stop_requested_at", null);
        assertThat(line(onListCase, JANUARY))
                .as("back on its printed cash list")
                .containsEntry("payment_status", "PENDING")
                .containsEntry("hold_reason", null)
                .containsEntry("stop_requested_at", null);
        assertThat(line(confirmedCase, JANUARY))
                .as("not paid by the bank: payable again")
                .containsEntry("payment_status", "PENDING")
                .containsEntry("stop_requested_at", null);
        assertThat(notices.recipients(run.id()))
                .as("the stop notices are withdrawn")
                .isEmpty();
        Map<String, Object> audit = fx.jdbc()
                .row(
                        "select actor, unit_code, before_value, after_value from audit_record where action = ?"
                                + " and target_type = 'Case' and target_id = ?",
                        vn.ansinh.payment.application.PaymentStopHandler.RELEASE_ACTION,
                        inFileCase.id().toString());
        assertThat(audit)
                .as("the release is audited")
                .containsEntry("actor", chairman.username())
                .containsEntry("unit_code", commune.value());
        assertThat((String) audit.get("before_value"))
                .contains("\"lineId\":" + lineId(inFileCase, JANUARY), "STOP_REQUESTED", "LOSS_OF_ELIGIBILITY");
        assertThat((String) audit.get("after_value")).contains("EXPORTED");

        long amount = ((Number) line(inFileCase, JANUARY).get("amount")).longValue();
        String result =
                Csv.BOM + "STT;ma_dong;so_tai_khoan;ten_nguoi_huong;so_dinh_danh;so_tien;noi_dung;ket_qua;ly_do\r\n"
                        + Csv.line(List.of(
                                "1",
                                Long.toString(lineId(inFileCase, JANUARY)),
                                "ACC" + inFile.id(),
                                inFile.fullName(),
                                "",
                                Long.toString(amount),
                                "TRO CAP",
                                "THANH_CONG",
                                ""));
        byte[] bytes = result.getBytes(StandardCharsets.UTF_8);
        var report = new BankResultParser(run.id(), "VBSP", new ChannelLines(fx.em())::states)
                .parse("ket-qua.csv", bytes.length, new ByteArrayInputStream(bytes));
        fx.run(officer, "2026-12-10T02:00:00Z", () -> new ImportBankResultCommand(run.id(), commune, report));
        payroll.compute(payroll.create(commune, JANUARY.plusMonths(1)), 50_000);

        assertThat(line(inFileCase, JANUARY)).containsEntry("payment_status", "PAID");
        assertThat(fx.jdbc()
                        .countOf(
                                "select count(*) from recovery_item where case_id in (?, ?, ?)",
                                inFileCase.id(),
                                confirmedCase.id(),
                                onListCase.id()))
                .as("a month owed and paid is never recovered")
                .isZero();
    }

    @Test
    void aMoveAndASuspensionHoldTheSameWayAndReinstatingReleasesTheSuspensionsHold() {
        AdminUnitCode commune = AdminUnitCode.of("03162");
        Person mover = fx.person(commune, "Lường Văn Chuyển", PartialDate.of(1955), Sex.MALE);
        Person suspended = fx.person(commune, "Lò Thị Ngừng", PartialDate.of(1956), Sex.FEMALE);
        BenefitCase moverCase = active(mover);
        BenefitCase suspendedCase = active(suspended);
        payroll.approve(payroll.compute(payroll.create(commune, JANUARY), 50_000));
        AdminUnit there = fx.units().currentCommune(AdminUnitCode.of("03163")).orElseThrow();

        fx.run(
                CaseworkFixture.officerOf(commune),
                DEATH_RECORDED,
                () -> new MovePersonCommand(
                        mover.id(),
                        commune,
                        Residence.of(there, fx.units().parentOf(there).orElseThrow()),
                        "Bản Mới",
                        LocalDate.of(2026, 11, 20)));
        fx.run(
                CaseworkFixture.officerOf(commune),
                DEATH_RECORDED,
                () -> new ProposeStopCommand(
                        suspendedCase.id(),
                        commune,
                        DecisionKind.SUSPENSION,
                        null,
                        JANUARY,
                        null,
                        "Đi khỏi địa phương chưa rõ lý do"));

        assertThat(line(moverCase, JANUARY))
                .containsEntry("payment_status", "HELD")
                .containsEntry("hold_reason", "MOVED_AWAY");
        assertThat(line(suspendedCase, JANUARY))
                .as("held from the proposal")
                .containsEntry("payment_status", "HELD")
                .containsEntry("hold_reason", "SUSPENDED");
        fx.signStop(suspendedCase, CaseworkFixture.chairmanOf(commune), "2026-12-03T02:00:00Z");
        assertThat(line(suspendedCase, JANUARY)).containsEntry("payment_status", "HELD");

        fx.decideStop(
                suspendedCase,
                DecisionKind.REINSTATEMENT,
                null,
                JANUARY.plusMonths(1),
                true,
                "Đã trở về địa phương; tháng tạm dừng được truy lĩnh",
                CaseworkFixture.chairmanOf(commune),
                "2026-12-20T02:00:00Z");
        assertThat(line(suspendedCase, JANUARY))
                .as("paid back, so paid again")
                .containsEntry("payment_status", "PENDING")
                .containsEntry("hold_reason", null);
        assertThat(line(moverCase, JANUARY)).containsEntry("payment_status", "HELD");
    }

    @Test
    void onlyAnApproverWaivesARecoveryItemAndOnlyWithAWrittenReason() throws Exception {
        AdminUnitCode commune = AdminUnitCode.of("03164");
        Person person = fx.person(commune, "Lò Văn Miễn", PartialDate.of(1948), Sex.MALE);
        BenefitCase c = active(person);
        payroll.approve(payroll.compute(payroll.create(commune, JANUARY), 50_000));
        execute("update payroll_line set payment_status = 'PAID', paid_on = '2027-01-10' where case_id = ?", c.id());
        fx.run(
                CaseworkFixture.officerOf(commune),
                "2027-02-02T02:00:00Z",
                () -> new RecordDeathCommand(person.id(), commune, LocalDate.of(2026, 12, 20)));
        fx.signStop(c, CaseworkFixture.chairmanOf(commune), "2027-02-02T03:00:00Z");
        long item = fx.jdbc().countOf("select id from recovery_item where case_id = ?", c.id());
        assertThat(item).as("raised with the signed termination").isPositive();

        assertThatThrownBy(() -> fx.run(
                        CaseworkFixture.officerOf(commune),
                        "2027-02-03T02:00:00Z",
                        () -> new WaiveRecoveryCommand(item, commune, "Gia đình khó khăn, không có khả năng hoàn trả")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fx.jdbc()
                        .countOf(
                                "select count(*) from audit_record where action = ? and outcome = 'DENIED' and actor = ?",
                                WaiveRecoveryCommand.ACTION,
                                "officer." + commune.value()))
                .as("the refusal is audited")
                .isEqualTo(1);
        assertThatThrownBy(() -> fx.run(
                        CaseworkFixture.chairmanOf(commune),
                        "2027-02-03T03:00:00Z",
                        () -> new WaiveRecoveryCommand(item, commune, "  ")))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("recovery.error.waiveReason");
        assertThat(fx.jdbc().row("select status from recovery_item where id = ?", item))
                .containsEntry("status", "OPEN");

        fx.run(
                CaseworkFixture.chairmanOf(commune),
                "2027-02-03T04:00:00Z",
                () -> new WaiveRecoveryCommand(item, commune, "Gia đình khó khăn, không có khả năng hoàn trả"));

        assertThat(fx.jdbc().row("select status, settled_by, note from recovery_item where id = ?", item))
                .containsEntry("status", "WAIVED")
                .containsEntry("settled_by", "chairman." + commune.value())
                .containsEntry("note", "Gia đình khó khăn, không có khả năng hoàn trả");
        assertThat(fx.jdbc()
                        .countOf(
                                "select count(*) from audit_record where action = ? and outcome = 'SUCCEEDED' and target_id = ?",
                                WaiveRecoveryCommand.ACTION,
                                Long.toString(item)))
                .isEqualTo(1);
    }

    @Test
    void theDatabaseReadsTheStatusRulesAsJavaDoes() throws Exception {
        try (Connection connection = fx.jdbc().connect()) {
            for (PaymentStatus status : PaymentStatus.values()) {
                for (boolean listed : new boolean[] {false, true}) {
                    String sql = "SELECT " + PaymentStatus.onStopSql("s.payment_status", "s.listed = 1")
                            + ", s.payment_status IN ("
                            + PaymentStatus.sqlChangedByStop() + "), s.payment_status IN ("
                            + PaymentStatus.sqlSet(PaymentStatus::reachedPayee) + "), s.payment_status IN ("
                            + PaymentStatus.sqlSet(PaymentStatus::payable)
                            + ") FROM (SELECT ? AS payment_status, ? AS listed) s";
                    try (PreparedStatement statement = connection.prepareStatement(sql)) {
                        statement.setString(1, status.name());
                        statement.setInt(2, listed ? 1 : 0);
                        try (ResultSet row = statement.executeQuery()) {
                            row.next();
                            assertThat(row.getString(1))
                                    .as(status + " listed " + listed)
                                    .isEqualTo(status.onStop(listed).name());
                            assertThat(row.getBoolean(2))
                                    .isEqualTo(status.onStop(false) != status || status.onStop(true) != status);
                            assertThat(row.getBoolean(3)).isEqualTo(status.reachedPayee());
                            assertThat(row.getBoolean(4)).isEqualTo(status.payable());
                        }
                    }
                }
            }
        }
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

    /** A verified account at VBSP: the payroll pays by transfer. */
    private void account(Person person) throws Exception {
        execute(
                "insert into ss_account (person_id, status, bank_code, account_no, commune_code, province_code, verified_on,"
                        + " updated_at, updated_by) values (?, 'VERIFIED', 'VBSP', ?, ?, '11', '2026-09-01', utc_timestamp(6), 'test')",
                person.id(),
                "ACC" + person.id(),
                person.communeCode().value());
    }

    private Map<String, Object> line(BenefitCase c, YearMonth month) {
        return fx.jdbc()
                .row(
                        "select id, amount, payment_status, hold_reason, channel, stop_requested_at from payroll_line"
                                + " where case_id = ? and for_month = ?",
                        c.id(),
                        java.sql.Date.valueOf(month.atDay(1)));
    }

    private long lineId(BenefitCase c, YearMonth month) {
        return ((Number) line(c, month).get("id")).longValue();
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
