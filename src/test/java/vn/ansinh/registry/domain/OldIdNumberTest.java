package vn.ansinh.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.ansinh.shared.kernel.InvalidValueException;

class OldIdNumberTest {

    @Test
    void nineDigitsAreKeptWithoutSpaces() {
        assertThat(OldIdNumber.of(" 012 345 678 ").value()).isEqualTo("012345678");
        assertThat(OldIdNumber.of("012 345 678")).isEqualTo(OldIdNumber.of("012345678"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"01234567", "0123456789", "001048000123", "01234567A", "012-345-678"})
    void anythingButNineDigitsIsRefused(String typed) {
        assertThatThrownBy(() -> OldIdNumber.of(typed))
                .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("person.error.oldIdNumber.format"));
    }

    @Test
    void theMaskedFormShowsOnlyTheLastThreeDigitsAndIsTheStringForm() {
        assertThat(OldIdNumber.of("012345678").masked()).isEqualTo("******678");
        assertThat(OldIdNumber.of("012345678")).hasToString("******678");
    }
}
