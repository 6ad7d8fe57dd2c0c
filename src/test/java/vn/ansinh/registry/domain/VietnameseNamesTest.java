package vn.ansinh.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.ansinh.shared.kernel.InvalidValueException;

class VietnameseNamesTest {

    @Test
    void foldingRemovesCaseDiacriticsAndExtraSpaces() {
        assertThat(VietnameseNames.fold("Nguyễn  Thị Ánh")).isEqualTo("nguyen thi anh");
        assertThat(VietnameseNames.fold("  Phạm\tVăn\u00A0Hưởng ")).isEqualTo("pham van huong");
    }

    @Test
    void foldingTurnsTheLetterDWithAStrokeIntoD() {
        assertThat(VietnameseNames.fold("ĐẶNG Đức đạt")).isEqualTo("dang duc dat");
    }

    @Test
    void foldingGivesTheSameResultForComposedAndDecomposedText() {
        String decomposed = Normalizer.normalize("Nguyễn Thị Ánh", Normalizer.Form.NFD);

        assertThat(decomposed).isNotEqualTo("Nguyễn Thị Ánh");
        assertThat(VietnameseNames.fold(decomposed)).isEqualTo("nguyen thi anh");
    }

    @Test
    void foldingIgnoresWhereTheToneMarkWasPlaced() {
        assertThat(VietnameseNames.fold("Hoà Thuý")).isEqualTo(VietnameseNames.fold("Hòa Thúy"));
    }

    @Test
    void foldingMakesTypographicApostrophesPlain() {
        assertThat(VietnameseNames.fold("H\u2019Hen Niê")).isEqualTo("h'hen nie");
    }

    @Test
    void foldingNothingGivesAnEmptyString() {
        assertThat(VietnameseNames.fold(null)).isEmpty();
        assertThat(VietnameseNames.fold("   ")).isEmpty();
    }

    @Test
    void tokensAreTheFoldedWordsInOrder() {
        assertThat(VietnameseNames.tokens(" Trần  Thị Bích ")).containsExactly("tran", "thi", "bich");
        assertThat(VietnameseNames.tokens(" ")).isEmpty();
    }

    @Test
    void theSortedKeyIsTheSameWhateverTheWordOrder() {
        assertThat(VietnameseNames.sortedKey("Văn An Nguyễn")).isEqualTo("an nguyen van");
        assertThat(VietnameseNames.sortedKey("Nguyễn Văn An")).isEqualTo("an nguyen van");
        assertThat(VietnameseNames.sortedKey("")).isEmpty();
    }

    @Test
    void aNameIsStoredExactlyAsWrittenWithItsCaseAndLetters() {
        assertThat(VietnameseNames.normaliseForStorage("  nguyễn   VĂN an ")).isEqualTo("nguyễn VĂN an");
        assertThat(VietnameseNames.normaliseForStorage("Hoà")).isEqualTo("Hoà");
        assertThat(VietnameseNames.normaliseForStorage("H'Hen Niê")).isEqualTo("H'Hen Niê");
        assertThat(VietnameseNames.normaliseForStorage("Hồ Thị Bru-Vân")).isEqualTo("Hồ Thị Bru-Vân");
    }

    @Test
    void aNameTypedWithCombiningMarksIsStoredComposed() {
        String decomposed = Normalizer.normalize("Nguyễn Thị Ánh", Normalizer.Form.NFD);

        String stored = VietnameseNames.normaliseForStorage(decomposed);

        assertThat(stored).isEqualTo("Nguyễn Thị Ánh").hasSize(14);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\u00A0"})
    void anEmptyNameIsRefused(String typed) {
        assertThatThrownBy(() -> VietnameseNames.normaliseForStorage(typed))
                .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("person.error.name.required"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Nguyễn Văn 2", "Trần Thị B1ch", "Lê ٣"})
    void aNameWithDigitsIsRefused(String typed) {
        assertThatThrownBy(() -> VietnameseNames.normaliseForStorage(typed))
                .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("person.error.name.digits"));
    }

    @Test
    void aNameOfAHundredCharactersIsAcceptedAndOneMoreIsRefused() {
        String hundred = "Ánh".repeat(33) + "A";

        assertThat(VietnameseNames.normaliseForStorage(hundred)).hasSize(100);
        InvalidValueException e = catchThrowableOfType(
                () -> VietnameseNames.normaliseForStorage(hundred + "a"), InvalidValueException.class);
        assertThat(e.messageKey()).isEqualTo("person.error.name.length");
        assertThat(e.arguments()).containsExactly(100);
    }

    @Test
    void theLengthLimitCountsCharactersAfterCollapsingSpaces() {
        String padded = "  " + "A".repeat(50) + "     " + "B".repeat(49) + "  ";

        assertThat(VietnameseNames.normaliseForStorage(padded)).hasSize(100);
    }
}
