package vn.ansinh.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.InvalidValueException;

class HouseholdCodeTest {

    @Test
    void aCodeIsTheCommuneAndASixDigitNumber() {
        assertThat(HouseholdCode.of(AdminUnitCode.of("03253"), 127).value()).isEqualTo("03253-000127");
    }

    @Test
    void anythingElseIsRefused() {
        assertThatThrownBy(() -> new HouseholdCode("3253-127")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void wardsAreUrbanAndCommunesRural() {
        assertThat(Area.ofUnitKind("Phường")).isEqualTo(Area.URBAN);
        assertThat(Area.ofUnitKind("Xã")).isEqualTo(Area.RURAL);
        assertThat(Area.ofUnitKind("Đặc khu")).isEqualTo(Area.RURAL);
    }
}
