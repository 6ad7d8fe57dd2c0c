package vn.ansinh.casework.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.Programme;

/**
 * A rule by which a list decision (quyết định kèm danh sách) changes many cases at once from one month,
 * each rule's meaning in its constant: which categories it lists, what signing does, and the legal basis.
 * The amounts before and after come from the confirmed rates ({@code ListDecisions}), never from the rule.
 *
 * <ul>
 * <li>A <b>move</b> (a new category is named) ends each listed case and opens one in the new category, in
 *     another scheme: everyone of the category is listed.</li>
 * <li>An <b>adjustment</b> (no new category: the case keeps its own) signs an adjustment (điều chỉnh) of each
 *     listed case from the list's month: a decree that changes a level or an age band for many people at
 *     once. Only the people whose amount changes in that month are listed.</li>
 * </ul>
 */
public enum ListRule {
    /**
     * Decree 335/2026 no longer lists the elderly 80+ without a pension in social assistance: they are
     * the social pension's (Law 41/2024, Art. 21: 75+ without a pension).
     */
    ELDERLY_80_NO_PENSION_TO_SOCIAL_PENSION(
            EnumSet.of(Category.ELDERLY_80_NO_PENSION),
            Category.SOCIAL_PENSION_75_NO_PENSION,
            "Luật Bảo hiểm xã hội số 41/2024/QH15, Điều 21; Nghị định số 176/2025/NĐ-CP; Nghị định số 335/2026/NĐ-CP"),
    /**
     * Decree 335/2026 no longer lists the elderly 75–80 in particularly difficult areas in social
     * assistance: at 75 and over without a pension they are the social pension's.
     */
    ELDERLY_75_DIFFICULT_AREA_TO_SOCIAL_PENSION(
            EnumSet.of(Category.ELDERLY_75_DIFFICULT_AREA),
            Category.SOCIAL_PENSION_75_NO_PENSION,
            "Luật Bảo hiểm xã hội số 41/2024/QH15, Điều 21; Nghị định số 176/2025/NĐ-CP; Nghị định số 335/2026/NĐ-CP"),
    /**
     * Decree 335/2026 bands the poor elderly with no one obliged to support them 60 to under 75 (1.5) and 75
     * and over (2.0), where Decree 20/2021 had 60 to under 80 and 80+: whoever the new band gives another
     * coefficient (75 to under 80) is adjusted. The band rows and their start are dated coefficient rows an
     * administrator confirms; until then nobody changes.
     */
    ELDERLY_POOR_ALONE_BANDS_335(
            EnumSet.of(Category.ELDERLY_POOR_ALONE),
            null,
            "Nghị định số 335/2026/NĐ-CP ngày 21 tháng 8 năm 2026 của Chính phủ"),
    /**
     * Decree 335/2026, Art. 4.2 and 32: the social-assistance standard level is 540,000 đồng from 1 Jul 2026
     * (the confirmed level row): every monthly social-assistance allowance whose amount changes is adjusted,
     * one decision per person on the commune's list.
     */
    SOCIAL_ASSISTANCE_LEVEL_335(
            Arrays.stream(Category.values())
                    .filter(c -> c.programme() == Programme.SOCIAL_ASSISTANCE)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Category.class))),
            null,
            "Nghị định số 335/2026/NĐ-CP ngày 21 tháng 8 năm 2026 của Chính phủ, Điều 4 khoản 2 và Điều 32");

    private final Set<Category> categories;
    private final Category to;
    private final String legalBasis;

    ListRule(Set<Category> categories, Category to, String legalBasis) {
        if (categories.stream().map(Category::programme).distinct().count() != 1) {
            throw new IllegalArgumentException(name() + ": the categories of a list belong to one programme");
        }
        this.categories = Set.copyOf(categories);
        this.to = to;
        this.legalBasis = legalBasis;
    }

    /** The categories whose recipients the rule lists. */
    public Set<Category> categories() {
        return categories;
    }

    /** Whether signing keeps each case and adjusts it (a level or a band), rather than moving it to another scheme. */
    public boolean keepsCase() {
        return to == null;
    }

    /** The category a listed case of {@code category} is in afterwards: the new one of a move, else its own. */
    public Category categoryAfter(Category category) {
        return keepsCase() ? category : to;
    }

    /** The programme whose authority signs the list: that of the new category of a move, else the cases' own. */
    public Programme programme() {
        return keepsCase() ? categories.iterator().next().programme() : to.programme();
    }

    /** The legal basis printed with each entry and on the decision. */
    public String legalBasis() {
        return legalBasis;
    }

    public String labelKey() {
        return "listDecision.rule." + name();
    }
}
