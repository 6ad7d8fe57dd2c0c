package vn.ansinh.casework.domain;

import vn.ansinh.shared.kernel.Category;

/**
 * A rule by which a list decision (quyết định kèm danh sách) changes many cases at once from one month.
 * Each rule moves the recipients of one category to another (ending their case and opening one in the
 * new category); the list's entries carry the amounts before and after and the rule applied.
 *
 * <p>A decree that changes a level or a band for many people at once (e.g. 540,000 from 1 Jul 2026, or
 * the 335/2026 bands of the poor elderly) uses the same list: a rule of that kind would keep the case
 * (from = to) and sign an adjustment for each entry instead of a termination and a new case; the
 * preview already computes before/after from the confirmed rates of the month. Only moves are
 * implemented here.
 */
public enum ListRule {
    /**
     * Decree 335/2026 no longer lists the elderly 80+ without a pension in social assistance: they are
     * the social pension's (Law 41/2024, Art. 21: 75+ without a pension).
     */
    ELDERLY_80_NO_PENSION_TO_SOCIAL_PENSION(
            Category.ELDERLY_80_NO_PENSION,
            Category.SOCIAL_PENSION_75_NO_PENSION,
            "Luật Bảo hiểm xã hội số 41/2024/QH15, Điều 21; Nghị định số 176/2025/NĐ-CP; Nghị định số 335/2026/NĐ-CP"),
    /**
     * Decree 335/2026 no longer lists the elderly 75–80 in particularly difficult areas in social
     * assistance: at 75 and over without a pension they are the social pension's.
     */
    ELDERLY_75_DIFFICULT_AREA_TO_SOCIAL_PENSION(
            Category.ELDERLY_75_DIFFICULT_AREA,
            Category.SOCIAL_PENSION_75_NO_PENSION,
            "Luật Bảo hiểm xã hội số 41/2024/QH15, Điều 21; Nghị định số 176/2025/NĐ-CP; Nghị định số 335/2026/NĐ-CP");

    private final Category from;
    private final Category to;
    private final String legalBasis;

    ListRule(Category from, Category to, String legalBasis) {
        this.from = from;
        this.to = to;
        this.legalBasis = legalBasis;
    }

    /** The category whose recipients the rule changes. */
    public Category from() {
        return from;
    }

    /** The category they are in afterwards. */
    public Category to() {
        return to;
    }

    /** The legal basis printed with each entry and on the decision. */
    public String legalBasis() {
        return legalBasis;
    }

    public String labelKey() {
        return "listDecision.rule." + name();
    }
}
