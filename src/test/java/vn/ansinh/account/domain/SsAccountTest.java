package vn.ansinh.account.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.ansinh.shared.kernel.AdminUnitCode;

/** An account's steps set their dates, return their events and keep the history in date order. */
class SsAccountTest {

    private static final StepRecord BY_OFFICER =
            new StepRecord("officer.tuangiao", Instant.parse("2026-03-02T03:00:00Z"), AccountEventSource.MANUAL, null);
    private static final LocalDate JAN_5 = LocalDate.of(2026, 1, 5);

    private final SsAccount account = SsAccount.none(42L, AdminUnitCode.of("03253"), AdminUnitCode.of("11"));

    @Test
    void openingRegisteringVerifyingAndAPaymentEachSetTheirDateAndReturnTheirEvent() {
        AccountEvent opened = account.open(BankCode.of("VBSP"), AccountNumber.of("0123456789"), JAN_5, BY_OFFICER);
        AccountEvent registered = account.register(JAN_5.plusDays(7), BY_OFFICER);
        account.verify(JAN_5.plusDays(10), BY_OFFICER);
        assertThat(account.isPayableByTransfer()).isTrue();
        AccountEvent paid = account.recordPayment(LocalDate.of(2026, 2, 10), BY_OFFICER);
        account.recordPayment(LocalDate.of(2026, 3, 10), BY_OFFICER);

        assertThat(opened.fromStatus()).isEqualTo(AccountStatus.NONE);
        assertThat(opened.toStatus()).isEqualTo(AccountStatus.HAS_ACCOUNT);
        assertThat(opened.note()).isEqualTo("VBSP 0123456789");
        assertThat(opened.personId()).isEqualTo(42L);
        assertThat(registered.step()).isEqualTo(AccountStep.REGISTER);
        assertThat(registered.happenedOn()).isEqualTo(LocalDate.of(2026, 1, 12));
        assertThat(paid.source()).isEqualTo(AccountEventSource.MANUAL);
        assertThat(account.status()).isEqualTo(AccountStatus.PAID_VIA_ACCOUNT);
        assertThat(account.openedOn()).isEqualTo(JAN_5);
        assertThat(account.registeredOn()).isEqualTo(LocalDate.of(2026, 1, 12));
        assertThat(account.verifiedOn()).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(account.firstPaidOn()).as("the first payment's date is kept").isEqualTo(LocalDate.of(2026, 2, 10));
        assertThat(account.lastStepOn()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(account.updatedBy()).isEqualTo("officer.tuangiao");
    }

    @Test
    void aRegisteredButUnverifiedAccountIsNotYetPaidByTransfer() {
        account.open(BankCode.of("VBSP"), AccountNumber.of("0123456789"), JAN_5, BY_OFFICER);
        account.register(JAN_5, BY_OFFICER);
        assertThat(account.isPayableByTransfer()).isFalse();
        account.verify(JAN_5, BY_OFFICER);
        account.recordFailure(JAN_5.plusDays(30), BY_OFFICER);
        assertThat(account.isPayableByTransfer())
                .as("a failed account is paid in cash")
                .isFalse();
        assertThat(account.failedOn()).isEqualTo(JAN_5.plusDays(30));
    }

    @Test
    void aStepDatedBeforeTheLastStepIsRefusedAndChangesNothing() {
        account.open(BankCode.of("VBSP"), AccountNumber.of("0123456789"), JAN_5, BY_OFFICER);

        assertThatThrownBy(() -> account.register(JAN_5.minusDays(1), BY_OFFICER))
                .isInstanceOfSatisfying(AccountException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("account.error.date.beforeLastStep");
                    assertThat(e.arguments()).containsExactly("04/01/2026", "05/01/2026");
                });
        assertThat(account.status()).isEqualTo(AccountStatus.HAS_ACCOUNT);
        assertThat(account.registeredOn()).isNull();
    }

    @Test
    void anIllegalStepIsRefusedWhateverItsDate() {
        assertThatThrownBy(() -> account.verify(JAN_5, BY_OFFICER))
                .isInstanceOfSatisfying(
                        AccountException.class, e -> assertThat(e.messageKey()).isEqualTo("account.error.transition"));
        assertThat(account.status()).isEqualTo(AccountStatus.NONE);
        assertThat(account.lastStepOn()).isNull();
    }

    @Test
    void aNewAccountAfterAFailureStartsAFreshCycleWithItsOwnDates() {
        account.open(BankCode.of("VBSP"), AccountNumber.of("0123456789"), JAN_5, BY_OFFICER);
        account.register(JAN_5, BY_OFFICER);
        account.recordFailure(JAN_5.plusDays(40), BY_OFFICER);
        account.fallBackToCash(JAN_5.plusDays(41), BY_OFFICER);

        AccountEvent reopened = account.take(
                AccountStep.OPEN,
                JAN_5.plusDays(60),
                BankCode.of("AGRIBANK"),
                AccountNumber.of("3601205123456"),
                BY_OFFICER);

        assertThat(reopened.fromStatus()).isEqualTo(AccountStatus.CASH_FALLBACK);
        assertThat(account.bankCode().value()).isEqualTo("AGRIBANK");
        assertThat(account.accountNumber().value()).isEqualTo("3601205123456");
        assertThat(account.openedOn()).isEqualTo(JAN_5.plusDays(60));
        assertThat(account.registeredOn()).isNull();
        assertThat(account.failedOn()).isNull();
        assertThat(account.fallbackOn()).isNull();
    }

    @Test
    void openingWithoutABankOrANumberIsRefused() {
        assertThatThrownBy(
                        () -> account.take(AccountStep.OPEN, JAN_5, null, AccountNumber.of("0123456789"), BY_OFFICER))
                .isInstanceOfSatisfying(
                        AccountException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.error.bank.required"));
        assertThatThrownBy(() -> account.take(AccountStep.OPEN, JAN_5, BankCode.of("VBSP"), null, BY_OFFICER))
                .isInstanceOfSatisfying(
                        AccountException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.error.number.required"));
        assertThat(account.status()).isEqualTo(AccountStatus.NONE);
    }
}
