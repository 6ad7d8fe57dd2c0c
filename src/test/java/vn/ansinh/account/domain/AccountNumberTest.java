package vn.ansinh.account.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.ansinh.shared.kernel.InvalidValueException;

/** Account numbers and bank codes refuse what a bank would not pay into, with a message. */
class AccountNumberTest {

    @Test
    void digitsAreKeptExactlyWithLeadingZerosAndSurroundingSpacesDropped() {
        assertThat(AccountNumber.of(" 0012345678 ").value()).isEqualTo("0012345678");
        assertThat(AccountNumber.of("123456").value()).isEqualTo("123456");
        assertThat(AccountNumber.of("12345678901234567890").value()).hasSize(20);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0123 456 789", "0123-456-789", "0123.456.789", "12345A789", "１２３４５６７"})
    void anythingButAsciiDigitsIsRefused(String text) {
        assertThatThrownBy(() -> AccountNumber.of(text))
                .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.error.number.digits"));
    }

    @Test
    void tooShortAndTooLongAreRefusedWithTheLimitsAndTheLength() {
        assertThatThrownBy(() -> AccountNumber.of("12345")).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("account.error.number.length");
            assertThat(e.arguments()).containsExactly(6, 20, 5);
        });
        assertThatThrownBy(() -> AccountNumber.of("123456789012345678901"))
                .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        e -> assertThat(e.arguments()).containsExactly(6, 20, 21));
    }

    @Test
    void aBlankNumberIsRequired() {
        assertThatThrownBy(() -> AccountNumber.of("  "))
                .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.error.number.required"));
        assertThatThrownBy(() -> AccountNumber.of(null)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void theNumberIsMaskedInLogs() {
        assertThat(AccountNumber.of("0123456789")).hasToString("******6789");
    }

    @Test
    void bankCodesAreCapitalisedAndRefuseOtherCharacters() {
        assertThat(BankCode.of(" agribank ").value()).isEqualTo("AGRIBANK");
        assertThatThrownBy(() -> BankCode.of("Ngân hàng"))
                .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.error.bank.format"));
        assertThatThrownBy(() -> BankCode.of(""))
                .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.error.bank.required"));
    }
}
