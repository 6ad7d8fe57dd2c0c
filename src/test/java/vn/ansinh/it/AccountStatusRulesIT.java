package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.ansinh.account.domain.AccountStatus;

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
}
