package vn.ansinh.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.ansinh.shared.kernel.InvalidValueException;

class PartialDateTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    @Test
    void aYearAloneIsADateOfBirthKnownOnlyToTheYear() {
        PartialDate date = PartialDate.parse("1948", TODAY);

        assertThat(date).isEqualTo(new PartialDate(1948, null, null));
        assertThat(date.precision()).isEqualTo(PartialDate.Precision.YEAR);
    }

    @Test
    void aMonthIsReadWithOrWithoutALeadingZero() {
        assertThat(PartialDate.parse("03/1948", TODAY)).isEqualTo(PartialDate.of(1948, 3));
        assertThat(PartialDate.parse("3/1948", TODAY)).isEqualTo(PartialDate.of(1948, 3));
        assertThat(PartialDate.of(1948, 3).precision()).isEqualTo(PartialDate.Precision.MONTH);
    }

    @Test
    void aFullDateIsReadDayFirstAsVietnameseWriteIt() {
        assertThat(PartialDate.parse("15/03/1948", TODAY)).isEqualTo(PartialDate.of(1948, 3, 15));
        assertThat(PartialDate.parse("5/3/1948", TODAY)).isEqualTo(PartialDate.of(1948, 3, 5));
        assertThat(PartialDate.of(1948, 3, 15).precision()).isEqualTo(PartialDate.Precision.DAY);
    }

    @Test
    void dashesDotsAndSurroundingSpacesAreAccepted() {
        assertThat(PartialDate.parse("15-03-1948", TODAY)).isEqualTo(PartialDate.of(1948, 3, 15));
        assertThat(PartialDate.parse("15.03.1948", TODAY)).isEqualTo(PartialDate.of(1948, 3, 15));
        assertThat(PartialDate.parse(" 15 / 03 / 1948 ", TODAY)).isEqualTo(PartialDate.of(1948, 3, 15));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"abc", "48", "1948/03", "15/03/48", "1948-03-15", "1/15/03/1948", "15//1948", "năm 1948"})
    void textThatIsNotADateIsRefusedWithTheFormatMessage(String text) {
        assertThatThrownBy(() -> PartialDate.parse(text, TODAY))
                .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("person.error.birthDate.format"));
    }

    @Test
    void monthThirteenIsRefusedNamingTheMonth() {
        InvalidValueException e =
                catchThrowableOfType(() -> PartialDate.parse("13/1948", TODAY), InvalidValueException.class);

        assertThat(e.messageKey()).isEqualTo("person.error.birthDate.month");
        assertThat(e.arguments()).containsExactly(13);
    }

    @Test
    void monthZeroIsRefused() {
        assertThatThrownBy(() -> PartialDate.parse("0/1948", TODAY))
                .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("person.error.birthDate.month"));
    }

    @Test
    void aDayTheMonthDoesNotHaveIsRefusedNamingDayMonthAndYear() {
        InvalidValueException e =
                catchThrowableOfType(() -> PartialDate.parse("31/02/1948", TODAY), InvalidValueException.class);

        assertThat(e.messageKey()).isEqualTo("person.error.birthDate.day");
        assertThat(e.arguments()).containsExactly(31, 2, "1948");
    }

    @Test
    void dayZeroIsRefused() {
        assertThatThrownBy(() -> PartialDate.parse("00/03/1948", TODAY))
                .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("person.error.birthDate.day"));
    }

    @Test
    void the29thOfFebruaryExistsOnlyInLeapYears() {
        assertThat(PartialDate.parse("29/02/2000", TODAY)).isEqualTo(PartialDate.of(2000, 2, 29));
        assertThatThrownBy(() -> PartialDate.parse("29/02/1900", TODAY)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aYearBefore1880IsRefusedNamingTheLimit() {
        InvalidValueException e =
                catchThrowableOfType(() -> PartialDate.parse("1879", TODAY), InvalidValueException.class);

        assertThat(e.messageKey()).isEqualTo("person.error.birthDate.tooEarly");
        assertThat(e.arguments()).containsExactly("1880");
        assertThat(PartialDate.parse("1880", TODAY).year()).isEqualTo(1880);
    }

    @Test
    void aDateOfBirthAfterTodayIsRefused() {
        for (String future : new String[] {"02/06/2025", "07/2025", "2026"}) {
            assertThatThrownBy(() -> PartialDate.parse(future, TODAY))
                    .as(future)
                    .isInstanceOfSatisfying(
                            InvalidValueException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("person.error.birthDate.future"));
        }
    }

    @Test
    void aDateOfBirthThatMayAlreadyHaveHappenedIsAccepted() {
        assertThat(PartialDate.parse("01/06/2025", TODAY)).isEqualTo(PartialDate.of(2025, 6, 1));
        assertThat(PartialDate.parse("06/2025", TODAY)).isEqualTo(PartialDate.of(2025, 6));
        assertThat(PartialDate.parse("2025", TODAY)).isEqualTo(PartialDate.of(2025));
    }

    @Test
    void theFactoriesCheckTheCalendarButTheFutureOnlyWhenAsked() {
        PartialDate far = PartialDate.of(3000);

        assertThat(far.year()).isEqualTo(3000);
        assertThatThrownBy(() -> far.notAfter(TODAY)).isInstanceOf(InvalidValueException.class);
        assertThat(PartialDate.of(1948).notAfter(TODAY)).isEqualTo(PartialDate.of(1948));
        assertThatThrownBy(() -> PartialDate.of(1948, 4, 31)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aDayWithoutAMonthIsAProgrammingError() {
        assertThatThrownBy(() -> new PartialDate(1948, null, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void formatWritesTheVietnameseForm() {
        assertThat(PartialDate.of(1948).format()).isEqualTo("1948");
        assertThat(PartialDate.of(1948, 3).format()).isEqualTo("03/1948");
        assertThat(PartialDate.of(1948, 3, 5).format()).isEqualTo("05/03/1948");
        assertThat(PartialDate.of(1948, 3, 5)).hasToString("05/03/1948");
    }

    @Test
    void whatIsFormattedIsReadBackUnchanged() {
        for (PartialDate date :
                new PartialDate[] {PartialDate.of(1948), PartialDate.of(1948, 11), PartialDate.of(1999, 12, 31)}) {
            assertThat(PartialDate.parse(date.format(), TODAY)).isEqualTo(date);
        }
    }

    @Test
    void aYearDenotesItsFirstToItsLastDay() {
        assertThat(PartialDate.of(1948).earliestDay()).isEqualTo(LocalDate.of(1948, 1, 1));
        assertThat(PartialDate.of(1948).latestDay()).isEqualTo(LocalDate.of(1948, 12, 31));
    }

    @Test
    void aMonthDenotesItsFirstToItsLastDayIncludingLeapDays() {
        assertThat(PartialDate.of(1948, 2).earliestDay()).isEqualTo(LocalDate.of(1948, 2, 1));
        assertThat(PartialDate.of(1948, 2).latestDay()).isEqualTo(LocalDate.of(1948, 2, 29));
        assertThat(PartialDate.of(1949, 2).latestDay()).isEqualTo(LocalDate.of(1949, 2, 28));
    }

    @Test
    void aFullDateDenotesOneDay() {
        assertThat(PartialDate.of(1948, 3, 15).earliestDay()).isEqualTo(LocalDate.of(1948, 3, 15));
        assertThat(PartialDate.of(1948, 3, 15).latestDay()).isEqualTo(LocalDate.of(1948, 3, 15));
    }

    @Test
    void ageOnIsTheAgeThatIsCertainWhenOnlyTheYearIsKnown() {
        assertThat(PartialDate.of(1945).ageOn(TODAY)).isEqualTo(79);
        assertThat(PartialDate.of(1945).possibleAgeOn(TODAY)).isEqualTo(80);
    }

    @Test
    void aKnownMonthOrDayNarrowsTheAge() {
        assertThat(PartialDate.of(1945, 5).ageOn(TODAY)).isEqualTo(80);
        assertThat(PartialDate.of(1945, 6).ageOn(TODAY)).isEqualTo(79);
        assertThat(PartialDate.of(1945, 6).possibleAgeOn(TODAY)).isEqualTo(80);
        assertThat(PartialDate.of(1945, 6, 2).ageOn(TODAY)).isEqualTo(79);
        assertThat(PartialDate.of(1945, 6, 2).ageOn(TODAY.plusDays(1))).isEqualTo(80);
    }

    @Test
    void theAgeIsZeroDuringTheYearOfBirth() {
        assertThat(PartialDate.of(2025).ageOn(TODAY)).isZero();
        assertThat(PartialDate.of(2025).possibleAgeOn(TODAY)).isZero();
    }

    @Test
    void askingTheAgeOnADayBeforeBirthIsAProgrammingError() {
        assertThatThrownBy(() -> PartialDate.of(2000).ageOn(LocalDate.of(1999, 12, 31)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPartialDateCoversTheDaysItMayDenote() {
        assertThat(PartialDate.of(1948).covers(LocalDate.of(1948, 3, 15))).isTrue();
        assertThat(PartialDate.of(1948).covers(LocalDate.of(1949, 1, 1))).isFalse();
        assertThat(PartialDate.of(1948, 3).covers(LocalDate.of(1948, 4, 1))).isFalse();
    }

    @Test
    void twoDatesOverlapWhenTheyMayDenoteTheSameDay() {
        assertThat(PartialDate.of(1948).overlaps(PartialDate.of(1948, 3, 15))).isTrue();
        assertThat(PartialDate.of(1948, 3, 15).overlaps(PartialDate.of(1948))).isTrue();
        assertThat(PartialDate.of(1948, 4).overlaps(PartialDate.of(1948, 3, 15)))
                .isFalse();
        assertThat(PartialDate.of(1948).overlaps(PartialDate.of(1949))).isFalse();
    }
}
