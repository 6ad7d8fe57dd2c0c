package vn.ansinh.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Property tests of the value objects that read what officers type or files carry: the personal ID, the
 * partial date of birth, the name and the health-insurance card number. For any text, and for texts close
 * to valid ones: a typed refusal with a message key in both bundles, or a value that reads back from its
 * written form ({@link ValueObjectOracles}). Tries kept modest so that the suite stays fast.
 */
class ValueObjectPropertiesTest {

    private static final List<String> PROVINCES =
            BirthRegistrationProvinces.CODES.stream().sorted().toList();
    private static final List<String> GROUPS =
            HealthInsuranceCardNumber.GROUP_CODES.stream().sorted().toList();

    // ---- personal ID

    @Property(tries = 300)
    void anyTextIsAPersonalIdOrATypedRefusal(@ForAll("anyText") String text) {
        ValueObjectOracles.personalId(text);
    }

    @Property(tries = 300)
    void aValidPersonalIdReadsBackAndAgreesWithItsSexAndYear(@ForAll("personalIds") String digits) {
        PersonalId id = ValueObjectOracles.personalId(digits);
        assertThat(id).isNotNull();
        assertThat(id.value()).isEqualTo(digits);
        assertThat(ValueObjectOracles.personalId(" " + digits.substring(0, 6) + " \u00A0" + digits.substring(6)))
                .as("spaces, also no-break, do not matter")
                .isEqualTo(id);
        assertThat(id.sex()).isEqualTo((digits.charAt(3) - '0') % 2 == 0 ? Sex.MALE : Sex.FEMALE);
        assertThat(id.birthYear() % 100).isEqualTo(Integer.parseInt(digits.substring(4, 6)));
    }

    @Property(tries = 300)
    void aPersonalIdWithOneCharacterChangedIsReadOrRefusedWithAKey(
            @ForAll("personalIds") String digits,
            @ForAll @IntRange(min = 0, max = 11) int position,
            @ForAll("idCharacters") char replacement) {
        String changed = digits.substring(0, position) + replacement + digits.substring(position + 1);
        PersonalId id = ValueObjectOracles.personalId(changed);
        if (position == 3 && replacement >= '0' && replacement <= '9' && replacement != digits.charAt(3)) {
            PersonalId original = PersonalId.of(digits);
            boolean sexFlipped = (replacement - '0') % 2 != (digits.charAt(3) - '0') % 2;
            assertThat(id.checkAgainst(original.sex(), PartialDate.of(original.birthYear())))
                    .as("the 4th digit carries the century and the sex")
                    .contains(sexFlipped ? PersonalId.SEX_MISMATCH : PersonalId.BIRTH_YEAR_MISMATCH);
        }
    }

    @Property(tries = 100)
    void aPersonalIdOfAnotherLengthIsRefusedWithItsLength(
            @ForAll("personalIds") String digits, @ForAll boolean longer) {
        String text = longer ? digits + "7" : digits.substring(1);
        assertThat(ValueObjectOracles.personalId(text)).isNull();
    }

    // ---- partial dates

    @Property(tries = 300)
    void anyTextIsADateOfBirthOrATypedRefusal(@ForAll("anyText") String text) {
        ValueObjectOracles.partialDate(text);
    }

    @Property(tries = 400)
    void dayMonthYearTextsReadBackOrAreRefusedWithAKey(
            @ForAll @IntRange(min = 0, max = 40) int day,
            @ForAll @IntRange(min = 0, max = 14) int month,
            @ForAll @IntRange(min = 1850, max = 2030) int year,
            @ForAll("separators") String separator) {
        String text = day + separator + month + separator + year;
        PartialDate date = ValueObjectOracles.partialDate(text);
        boolean exists = month >= 1
                && month <= 12
                && day >= 1
                && day <= java.time.YearMonth.of(year, month).lengthOfMonth();
        boolean possible = exists
                && year >= PartialDate.MIN_YEAR
                && !java.time.LocalDate.of(year, month, day).isAfter(ValueObjectOracles.TODAY);
        assertThat(date != null).as(text).isEqualTo(possible);
        if (date != null) {
            assertThat(date.format()).isEqualTo("%02d/%02d/%d".formatted(day, month, year));
        }
    }

    @Property(tries = 100)
    void theThirtyFirstOfFebruaryNeverExists(@ForAll @IntRange(min = 1880, max = 2026) int year) {
        assertThat(ValueObjectOracles.partialDate("31/02/" + year)).isNull();
        assertThat(ValueObjectOracles.partialDate("29/02/" + year) != null).isEqualTo(java.time.Year.isLeap(year));
    }

    // ---- names

    @Property(tries = 300)
    void anyTextIsANameOrATypedRefusal(@ForAll("anyText") String text) {
        ValueObjectOracles.name(text);
    }

    @Property(tries = 300)
    void aNameWithCombiningMarksIsStoredAsThePrecomposedOne(@ForAll("vietnameseNames") String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        assertThat(ValueObjectOracles.name(decomposed)).isEqualTo(ValueObjectOracles.name(name));
        assertThat(ValueObjectOracles.name(name)).isNotNull();
        assertThat(VietnameseNames.fold(decomposed)).isEqualTo(VietnameseNames.fold(name));
        assertThat(VietnameseNames.fold(name)).matches("[a-z' -]*");
    }

    // ---- health-insurance card numbers

    @Property(tries = 300)
    void anyTextIsACardNumberOrATypedRefusal(@ForAll("anyText") String text) {
        ValueObjectOracles.healthInsuranceCard(text);
    }

    @Property(tries = 300)
    void aValidCardNumberReadsBackAndAChangedOneIsReadOrRefused(
            @ForAll("cardNumbers") String code,
            @ForAll @IntRange(min = 0, max = 14) int position,
            @ForAll("idCharacters") char replacement) {
        HealthInsuranceCardNumber card = ValueObjectOracles.healthInsuranceCard(code.toLowerCase(Locale.ROOT));
        assertThat(card).isNotNull();
        assertThat(card.value()).isEqualTo(code);
        ValueObjectOracles.healthInsuranceCard(
                code.substring(0, position) + replacement + code.substring(position + 1));
    }

    // ---- generators

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(40),
                Arbitraries.strings().all().ofMaxLength(20),
                Arbitraries.strings().withChars("0123456789 /.-\u00A0\t").ofMaxLength(16),
                Arbitraries.strings()
                        .withChars("aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ \u0300\u0301\u0303\u0309\u0323'’=+@-1")
                        .ofMaxLength(30));
    }

    @Provide
    Arbitrary<String> personalIds() {
        return Combinators.combine(
                        Arbitraries.of(PROVINCES),
                        Arbitraries.integers().between(0, 9),
                        Arbitraries.integers().between(0, 99),
                        Arbitraries.integers().between(0, 999_999))
                .as((province, century, year, serial) -> province + century + "%02d%06d".formatted(year, serial));
    }

    @Provide
    Arbitrary<String> cardNumbers() {
        return Combinators.combine(
                        Arbitraries.of(GROUPS),
                        Arbitraries.integers().between(1, 5),
                        Arbitraries.strings().numeric().ofLength(12))
                .as((group, level, digits) -> group + level + digits);
    }

    @Provide
    Arbitrary<Character> idCharacters() {
        return Arbitraries.oneOf(
                Arbitraries.chars().numeric(),
                Arbitraries.chars().with('O', 'l', ' ', '\u00A0', '٣', '０', 'x', '-', 'Ⅻ', 'ß'));
    }

    @Provide
    Arbitrary<String> separators() {
        return Arbitraries.of("/", "-", ".", " / ", "/ ");
    }

    @Provide
    Arbitrary<String> vietnameseNames() {
        Arbitrary<String> word = Arbitraries.of(
                "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý",
                "Thị", "Văn", "Hữu", "Ánh", "Tuyết", "Hương", "Phượng", "Quỳnh", "Nguyệt", "Thư", "Ngọc", "Lò", "Cà",
                "Én", "Đôi", "Ksor", "H’Hen", "Y-Moan", "Ðức");
        Arbitrary<String> space = Arbitraries.of(" ", "  ", "\u00A0", "\t");
        return Combinators.combine(word.list().ofMinSize(1).ofMaxSize(5), space)
                .as((words, gap) -> String.join(gap, words));
    }
}
