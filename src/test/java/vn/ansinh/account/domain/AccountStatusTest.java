package vn.ansinh.account.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ansinh.account.domain.AccountStatus.CASH_FALLBACK;
import static vn.ansinh.account.domain.AccountStatus.CLOSED;
import static vn.ansinh.account.domain.AccountStatus.FAILED;
import static vn.ansinh.account.domain.AccountStatus.HAS_ACCOUNT;
import static vn.ansinh.account.domain.AccountStatus.NONE;
import static vn.ansinh.account.domain.AccountStatus.PAID_VIA_ACCOUNT;
import static vn.ansinh.account.domain.AccountStatus.REGISTERED;
import static vn.ansinh.account.domain.AccountStatus.VERIFIED;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.ansinh.shared.command.Label;

/**
 * Every step from every status: allowed where the table below (the specification, written apart
 * from {@link AccountStatus}) says, refused otherwise with a message naming the step and the status.
 */
class AccountStatusTest {

    private record Edge(UnaryOperator<AccountStatus> method, Set<AccountStatus> from, AccountStatus to) {}

    private static final Map<AccountStep, Edge> EXPECTED = Map.of(
            AccountStep.OPEN,
                    new Edge(AccountStatus::open, EnumSet.of(NONE, CLOSED, FAILED, CASH_FALLBACK), HAS_ACCOUNT),
            AccountStep.REGISTER, new Edge(AccountStatus::register, EnumSet.of(HAS_ACCOUNT), REGISTERED),
            AccountStep.VERIFY, new Edge(AccountStatus::verify, EnumSet.of(REGISTERED), VERIFIED),
            AccountStep.PAY, new Edge(AccountStatus::pay, EnumSet.of(VERIFIED, PAID_VIA_ACCOUNT), PAID_VIA_ACCOUNT),
            AccountStep.CLOSE,
                    new Edge(
                            AccountStatus::close,
                            EnumSet.of(HAS_ACCOUNT, REGISTERED, VERIFIED, PAID_VIA_ACCOUNT, FAILED),
                            CLOSED),
            AccountStep.FAIL, new Edge(AccountStatus::fail, EnumSet.of(REGISTERED, VERIFIED, PAID_VIA_ACCOUNT), FAILED),
            AccountStep.FALL_BACK_TO_CASH,
                    new Edge(AccountStatus::fallBackToCash, EnumSet.of(CLOSED, FAILED), CASH_FALLBACK));

    static Stream<Arguments> everyStepFromEveryStatus() {
        List<Arguments> all = new ArrayList<>();
        for (AccountStep step : AccountStep.values()) {
            for (AccountStatus from : AccountStatus.values()) {
                all.add(Arguments.of(step, from));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} from {1}")
    @MethodSource("everyStepFromEveryStatus")
    void aStepIsAllowedExactlyFromTheStatusesTheTableNames(AccountStep step, AccountStatus from) {
        Edge edge = EXPECTED.get(step);
        assertThat(from.allows(step)).isEqualTo(edge.from().contains(from));
        if (edge.from().contains(from)) {
            assertThat(edge.method().apply(from)).isEqualTo(edge.to());
            assertThat(from.after(step)).isEqualTo(edge.to());
        } else {
            assertThatThrownBy(() -> edge.method().apply(from)).isInstanceOfSatisfying(AccountException.class, e -> {
                assertThat(e.messageKey()).isEqualTo("account.error.transition");
                assertThat(e.arguments()).containsExactly(new Label(step.labelKey()), new Label(from.labelKey()));
            });
        }
    }

    @Test
    void theTableCoversEveryStepAndEachStepLeadsToItsOwnStatus() {
        assertThat(EXPECTED.keySet()).containsExactlyInAnyOrder(AccountStep.values());
        EXPECTED.forEach((step, edge) -> assertThat(step.target()).isEqualTo(edge.to()));
        assertThat(Stream.of(AccountStep.values())
                        .map(AccountStep::target)
                        .distinct()
                        .count())
                .isEqualTo(AccountStep.values().length);
    }

    @Test
    void project06CountsOpenAccountsAndRegistrationsButNotClosedFailedOrCash() {
        assertThat(EnumSet.allOf(AccountStatus.class).stream().filter(AccountStatus::holdsAccount))
                .containsExactlyInAnyOrder(HAS_ACCOUNT, REGISTERED, VERIFIED, PAID_VIA_ACCOUNT);
        assertThat(EnumSet.allOf(AccountStatus.class).stream().filter(AccountStatus::isRegistered))
                .containsExactlyInAnyOrder(REGISTERED, VERIFIED, PAID_VIA_ACCOUNT);
        assertThat(EnumSet.allOf(AccountStatus.class).stream().filter(AccountStatus::acceptsTransfers))
                .containsExactlyInAnyOrder(VERIFIED, PAID_VIA_ACCOUNT);
    }

    @Test
    void aFileNamesItsEventsInVietnameseCodesOrEnglishNamesWithOrWithoutDiacritics() {
        assertThat(AccountStep.ofImportCode("MO_TAI_KHOAN")).contains(AccountStep.OPEN);
        assertThat(AccountStep.ofImportCode("Mở tài khoản")).contains(AccountStep.OPEN);
        assertThat(AccountStep.ofImportCode(" dang_ky_nhan ")).contains(AccountStep.REGISTER);
        assertThat(AccountStep.ofImportCode("Xác thực")).contains(AccountStep.VERIFY);
        assertThat(AccountStep.ofImportCode("Đóng")).contains(AccountStep.CLOSE);
        assertThat(AccountStep.ofImportCode("LOI")).contains(AccountStep.FAIL);
        assertThat(AccountStep.ofImportCode("register")).contains(AccountStep.REGISTER);
        assertThat(AccountStep.ofImportCode("PAY"))
                .as("payments come from payrolls, not files")
                .isEmpty();
        assertThat(AccountStep.ofImportCode("FALL_BACK_TO_CASH")).isEmpty();
        assertThat(AccountStep.ofImportCode("MO TAI")).isEmpty();
        assertThat(AccountStep.ofImportCode("")).isEmpty();
    }
}
