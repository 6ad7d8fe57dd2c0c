package vn.ansinh.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.ansinh.shared.kernel.InvalidValueException;

class EthnicityTest {

    @Test
    void thereAreExactly54EthnicGroups() {
        assertThat(Ethnicity.values()).hasSize(54);
    }

    @Test
    void theCodesAre01To54UniqueAndInTheOrderOfTheList() {
        assertThat(Arrays.stream(Ethnicity.values()).map(Ethnicity::code).distinct())
                .hasSize(54);
        for (Ethnicity e : Ethnicity.values()) {
            assertThat(e.code()).as(e.name()).isEqualTo("%02d".formatted(e.ordinal() + 1));
        }
    }

    @ParameterizedTest
    @CsvSource({
        "01, KINH, Kinh",
        "04, HOA, Hoa",
        "05, KHMER, Khmer",
        "06, MUONG, Mường",
        "08, MONG, Mông",
        "11, NGAI, Ngái",
        "12, E_DE, Ê Đê",
        "23, BRU_VAN_KIEU, Bru-Vân Kiều",
        "47, CO_LAO, Cơ Lao",
        "54, RO_MAM, Rơ Măm"
    })
    void theCodesAndNamesFollowTheStatisticsOfficeList(String code, Ethnicity ethnicity, String name) {
        assertThat(ethnicity.code()).isEqualTo(code);
        assertThat(ethnicity.vietnameseName()).isEqualTo(name);
    }

    @Test
    void theNamesAreUniqueAndWrittenInComposedUnicode() {
        assertThat(Arrays.stream(Ethnicity.values())
                        .map(Ethnicity::vietnameseName)
                        .distinct())
                .hasSize(54);
        for (Ethnicity e : Ethnicity.values()) {
            assertThat(Normalizer.isNormalized(e.vietnameseName(), Normalizer.Form.NFC))
                    .as(e.name())
                    .isTrue();
        }
    }

    @Test
    void aCodeIsFoundWithOrWithoutItsLeadingZero() {
        assertThat(Ethnicity.fromCode("01")).isEqualTo(Ethnicity.KINH);
        assertThat(Ethnicity.fromCode("1")).isEqualTo(Ethnicity.KINH);
        assertThat(Ethnicity.fromCode(" 54 ")).isEqualTo(Ethnicity.RO_MAM);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"00", "55", "001", "Kinh", "1a"})
    void anUnknownCodeIsRefused(String code) {
        assertThatThrownBy(() -> Ethnicity.fromCode(code)).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("person.error.ethnicity.code");
            assertThat(e.arguments()).containsExactly(code == null ? "" : code.strip());
        });
    }

    @Test
    void everyGroupIsFoundByItsOwnName() {
        for (Ethnicity e : Ethnicity.values()) {
            assertThat(Ethnicity.fromName(e.vietnameseName())).as(e.name()).contains(e);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "Ê-đê, E_DE",
        "e de, E_DE",
        "H'Mông, MONG",
        "HMông, MONG",
        "Khơ-me, KHMER",
        "KINH, KINH",
        "Bru Vân Kiều, BRU_VAN_KIEU",
        "Cờ Lao, CO_LAO",
        "Giẻ Triêng, GIE_TRIENG",
        "Ra-glai, RA_GLAI"
    })
    void aNameIsFoundWhateverItsSpellingOfCaseDiacriticsAndHyphens(String name, Ethnicity expected) {
        assertThat(Ethnicity.fromName(name)).contains(expected);
    }

    @Test
    void anUnknownNameIsNotFound() {
        assertThat(Ethnicity.fromName("Sao Hỏa")).isEmpty();
        assertThat(Ethnicity.fromName(null)).isEmpty();
        assertThat(Ethnicity.fromName("")).isEmpty();
    }
}
