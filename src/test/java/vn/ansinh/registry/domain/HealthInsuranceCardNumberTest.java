package vn.ansinh.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.ansinh.shared.kernel.InvalidValueException;

class HealthInsuranceCardNumberTest {

    /** A monthly social-allowance beneficiary (BT), benefit level 2, card issued in Hà Nội. */
    private static final String CARD = "BT2010123456789";

    @Test
    void aCodeTypedInLowerCaseWithSpacesIsNormalised() {
        assertThat(HealthInsuranceCardNumber.of(" bt 2 01 0123456789 ").value()).isEqualTo(CARD);
    }

    @Test
    void theCodeIsSplitIntoItsFourParts() {
        HealthInsuranceCardNumber card = HealthInsuranceCardNumber.of(CARD);

        assertThat(card.groupCode()).isEqualTo("BT");
        assertThat(card.benefitLevel()).isEqualTo(2);
        assertThat(card.provinceCode()).isEqualTo("01");
        assertThat(card.socialInsuranceNumber()).isEqualTo("0123456789");
        assertThat(card).hasToString(CARD);
    }

    @ParameterizedTest
    @ValueSource(strings = {"CC", "TS", "TC", "BT", "HN", "CN", "TE", "DT", "DN", "HT", "GD", "HS"})
    void theGroupsOfSocialProtectionAndTheCommonGroupsAreKnown(String group) {
        assertThat(HealthInsuranceCardNumber.of(group + "2010123456789").groupCode())
                .isEqualTo(group);
    }

    @Test
    void everyKnownGroupIsTwoCapitalLetters() {
        assertThat(HealthInsuranceCardNumber.GROUP_CODES).hasSize(44).allMatch(code -> code.matches("[A-Z]{2}"));
    }

    @ParameterizedTest
    @CsvSource({"BT201012345678, 14", "BT20101234567890, 16", "'', 0", "'   ', 0"})
    void aCodeWithoutFifteenCharactersIsRefusedWithTheCountTyped(String typed, int count) {
        InvalidValueException e =
                catchThrowableOfType(() -> HealthInsuranceCardNumber.of(typed), InvalidValueException.class);

        assertThat(e.messageKey()).isEqualTo("person.error.healthInsurance.length");
        assertThat(e.arguments()).containsExactly(count);
    }

    @Test
    void nullIsRefusedLikeAnEmptyCode() {
        assertThatThrownBy(() -> HealthInsuranceCardNumber.of(null)).isInstanceOf(InvalidValueException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ZZ2010123456789", "122010123456789", "XV2010123456789"})
    void anUnknownGroupIsRefusedNamingIt(String typed) {
        InvalidValueException e =
                catchThrowableOfType(() -> HealthInsuranceCardNumber.of(typed), InvalidValueException.class);

        assertThat(e.messageKey()).isEqualTo("person.error.healthInsurance.group");
        assertThat(e.arguments()).containsExactly(typed.substring(0, 2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"BT0010123456789", "BT6010123456789", "BTA010123456789"})
    void aBenefitLevelOutsideOneToFiveIsRefused(String typed) {
        assertThatThrownBy(() -> HealthInsuranceCardNumber.of(typed))
                .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("person.error.healthInsurance.level"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"BT2A10123456789", "BT201012345678X", "BT2010123-56789"})
    void lettersOrSymbolsInTheProvinceOrTheSocialInsuranceNumberAreRefused(String typed) {
        assertThatThrownBy(() -> HealthInsuranceCardNumber.of(typed))
                .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("person.error.healthInsurance.digits"));
    }

    @Test
    void theSameSocialInsuranceNumberSurvivesAChangeOfGroup() {
        assertThat(HealthInsuranceCardNumber.of("HN2010123456789").socialInsuranceNumber())
                .isEqualTo(HealthInsuranceCardNumber.of(CARD).socialInsuranceNumber());
    }
}
