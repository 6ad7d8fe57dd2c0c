package vn.ansinh.shared.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AdminUnitCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"VN", "11", "096", "03253", " 17035 "})
    void acceptsTheCountryProvincesDistrictsAndCommunes(String code) {
        assertThat(AdminUnitCode.of(code).value()).isEqualTo(code.trim());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1", "1234", "123456", "vn", "X3253", "03 253"})
    void refusesAnythingElseWithAMessageInVietnamese(String code) {
        assertThatThrownBy(() -> AdminUnitCode.of(code))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Mã đơn vị hành chính không hợp lệ");
    }

    @Test
    void theCountryIsNational() {
        assertThat(AdminUnitCode.NATIONAL.isNational()).isTrue();
        assertThat(AdminUnitCode.of("11").isNational()).isFalse();
    }
}
