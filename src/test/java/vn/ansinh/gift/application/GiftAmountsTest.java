package vn.ansinh.gift.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.Programme;

/** A list's amounts as its page reads them: the amount per person, a category's own where one was entered. */
class GiftAmountsTest {

    @Test
    void everyCategoryOfTheProgrammesChosenGetsItsOwnAmountOrTheAmountPerPerson() {
        Map<Category, Long> own = new EnumMap<>(Category.class);
        own.put(Category.ELDERLY_80_NO_PENSION, 500_000L);
        own.put(Category.DISABLED, null);
        own.put(Category.WAR_INVALID, 900_000L);

        Map<Category, Long> amounts = GiftAmounts.of(List.of(Programme.SOCIAL_ASSISTANCE), 400_000L, own);

        assertThat(amounts.keySet()).containsExactlyInAnyOrderElementsOf(Programme.SOCIAL_ASSISTANCE.categories());
        assertThat(amounts).containsEntry(Category.ELDERLY_80_NO_PENSION, 500_000L);
        assertThat(amounts).as("left empty: the amount per person").containsEntry(Category.DISABLED, 400_000L);
        assertThat(amounts)
                .as("a category of a programme not chosen gets nothing, whatever was typed for it")
                .doesNotContainKey(Category.WAR_INVALID);
    }

    @Test
    void withoutAnAmountPerPersonOnlyTheCategoriesWithTheirOwnHaveOne() {
        Map<Category, Long> amounts =
                GiftAmounts.of(List.of(Programme.MERITORIOUS_PERSON), null, Map.of(Category.WAR_INVALID, 600_000L));
        assertThat(amounts).containsEntry(Category.WAR_INVALID, 600_000L);
        assertThat(amounts.values().stream().filter(a -> a == null).count())
                .as("the others are refused by the command (each above zero)")
                .isEqualTo(Programme.MERITORIOUS_PERSON.categories().size() - 1L);
    }

    @Test
    void categoriesTickedInAProgrammeAreItsOnlyOnesTheOtherProgrammesKeepAllTheirs() {
        Map<Category, Long> amounts = GiftAmounts.of(
                List.of(Programme.MERITORIOUS_PERSON, Programme.SOCIAL_ASSISTANCE),
                400_000L,
                Map.of(Category.WAR_INVALID, 600_000L),
                List.of(Category.WAR_INVALID));

        assertThat(amounts).containsEntry(Category.WAR_INVALID, 600_000L);
        assertThat(amounts.keySet())
                .as("only war invalids of the meritorious, every category of social assistance")
                .containsExactlyInAnyOrderElementsOf(java.util.stream.Stream.concat(
                                java.util.stream.Stream.of(Category.WAR_INVALID),
                                Programme.SOCIAL_ASSISTANCE.categories().stream())
                        .toList());
        assertThat(Programme.MERITORIOUS_PERSON.categories()).hasSizeGreaterThan(1);
    }
}
