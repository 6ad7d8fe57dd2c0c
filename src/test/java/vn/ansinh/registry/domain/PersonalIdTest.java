package vn.ansinh.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.ansinh.shared.kernel.InvalidValueException;

class PersonalIdTest {

    /** Hà Nội, a man born in 1948. */
    private static final String MAN_1948 = "001048000123";
    /** TP. Hồ Chí Minh, a woman born in 2005. */
    private static final String WOMAN_2005 = "079305123456";

    @Test
    void twelveDigitsAreKeptWithoutTheSpacesTypedBetweenThem() {
        assertThat(PersonalId.of(" 001 048 000 123 ").value()).isEqualTo(MAN_1948);
        assertThat(PersonalId.of("001 048 000 123")).isEqualTo(PersonalId.of(MAN_1948));
    }

    @ParameterizedTest
    @CsvSource({"00104800012, 11", "0010480001234, 13", "001, 3"})
    void aNumberWithoutTwelveDigitsIsRefusedWithTheCountOfDigitsTyped(String typed, int count) {
        InvalidValueException e = catchThrowableOfType(() -> PersonalId.of(typed), InvalidValueException.class);

        assertThat(e.messageKey()).isEqualTo("person.error.personalId.length");
        assertThat(e.arguments()).containsExactly(count);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "   ")
    void nothingTypedIsRefusedAsZeroDigits(String typed) {
        InvalidValueException e = catchThrowableOfType(() -> PersonalId.of(typed), InvalidValueException.class);

        assertThat(e.messageKey()).isEqualTo("person.error.personalId.length");
        assertThat(e.arguments()).containsExactly(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"00104800012A", "001-048-000123", "O01048000123", "００１０４８０００１２３"})
    void lettersSymbolsAndFullWidthDigitsAreRefused(String typed) {
        assertThatThrownBy(() -> PersonalId.of(typed))
                .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("person.error.personalId.digits"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"000048000123", "003048000123", "097048000123", "100048000123", "999048000123"})
    void theFirstThreeDigitsMustBeTheCodeOfABirthRegistrationProvince(String typed) {
        InvalidValueException e = catchThrowableOfType(() -> PersonalId.of(typed), InvalidValueException.class);

        assertThat(e.messageKey()).isEqualTo("person.error.personalId.province");
        assertThat(e.arguments()).containsExactly(typed.substring(0, 3));
    }

    @Test
    void theFirstAndLastProvincesOfTheListAreAccepted() {
        assertThat(PersonalId.of("001048000123").birthRegistrationProvinceCode())
                .isEqualTo("001");
        assertThat(PersonalId.of("096048000123").birthRegistrationProvinceCode())
                .isEqualTo("096");
    }

    @Test
    void theProvinceCodesAreThoseOfThe63ProvincesOfThePre2025StatisticsList() throws IOException {
        Set<String> listed = new TreeSet<>();
        String table = "";
        Pattern insert = Pattern.compile("INSERT INTO (\\w+)");
        Pattern row = Pattern.compile("^\\('(\\d{2})',");
        for (String line : Files.readAllLines(Path.of("src/main/resources/db/migration/V3__admin_unit_sources.sql"))) {
            Matcher m = insert.matcher(line);
            if (m.find()) {
                table = m.group(1);
            }
            Matcher r = row.matcher(line);
            if (table.equals("au_src_pre2025_provinces") && r.find()) {
                listed.add("0" + r.group(1));
            }
        }

        assertThat(listed).hasSize(63);
        assertThat(BirthRegistrationProvinces.CODES).containsExactlyInAnyOrderElementsOf(listed);
    }

    @ParameterizedTest
    @CsvSource({
        "0, 1900, MALE",
        "1, 1900, FEMALE",
        "2, 2000, MALE",
        "3, 2000, FEMALE",
        "4, 2100, MALE",
        "5, 2100, FEMALE",
        "6, 2200, MALE",
        "7, 2200, FEMALE",
        "8, 2300, MALE",
        "9, 2300, FEMALE"
    })
    void theFourthDigitGivesTheCenturyAndTheSex(char digit, int century, Sex sex) {
        PersonalId id = PersonalId.of("001" + digit + "48000123");

        assertThat(id.century()).isEqualTo(century);
        assertThat(id.sex()).isEqualTo(sex);
    }

    @Test
    void digitsFiveAndSixAreTheEndOfTheYearOfBirth() {
        assertThat(PersonalId.of(MAN_1948).birthYearDigits()).isEqualTo("48");
        assertThat(PersonalId.of(MAN_1948).birthYear()).isEqualTo(1948);
        assertThat(PersonalId.of(WOMAN_2005).birthYearDigits()).isEqualTo("05");
        assertThat(PersonalId.of(WOMAN_2005).birthYear()).isEqualTo(2005);
    }

    @Test
    void onlyTheEncodedYearOfBirthIsPossible() {
        PersonalId id = PersonalId.of(MAN_1948);

        assertThat(id.birthYearPossible(1948)).isTrue();
        assertThat(id.birthYearPossible(1949)).isFalse();
        assertThat(id.birthYearPossible(2048)).isFalse();
    }

    @Test
    void aPersonWhoseSexAndBirthAgreeWithTheNumberHasNoProblem() {
        assertThat(PersonalId.of(MAN_1948).checkAgainst(Sex.MALE, PartialDate.of(1948, 3, 15)))
                .isEmpty();
        assertThat(PersonalId.of(WOMAN_2005).checkAgainst(Sex.FEMALE, PartialDate.of(2005)))
                .isEmpty();
    }

    @Test
    void aSexThatDisagreesWithTheFourthDigitIsReported() {
        assertThat(PersonalId.of(MAN_1948).checkAgainst(Sex.FEMALE, PartialDate.of(1948)))
                .containsExactly("person.error.personalId.sexMismatch");
    }

    @Test
    void aYearOfBirthThatDisagreesWithTheYearDigitsIsReported() {
        assertThat(PersonalId.of(MAN_1948).checkAgainst(Sex.MALE, PartialDate.of(1949)))
                .containsExactly("person.error.personalId.birthYearMismatch");
    }

    @Test
    void aYearOfBirthInAnotherCenturyIsReported() {
        assertThat(PersonalId.of(WOMAN_2005).checkAgainst(Sex.FEMALE, PartialDate.of(1905)))
                .containsExactly("person.error.personalId.birthYearMismatch");
    }

    @Test
    void bothDisagreementsAreReportedTogether() {
        assertThat(PersonalId.of(MAN_1948).checkAgainst(Sex.FEMALE, PartialDate.of(1950)))
                .containsExactly("person.error.personalId.sexMismatch", "person.error.personalId.birthYearMismatch");
    }

    @Test
    void anUnknownSexOrDateOfBirthIsNotChecked() {
        assertThat(PersonalId.of(MAN_1948).checkAgainst(null, null)).isEmpty();
        assertThat(PersonalId.of(MAN_1948).checkAgainst(null, PartialDate.of(1950)))
                .containsExactly("person.error.personalId.birthYearMismatch");
    }

    @Test
    void theMaskedFormKeepsTheFirstAndLastThreeDigits() {
        assertThat(PersonalId.of(MAN_1948).masked()).isEqualTo("001******123");
    }

    @Test
    void toStringIsMaskedSoTheNumberDoesNotLeakIntoLogs() {
        assertThat(PersonalId.of(MAN_1948)).hasToString("001******123");
        assertThat(PersonalId.of(MAN_1948).value()).isEqualTo(MAN_1948);
    }
}
