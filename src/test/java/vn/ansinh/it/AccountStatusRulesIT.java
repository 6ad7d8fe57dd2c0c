package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.ansinh.account.domain.AccountStatus;
import vn.ansinh.account.domain.AccountStep;
import vn.ansinh.payment.channel.application.CashFallback;

/**
 * The account-status rules the SQL embeds are the enum's own: for each rule the SQL set generated from the
 * predicate selects, on the real database, exactly the statuses the Java predicate accepts, every status
 * being a fixture ({@link StatusSetParity}).
 */
class AccountStatusRulesIT {

    @Test
    void project06CountsWithAnAccountAndRegisteredAsJavaDoes() {
        assertThat(StatusSetParity.sql(
                        AccountStatus.class, "s.status IN (" + AccountStatus.sqlSet(AccountStatus::holdsAccount) + ")"))
                .isEqualTo(StatusSetParity.java(AccountStatus.class, AccountStatus::holdsAccount))
                .containsExactlyInAnyOrder(
                        AccountStatus.HAS_ACCOUNT,
                        AccountStatus.REGISTERED,
                        AccountStatus.VERIFIED,
                        AccountStatus.PAID_VIA_ACCOUNT);
        assertThat(StatusSetParity.sql(
                        AccountStatus.class, "s.status IN (" + AccountStatus.sqlSet(AccountStatus::isRegistered) + ")"))
                .isEqualTo(StatusSetParity.java(AccountStatus.class, AccountStatus::isRegistered))
                .containsExactlyInAnyOrder(
                        AccountStatus.REGISTERED, AccountStatus.VERIFIED, AccountStatus.PAID_VIA_ACCOUNT);
    }

    @Test
    void thePayrollPaysByTransferAndFallsBackToCashOnTheSameStatusesAsJava() {
        assertThat(StatusSetParity.sql(
                        AccountStatus.class,
                        "s.status IN (" + AccountStatus.sqlSet(AccountStatus::acceptsTransfers) + ")"))
                .isEqualTo(StatusSetParity.java(AccountStatus.class, AccountStatus::acceptsTransfers))
                .containsExactlyInAnyOrder(AccountStatus.VERIFIED, AccountStatus.PAID_VIA_ACCOUNT);
        assertThat(StatusSetParity.sql(AccountStatus.class, "s.status IN (" + CashFallback.CASH_ACCOUNT_STATUSES + ")"))
                .isEqualTo(StatusSetParity.java(AccountStatus.class, AccountStatus::forcesCash))
                .containsExactlyInAnyOrder(AccountStatus.CLOSED, AccountStatus.FAILED, AccountStatus.CASH_FALLBACK);
        assertThat(StatusSetParity.java(AccountStatus.class, s -> s.acceptsTransfers() && s.forcesCash()))
                .as("no status both accepts transfers and forces cash")
                .isEmpty();
    }

    @Test
    void theStatusesABankResultMovesAreTheAccountsOwnLegalSteps() {
        for (AccountStep step : AccountStep.values()) {
            assertThat(StatusSetParity.sql(
                            AccountStatus.class, "s.status IN (" + AccountStatus.sqlSet(s -> s.allows(step)) + ")"))
                    .as(step + " allowed from")
                    .isEqualTo(StatusSetParity.java(AccountStatus.class, s -> s.allows(step)));
        }
        assertThat(StatusSetParity.sql(
                        AccountStatus.class,
                        "s.status IN (" + AccountStatus.sqlSet(s -> s.movedBy(AccountStep.FAIL)) + ")"))
                .as("a failed transfer fails only an account the table lets fail")
                .isEqualTo(StatusSetParity.java(AccountStatus.class, s -> s.movedBy(AccountStep.FAIL)))
                .containsExactlyInAnyOrder(
                        AccountStatus.REGISTERED, AccountStatus.VERIFIED, AccountStatus.PAID_VIA_ACCOUNT);
        assertThat(StatusSetParity.sql(
                        AccountStatus.class,
                        "s.status IN (" + AccountStatus.sqlSet(s -> s.movedBy(AccountStep.PAY)) + ")"))
                .as("a paid transfer moves a verified account; one paid before stays as it is")
                .isEqualTo(StatusSetParity.java(AccountStatus.class, s -> s.movedBy(AccountStep.PAY)))
                .containsExactly(AccountStatus.VERIFIED);
    }
}
