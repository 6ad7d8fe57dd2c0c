package vn.ansinh.report.domain;

import vn.ansinh.casework.domain.EndReason;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.Programme;

/**
 * Why someone on last month's health-insurance list is not on this month's (the changes sheet's "giảm"): read from
 * the benefit that ended in the previous month — the stop decision's reason, or, for a poor household's member whose
 * period ended without one, the poverty review (escaped poverty or re-classified as near-poor).
 */
public enum InsuranceStopReason {
    /** Chết. */
    DEATH,
    /** Chuyển nơi cư trú. */
    MOVED_AWAY,
    /** Hết thời hạn hưởng theo quyết định / không còn đủ điều kiện. */
    DECISION_ENDED,
    /** Thoát nghèo (or re-classified as near-poor) at the annual review. */
    POVERTY_EXIT,
    /** Chuyển sang chế độ khác theo quyết định kèm danh sách (to a scheme without state-paid insurance). */
    RECLASSIFIED,
    /** No benefit ended in the previous month with a known reason. */
    UNKNOWN;

    /**
     * The reason of a benefit of the category whose period ended with the end reason (null when none was recorded),
     * for a person whose death is or is not recorded (a recorded death is the reason whatever the decision said).
     */
    public static InsuranceStopReason of(Category category, EndReason endReason, boolean died) {
        if (died || endReason == EndReason.DEATH) {
            return DEATH;
        }
        if (endReason == null) {
            return category != null && category.programme() == Programme.POOR_HOUSEHOLD_SUPPORT
                    ? POVERTY_EXIT
                    : UNKNOWN;
        }
        return switch (endReason) {
            case MOVED_AWAY -> MOVED_AWAY;
            case LOSS_OF_ELIGIBILITY -> DECISION_ENDED;
            case RECLASSIFIED -> RECLASSIFIED;
            case DEATH -> DEATH;
        };
    }

    public String labelKey() {
        return "insurance.stop." + name();
    }
}
