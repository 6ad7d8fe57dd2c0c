package vn.ansinh.gift.application;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.Programme;

/**
 * Who a one-off list gives how much, as its definition page reads it: every category of the programmes chosen, at the
 * amount entered for the category where one was (the President's gifts by category: 300,000 for one, 600,000 for
 * another), else at the amount per person. A category of a programme not chosen gets nothing, whatever was typed for
 * it. Where categories of a programme are ticked (only war invalids of the meritorious), only those of that programme
 * are supported; a programme with none ticked gives all its categories. The amounts themselves are checked by {@link DefineGiftListCommand} (each above zero).
 */
public final class GiftAmounts {

    private GiftAmounts() {}

    public static Map<Category, Long> of(
            Collection<Programme> programmes, Long perPerson, Map<Category, Long> byCategory) {
        return of(programmes, perPerson, byCategory, Set.of());
    }

    public static Map<Category, Long> of(
            Collection<Programme> programmes,
            Long perPerson,
            Map<Category, Long> byCategory,
            Collection<Category> ticked) {
        Map<Category, Long> amounts = new EnumMap<>(Category.class);
        for (Programme programme : programmes) {
            List<Category> only =
                    programme.categories().stream().filter(ticked::contains).toList();
            for (Category category : only.isEmpty() ? programme.categories() : only) {
                Long own = byCategory.get(category);
                amounts.put(category, own != null ? own : perPerson);
            }
        }
        return amounts;
    }
}
