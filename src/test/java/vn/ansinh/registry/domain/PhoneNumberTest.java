package vn.ansinh.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.ansinh.shared.kernel.InvalidValueException;

class PhoneNumberTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0912 345 678",
                "0912345678",
                "+84912345678",
                "84912345678",
                "+84 912 345 678",
                "0912.345.678",
                "0912-345-678",
                "+84 (0) 912 345 678"
            })
    void everyCommonWayOfWritingAMobileNumberGivesTheDomesticForm(String typed) {
        assertThat(PhoneNumber.of(typed).value()).isEqualTo("0912345678");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0321234567", "0521234567", "0761234567", "0881234567", "0987654321"})
    void mobileNumbersBeginWith03To09ButNot04Or06(String typed) {
        PhoneNumber phone = PhoneNumber.of(typed);

        assertThat(phone.value()).isEqualTo(typed);
        assertThat(phone.isMobile()).isTrue();
    }

    @Test
    void aLandlineBeginsWith02AndHasTenOrElevenDigits() {
        assertThat(PhoneNumber.of("024 3825 3000").value()).isEqualTo("02438253000");
        assertThat(PhoneNumber.of("+84 24 3825 3000").value()).isEqualTo("02438253000");
        assertThat(PhoneNumber.of("0212345678").value()).isEqualTo("0212345678");
        assertThat(PhoneNumber.of("02438253000").isMobile()).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "01234567890",
                "0412345678",
                "0612345678",
                "091234567",
                "09123456789",
                "0212345",
                "024123456789",
                "+1 202 555 0100",
                "0912a45678",
                "912345678",
                "8491234567"
            })
    void otherNumbersAreRefused(String typed) {
        assertThatThrownBy(() -> PhoneNumber.of(typed))
                .as(typed)
                .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("person.error.phone.format"));
    }

    @Test
    void theInternationalFormReplacesTheLeadingZeroWithTheCountryCode() {
        assertThat(PhoneNumber.of("0912 345 678").international()).isEqualTo("+84912345678");
        assertThat(PhoneNumber.of("0912 345 678")).hasToString("0912345678");
    }
}
