package vn.ansinh.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.ansinh.shared.kernel.InvalidValueException;

class SexTest {

    @Test
    void eachSexHasItsOwnLabelKey() {
        assertThat(Sex.MALE.labelKey()).isEqualTo("person.sex.MALE");
        assertThat(Sex.FEMALE.labelKey()).isEqualTo("person.sex.FEMALE");
    }

    @Test
    void theVietnameseWordsAreReadWhateverTheCaseAndDiacritics() {
        assertThat(Sex.fromVietnamese("Nam")).isEqualTo(Sex.MALE);
        assertThat(Sex.fromVietnamese(" NAM ")).isEqualTo(Sex.MALE);
        assertThat(Sex.fromVietnamese("Nữ")).isEqualTo(Sex.FEMALE);
        assertThat(Sex.fromVietnamese("nu")).isEqualTo(Sex.FEMALE);
        assertThat(Sex.fromVietnamese("NỮ")).isEqualTo(Sex.FEMALE);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"M", "Male", "Nam giới", "x"})
    void anythingElseIsRefused(String text) {
        assertThatThrownBy(() -> Sex.fromVietnamese(text))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("person.error.sex");
    }
}
