package vn.ansinh.admin.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.ansinh.shared.kernel.BusinessRuleException;

class SettingKeyTest {

    @Test
    void aNumberInRangeIsNormalised() {
        assertThat(SettingKey.RECORD_REVIEW_MONTHS.validate(" 024 ")).isEqualTo("24");
    }

    @Test
    void aNumberOutOfRangeNamesTheRange() {
        assertThatThrownBy(() -> SettingKey.RECORD_REVIEW_MONTHS.validate("61"))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("setting.error.range");
                    assertThat(e.arguments()).containsExactly(1, 60);
                });
    }

    @Test
    void wordsWhereANumberIsExpectedAreRefused() {
        assertThatThrownBy(() -> SettingKey.UPLOAD_MAX_MEGABYTES.validate("mười"))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("setting.error.integer"));
    }

    @Test
    void textIsTrimmedAndKeptExactlyAsWritten() {
        assertThat(SettingKey.ORGANISATION_NAME.validate("  Sở Y tế tỉnh Điện Biên "))
                .isEqualTo("Sở Y tế tỉnh Điện Biên");
    }

    @Test
    void emptyOrOverlongTextIsRefused() {
        assertThatThrownBy(() -> SettingKey.SUPPORT_CONTACT.validate("  ")).isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> SettingKey.SUPPORT_CONTACT.validate("x".repeat(201)))
                .isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> SettingKey.SUPPORT_CONTACT.validate(null)).isInstanceOf(BusinessRuleException.class);
    }
}
