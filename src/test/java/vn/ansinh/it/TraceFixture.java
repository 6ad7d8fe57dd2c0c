package vn.ansinh.it;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.ansinh.account.application.RecordAccountStepCommand;
import vn.ansinh.account.domain.AccountNumber;
import vn.ansinh.account.domain.AccountStep;
import vn.ansinh.account.domain.BankCode;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.payment.channel.application.BankResultParser;
import vn.ansinh.payment.channel.application.BankResultReport;
import vn.ansinh.payment.channel.application.ChannelLines;
import vn.ansinh.payment.channel.application.Csv;
import vn.ansinh.payment.channel.application.ExportBankFileCommand;
import vn.ansinh.payment.channel.application.ImportBankResultCommand;
import vn.ansinh.payment.domain.PayrollRun;
import vn.ansinh.registry.domain.PartialDate;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.Sex;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.ProgrammeField;

/**
 * A person paid into their account, as a commune lives it, for the trace tests: a severely disabled
 * person decided on 3 Aug 2026, her account opened, registered and verified; September 2026 computed
 * with the rates as they stood before Decree 335/2026 (500,000 x 1.5), approved, exported to Agribank
 * and paid (the bank's result imported on 8 Sep); the account closed on 20 Oct; October computed after
 * the decree, paying September's difference (60,000) as a line that corrects September's.
 */
final class TraceFixture {

    /** Before Decree 335/2026 came into force (00:00 of 5 Oct 2026 in Vietnam). */
    static final Instant BEFORE_335 = Instant.parse("2026-10-02T03:00:00Z");

    static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);
    static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    static final LocalDate PAID_ON = LocalDate.of(2026, 9, 8);

    private static final String HEADER =
            "STT;ma_dong;so_tai_khoan;ten_nguoi_huong;so_dinh_danh;so_tien;noi_dung;ket_qua;ly_do\r\n";

    /** What the story made: the person, her case, the two runs, September's line and its difference. */
    record Paid(
            Person person, BenefitCase benefitCase, long septemberRun, long octoberRun, long line, long difference) {}

    private TraceFixture() {}

    static Paid paidPerson(CaseworkFixture fx, AdminUnitCode commune, String name, String accountNo) {
        PayrollFixture payroll = new PayrollFixture(fx);
        Person person = fx.person(commune, name, PartialDate.of(1980, 4, 4), Sex.FEMALE);
        BenefitCase c = payroll.active(
                person,
                Category.DISABLED,
                Map.of(ProgrammeField.DISABILITY_LEVEL, "SEVERE"),
                "2026-08-03",
                CaseworkFixture.officerOf(commune),
                CaseworkFixture.chairmanOf(commune));
        step(fx, person, commune, AccountStep.OPEN, "2026-08-04", accountNo);
        step(fx, person, commune, AccountStep.REGISTER, "2026-08-05", null);
        step(fx, person, commune, AccountStep.VERIFY, "2026-08-06", null);

        PayrollRun september =
                payroll.approve(payroll.computeAsOf(payroll.create(commune, SEPTEMBER), 50_000, BEFORE_335));
        fx.run(
                CaseworkFixture.officerOf(commune),
                "2026-09-06T03:00:00Z",
                () -> new ExportBankFileCommand(september.id(), commune, "AGRIBANK", "csv"));
        List<String> rows = new ArrayList<>();
        try (var connection = fx.jdbc().connect();
                var statement = connection.prepareStatement("select id, amount from payroll_line where run_id = ?"
                        + " and case_id = ? and channel = 'BANK_TRANSFER' order by id")) {
            statement.setLong(1, september.id());
            statement.setLong(2, c.id());
            try (var lines = statement.executeQuery()) {
                while (lines.next()) {
                    rows.add(Csv.line(List.of(
                            Integer.toString(rows.size() + 1),
                            Long.toString(lines.getLong(1)),
                            accountNo,
                            person.fullName(),
                            "011152000321",
                            Long.toString(lines.getLong(2)),
                            "TRO CAP",
                            "THANH_CONG",
                            "")));
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        byte[] file = (Csv.BOM + HEADER + String.join("", rows)).getBytes(StandardCharsets.UTF_8);
        BankResultReport report = new BankResultParser(september.id(), "AGRIBANK", new ChannelLines(fx.em())::states)
                .parse("ket-qua-agribank.csv", file.length, new ByteArrayInputStream(file));
        fx.run(
                CaseworkFixture.officerOf(commune),
                PAID_ON + "T03:00:00Z",
                () -> new ImportBankResultCommand(september.id(), commune, report));
        step(fx, person, commune, AccountStep.CLOSE, "2026-10-20", null);

        PayrollRun october = payroll.approve(payroll.compute(payroll.create(commune, OCTOBER), 50_000));
        long line = fx.jdbc()
                .countOf(
                        "select id from payroll_line where case_id = ? and for_month = ? and kind = 'MONTHLY'"
                                + " and correction = 0",
                        c.id(),
                        java.sql.Date.valueOf(SEPTEMBER.atDay(1)));
        long difference = fx.jdbc()
                .countOf(
                        "select id from payroll_line where case_id = ? and for_month = ? and kind = 'DIFFERENCE'",
                        c.id(),
                        java.sql.Date.valueOf(SEPTEMBER.atDay(1)));
        return new Paid(person, c, september.id(), october.id(), line, difference);
    }

    private static void step(
            CaseworkFixture fx, Person person, AdminUnitCode commune, AccountStep step, String day, String number) {
        fx.run(
                CaseworkFixture.officerOf(commune),
                day + "T03:00:00Z",
                () -> new RecordAccountStepCommand(
                        person.id(),
                        commune,
                        step,
                        LocalDate.parse(day),
                        number == null ? null : BankCode.of("AGRIBANK"),
                        number == null ? null : AccountNumber.of(number),
                        null));
    }
}
