package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.ansinh.it.AccountFixture.AUDITOR_DIEN_BIEN;
import static vn.ansinh.it.AccountFixture.RECORDED_AT;
import static vn.ansinh.it.CaseworkFixture.OFFICER_QUY_HOP;
import static vn.ansinh.it.CaseworkFixture.QUY_HOP;
import static vn.ansinh.it.CaseworkFixture.TUAN_GIAO;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.ansinh.account.application.RecordAccountStepCommand;
import vn.ansinh.account.domain.AccountEvent;
import vn.ansinh.account.domain.AccountEventSource;
import vn.ansinh.account.domain.AccountStatus;
import vn.ansinh.account.domain.AccountStep;
import vn.ansinh.account.domain.SsAccount;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.Sex;
import vn.ansinh.shared.command.AccessDeniedException;
import vn.ansinh.shared.kernel.BusinessRuleException;

/**
 * A person's social-security account on the real database: each step is a command of the commune's
 * officer that stores the step's date, an event and an audit row; a refused step leaves nothing
 * behind; officers of other communes and auditors are refused, and the refusal is audited.
 */
class AccountIT {

    private final AccountFixture ax = new AccountFixture();

    @AfterEach
    void close() {
        ax.close();
    }

    @Test
    void theOfficerOpensRegistersAndVerifiesAnAccountEachStepWithItsDateAndItsEvent() {
        Person person = ax.person(TUAN_GIAO, "Lò Thị Én", 1950, Sex.FEMALE);

        ax.step(person, AccountStep.OPEN, "05/01/2026", "VBSP", "0123456789");
        ax.step(person, AccountStep.REGISTER, "12/01/2026");
        ax.step(person, AccountStep.VERIFY, "15/01/2026");

        SsAccount account = ax.account(person);
        assertThat(account.status()).isEqualTo(AccountStatus.VERIFIED);
        assertThat(account.bankCode().value()).isEqualTo("VBSP");
        assertThat(account.accountNumber().value()).isEqualTo("0123456789");
        assertThat(account.openedOn()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(account.registeredOn()).isEqualTo(LocalDate.of(2026, 1, 12));
        assertThat(account.verifiedOn()).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(account.isPayableByTransfer()).isTrue();
        assertThat(account.communeCode()).isEqualTo(TUAN_GIAO);
        assertThat(account.version()).as("one insert and two updates").isEqualTo(3);
        assertThat(events(person))
                .extracting(
                        AccountEvent::fromStatus,
                        AccountEvent::toStatus,
                        AccountEvent::happenedOn,
                        AccountEvent::source,
                        AccountEvent::actor)
                .containsExactly(
                        tuple(
                                AccountStatus.NONE,
                                AccountStatus.HAS_ACCOUNT,
                                LocalDate.of(2026, 1, 5),
                                AccountEventSource.MANUAL,
                                "officer.tuangiao"),
                        tuple(
                                AccountStatus.HAS_ACCOUNT,
                                AccountStatus.REGISTERED,
                                LocalDate.of(2026, 1, 12),
                                AccountEventSource.MANUAL,
                                "officer.tuangiao"),
                        tuple(
                                AccountStatus.REGISTERED,
                                AccountStatus.VERIFIED,
                                LocalDate.of(2026, 1, 15),
                                AccountEventSource.MANUAL,
                                "officer.tuangiao"));
        Map<String, Object> audit = ax.fx.jdbc().latestAudit("account.step");
        assertThat(audit.get("outcome")).isEqualTo("SUCCEEDED");
        assertThat(audit.get("target_id")).isEqualTo(person.id().toString());
        assertThat((String) audit.get("before_value")).contains("\"status\":\"REGISTERED\"");
        assertThat((String) audit.get("after_value"))
                .contains("\"status\":\"VERIFIED\"")
                .contains("\"on\":\"2026-01-15\"");
    }

    @Test
    void aFailedAccountFallsBackToCashAndALaterNewAccountStartsAgain() {
        Person person = ax.person(TUAN_GIAO, "Cà Văn Đôi", 1975, Sex.MALE);
        ax.step(person, AccountStep.OPEN, "05/01/2026");
        ax.step(person, AccountStep.REGISTER, "06/01/2026");
        ax.step(person, AccountStep.FAIL, "10/02/2026");
        ax.step(person, AccountStep.FALL_BACK_TO_CASH, "11/02/2026");
        assertThat(ax.account(person).isPayableByTransfer()).isFalse();

        ax.step(person, AccountStep.OPEN, "01/03/2026", "AGRIBANK", "3601205123456");

        SsAccount account = ax.account(person);
        assertThat(account.status()).isEqualTo(AccountStatus.HAS_ACCOUNT);
        assertThat(account.bankCode().value()).isEqualTo("AGRIBANK");
        assertThat(account.fallbackOn())
                .as("dates of the old account are in the history only")
                .isNull();
        assertThat(events(person))
                .extracting(AccountEvent::toStatus)
                .containsExactly(
                        AccountStatus.HAS_ACCOUNT,
                        AccountStatus.REGISTERED,
                        AccountStatus.FAILED,
                        AccountStatus.CASH_FALLBACK,
                        AccountStatus.HAS_ACCOUNT);
    }

    @Test
    void illegalStepsDatesOutOfOrderFutureDatesAndUnknownBanksAreRefusedAndLeaveNothing() {
        Person person = ax.person(TUAN_GIAO, "Quàng Thị Xuân", 1948, Sex.FEMALE);

        assertThatThrownBy(() -> ax.step(person, AccountStep.VERIFY, "05/01/2026"))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.error.transition"));
        assertThatThrownBy(() -> ax.step(person, AccountStep.OPEN, "05/01/2026", "NOBANK", "0123456789"))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.error.bank.unknown"));
        assertThatThrownBy(() -> ax.step(person, AccountStep.OPEN, "03/03/2026"))
                .as("the steps are recorded on 2 March 2026")
                .isInstanceOfSatisfying(
                        BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.error.date.future"));
        assertThat(ax.account(person)).as("no account row for refused steps").isNull();

        ax.step(person, AccountStep.OPEN, "10/01/2026");
        assertThatThrownBy(() -> ax.step(person, AccountStep.REGISTER, "09/01/2026"))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.error.date.beforeLastStep"));
        assertThat(ax.account(person).status()).isEqualTo(AccountStatus.HAS_ACCOUNT);
        assertThat(events(person)).hasSize(1);
    }

    @Test
    void anOfficerOfAnotherCommuneIsRefusedEvenWhenShePretendsThePersonIsHers() {
        Person person = ax.person(TUAN_GIAO, "Lò Văn Ón", 1980, Sex.MALE);

        assertThatThrownBy(() -> ax.run(
                        OFFICER_QUY_HOP,
                        RECORDED_AT,
                        () -> new RecordAccountStepCommand(
                                person.id(), TUAN_GIAO, AccountStep.CLOSE, LocalDate.of(2026, 1, 5), null, null, null)))
                .isInstanceOfSatisfying(
                        AccessDeniedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.access.unit"));
        assertThatThrownBy(() -> ax.run(
                        OFFICER_QUY_HOP,
                        RECORDED_AT,
                        () -> new RecordAccountStepCommand(
                                person.id(),
                                QUY_HOP,
                                AccountStep.OPEN,
                                LocalDate.of(2026, 1, 5),
                                vn.ansinh.account.domain.BankCode.of("VBSP"),
                                vn.ansinh.account.domain.AccountNumber.of("0123456789"),
                                null)))
                .isInstanceOfSatisfying(
                        AccessDeniedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.access.unit"));

        assertThat(ax.account(person)).isNull();
        Map<String, Object> denial = ax.fx.jdbc().latestAudit("account.step");
        assertThat(denial.get("outcome")).isEqualTo("DENIED");
        assertThat(denial.get("actor")).isEqualTo("officer.quyhop");
    }

    @Test
    void anAuditorMayReadButNeverRecordAStep() {
        Person person = ax.person(TUAN_GIAO, "Lường Văn Pấng", 1960, Sex.MALE);

        assertThatThrownBy(() -> ax.run(
                        AUDITOR_DIEN_BIEN,
                        RECORDED_AT,
                        () -> new RecordAccountStepCommand(
                                person.id(),
                                TUAN_GIAO,
                                AccountStep.OPEN,
                                LocalDate.of(2026, 1, 5),
                                vn.ansinh.account.domain.BankCode.of("VBSP"),
                                vn.ansinh.account.domain.AccountNumber.of("0123456789"),
                                null)))
                .isInstanceOfSatisfying(
                        AccessDeniedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.access.role"));

        assertThat(ax.account(person)).isNull();
        assertThat(ax.fx.jdbc().latestAudit("account.step"))
                .containsEntry("outcome", "DENIED")
                .containsEntry("actor", "auditor.dienbien");
    }

    @Test
    void theEventTableHoldsTheStepDatesThatTheMonthEndStatusIsReadFrom() {
        Person person = ax.person(TUAN_GIAO, "Tòng Thị Phin", 1955, Sex.FEMALE);
        ax.step(person, AccountStep.OPEN, "20/01/2026");
        ax.step(person, AccountStep.CLOSE, "15/02/2026");

        assertThat(ax.fx.jdbc()
                        .row(
                                "select to_status from ss_account_event where person_id = ? and happened_on <= ? "
                                        + "order by happened_on desc, id desc limit 1",
                                person.id(),
                                Date.valueOf("2026-01-31")))
                .containsEntry("to_status", "HAS_ACCOUNT");
        assertThat(ax.fx.jdbc().row("select status, last_step_on from ss_account where person_id = ?", person.id()))
                .containsEntry("status", "CLOSED")
                .containsEntry("last_step_on", Date.valueOf("2026-02-15"));
    }

    private List<AccountEvent> events(Person person) {
        ax.fx.em().clear();
        return ax.fx.em()
                .createQuery(
                        "select e from AccountEvent e where e.personId = :p order by e.happenedOn, e.id",
                        AccountEvent.class)
                .setParameter("p", person.id())
                .getResultList();
    }
}
