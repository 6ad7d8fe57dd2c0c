package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.ansinh.it.AccountFixture.AUDITOR_DIEN_BIEN;
import static vn.ansinh.it.AccountFixture.RECORDED_AT;
import static vn.ansinh.it.CaseworkFixture.OFFICER_QUY_HOP;
import static vn.ansinh.it.CaseworkFixture.OFFICER_TUAN_GIAO;
import static vn.ansinh.it.CaseworkFixture.QUY_HOP;
import static vn.ansinh.it.CaseworkFixture.TUAN_GIAO;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.ansinh.account.application.AccountImportParser;
import vn.ansinh.account.application.AccountImportReport;
import vn.ansinh.account.application.AccountImportRow;
import vn.ansinh.account.application.AccountImportRow.Outcome;
import vn.ansinh.account.application.AccountImportSummary;
import vn.ansinh.account.application.ImportAccountsCommand;
import vn.ansinh.account.application.JpaAccountLookup;
import vn.ansinh.account.domain.AccountEventSource;
import vn.ansinh.account.domain.AccountStatus;
import vn.ansinh.account.domain.AccountStep;
import vn.ansinh.account.domain.SsAccount;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.Sex;
import vn.ansinh.shared.command.AccessDeniedException;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;

/**
 * The bulk import of account steps on the real database: a file with good, failing and broken rows
 * gives a report; confirming applies only the good rows, in one command with one audit row; the same
 * file again finds every good row already recorded and changes nothing; a report gone stale is
 * refused whole; other communes and auditors are refused.
 */
class AccountImportIT {

    private static final String HEADER = "Số định danh cá nhân,Họ tên,Mã ngân hàng,Số tài khoản,Sự kiện,Ngày\n";
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private final AccountFixture ax = new AccountFixture();

    @AfterEach
    void close() {
        ax.close();
    }

    @Test
    void confirmingAppliesOnlyTheGoodRowsAndTheSameFileAgainChangesNothing() {
        Person en = ax.person(TUAN_GIAO, "Lò Thị Én", 1950, Sex.FEMALE);
        Person doi = ax.person(TUAN_GIAO, "Cà Văn Đôi", 1975, Sex.MALE);
        Person xuan = ax.person(TUAN_GIAO, "Quàng Thị Xuân", 1948, Sex.FEMALE);
        Person hoa = ax.person(QUY_HOP, "Nguyễn Thị Hoa", 1965, Sex.FEMALE);
        byte[] file = (HEADER
                        + id(en) + ",Lò Thị Én,VBSP,0123456789,MO_TAI_KHOAN,05/01/2026\n" // 2 good
                        + id(en) + ",Lo Thi En,,,DANG_KY_NHAN,12/01/2026\n" // 3 good
                        + id(doi) + ",Cà Văn Đôi,NOBANK,0123456789,MO_TAI_KHOAN,06/01/2026\n" // 4 unknown bank
                        + id(hoa) + ",Nguyễn Thị Hoa,VBSP,0123456789,MO_TAI_KHOAN,06/01/2026\n" // 5 another commune
                        + id(doi) + ",Cà \"Văn\" Đôi,VBSP,0123456789,MO_TAI_KHOAN,06/01/2026\n" // 6 broken
                        + id(xuan) + ",Quàng Thị Xuân,,,XAC_THUC,10/01/2026\n" // 7 illegal step
                        + "012150889999,Ai Đó,VBSP,0123456789,MO_TAI_KHOAN,06/01/2026\n" // 8 unknown ID
                        + id(doi) + ",Cà Văn Đôi,AGRIBANK,3601205123456,MO_TAI_KHOAN,20/01/2026\n" // 9 good
                        + id(xuan)
                        + ",Quàng Thị Xuyên,LPBANK,0700123456,MO_TAI_KHOAN,01/02/2026\n") // 10 good, name warned
                .getBytes(StandardCharsets.UTF_8);

        AccountImportReport report = check(file);

        assertThat(report.rows())
                .extracting(AccountImportRow::rowNumber, AccountImportRow::outcome)
                .containsExactly(
                        tuple(2, Outcome.READY),
                        tuple(3, Outcome.READY),
                        tuple(4, Outcome.ERROR),
                        tuple(5, Outcome.ERROR),
                        tuple(6, Outcome.ERROR),
                        tuple(7, Outcome.ERROR),
                        tuple(8, Outcome.ERROR),
                        tuple(9, Outcome.READY),
                        tuple(10, Outcome.READY));
        assertThat(report.row(4).messages().get(0).messageKey()).isEqualTo("account.error.bank.unknown");
        assertThat(report.row(5).messages().get(0).messageKey()).isEqualTo("account.import.error.otherCommune");
        assertThat(report.row(6).messages().get(0).messageKey()).isEqualTo("account.import.error.malformed.strayQuote");
        assertThat(report.row(7).messages().get(0).messageKey()).isEqualTo("account.error.transition");
        assertThat(report.row(8).messages().get(0).messageKey()).isEqualTo("account.import.error.unknownPerson");
        assertThat(report.row(10).messages().get(0).messageKey()).isEqualTo("account.import.warning.nameMismatch");
        assertThat(ax.fx.jdbc()
                        .countOf(
                                "select count(*) from ss_account_event where person_id in (?, ?, ?, ?)",
                                en.id(),
                                doi.id(),
                                xuan.id(),
                                hoa.id()))
                .as("checking writes nothing")
                .isZero();

        AccountImportSummary summary =
                ax.run(OFFICER_TUAN_GIAO, RECORDED_AT, () -> ImportAccountsCommand.of(TUAN_GIAO, report));

        assertThat(summary.steps()).isEqualTo(4);
        assertThat(summary.persons()).isEqualTo(3);
        SsAccount enAccount = ax.account(en);
        assertThat(enAccount.status()).isEqualTo(AccountStatus.REGISTERED);
        assertThat(enAccount.openedOn()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(enAccount.registeredOn()).isEqualTo(LocalDate.of(2026, 1, 12));
        assertThat(ax.account(doi).bankCode().value())
                .as("row 9, not the failed row 4")
                .isEqualTo("AGRIBANK");
        assertThat(ax.account(xuan).status()).isEqualTo(AccountStatus.HAS_ACCOUNT);
        assertThat(ax.account(hoa)).isNull();
        assertThat(ax.fx.jdbc()
                        .countOf(
                                "select count(*) from ss_account_event where person_id in (?, ?, ?) "
                                        + "and source = ? and note like '%tai-khoan-thang-1.csv'",
                                en.id(), doi.id(), xuan.id(), AccountEventSource.IMPORT.name()))
                .as("each event names its source and file")
                .isEqualTo(4);
        assertThat(ax.fx.jdbc().countOf("select count(*) from ss_account_event where person_id = ?", en.id()))
                .isEqualTo(2);
        Map<String, Object> audit = ax.fx.jdbc().latestAudit("account.import");
        assertThat(audit.get("outcome")).isEqualTo("SUCCEEDED");
        assertThat((String) audit.get("after_value"))
                .contains("\"steps\":4")
                .contains("\"persons\":3")
                .contains("\"OPEN\":3")
                .contains("\"REGISTER\":1");

        AccountImportReport again = check(file);

        assertThat(again.rows())
                .filteredOn(r -> r.outcome() != Outcome.ERROR)
                .extracting(AccountImportRow::rowNumber, AccountImportRow::outcome)
                .containsExactly(
                        tuple(2, Outcome.ALREADY_RECORDED), tuple(3, Outcome.ALREADY_RECORDED),
                        tuple(9, Outcome.ALREADY_RECORDED), tuple(10, Outcome.ALREADY_RECORDED));
        assertThat(again.canImport()).isFalse();
        long events = ax.fx.jdbc().count("ss_account_event");
        assertThatThrownBy(
                        () -> ax.run(OFFICER_TUAN_GIAO, RECORDED_AT, () -> ImportAccountsCommand.of(TUAN_GIAO, again)))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.import.error.nothingToImport"));
        assertThatThrownBy(
                        () -> ax.run(OFFICER_TUAN_GIAO, RECORDED_AT, () -> ImportAccountsCommand.of(TUAN_GIAO, report)))
                .as("confirming the first report twice")
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("account.import.error.changedMeanwhile");
                    assertThat(e.arguments()).containsExactly("2");
                });
        assertThat(ax.fx.jdbc().count("ss_account_event")).isEqualTo(events);
    }

    @Test
    void aReportGoneStaleIsRefusedWholeAndNothingIsHalfWritten() {
        Person first = ax.person(TUAN_GIAO, "Lò Văn Một", 1970, Sex.MALE);
        Person second = ax.person(TUAN_GIAO, "Lò Văn Hai", 1972, Sex.MALE);
        AccountImportReport report = check((HEADER
                        + id(first) + ",Lò Văn Một,VBSP,0123456789,MO_TAI_KHOAN,05/01/2026\n"
                        + id(second) + ",Lò Văn Hai,VBSP,0987654321,MO_TAI_KHOAN,05/01/2026\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(report.linesToApply()).hasSize(2);

        ax.step(second, AccountStep.OPEN, "10/01/2026", "BIDV", "1122334455");

        assertThatThrownBy(
                        () -> ax.run(OFFICER_TUAN_GIAO, RECORDED_AT, () -> ImportAccountsCommand.of(TUAN_GIAO, report)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("account.import.error.changedMeanwhile");
                    assertThat(e.arguments()).containsExactly("3");
                });
        assertThat(ax.account(first))
                .as("the first row was rolled back with the rest")
                .isNull();
        assertThat(ax.account(second).bankCode().value()).isEqualTo("BIDV");
    }

    @Test
    void anOfficerOfAnotherCommuneAndAnAuditorAreRefusedAndNothingIsWritten() {
        Person person = ax.person(TUAN_GIAO, "Lò Văn Ba", 1971, Sex.MALE);
        AccountImportReport report =
                check((HEADER + id(person) + ",Lò Văn Ba,VBSP,0123456789,MO_TAI_KHOAN,05/01/2026\n")
                        .getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(
                        () -> ax.run(OFFICER_QUY_HOP, RECORDED_AT, () -> ImportAccountsCommand.of(TUAN_GIAO, report)))
                .isInstanceOfSatisfying(
                        AccessDeniedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.access.unit"));
        assertThatThrownBy(() -> ax.run(OFFICER_QUY_HOP, RECORDED_AT, () -> ImportAccountsCommand.of(QUY_HOP, report)))
                .as("her own commune, someone else's people")
                .isInstanceOfSatisfying(
                        AccessDeniedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.access.unit"));
        assertThatThrownBy(
                        () -> ax.run(AUDITOR_DIEN_BIEN, RECORDED_AT, () -> ImportAccountsCommand.of(TUAN_GIAO, report)))
                .isInstanceOfSatisfying(
                        AccessDeniedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.access.role"));

        assertThat(ax.account(person)).isNull();
        assertThat(ax.fx.jdbc().latestAudit("account.import"))
                .containsEntry("outcome", "DENIED")
                .containsEntry("actor", "auditor.dienbien");
    }

    private AccountImportReport check(byte[] file) {
        ax.fx.em().clear();
        return new AccountImportParser(new JpaAccountLookup(ax.fx.em()), AdminUnitCode.of(TUAN_GIAO.value()), TODAY)
                .parse("tai-khoan-thang-1.csv", file.length, new ByteArrayInputStream(file));
    }

    private static String id(Person person) {
        return person.personalId().value();
    }
}
