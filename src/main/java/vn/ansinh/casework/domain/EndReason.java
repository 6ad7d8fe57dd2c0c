package vn.ansinh.casework.domain;

/** Why a benefit ended (lý do thôi hưởng). */
public enum EndReason {
    /** Chết. */
    DEATH,
    /** Không còn đủ điều kiện hưởng. */
    LOSS_OF_ELIGIBILITY,
    /** Chuyển nơi cư trú. */
    MOVED_AWAY,
    /** Chuyển sang chế độ khác theo quyết định kèm danh sách (e.g. to the social pension, Decree 335/2026). */
    RECLASSIFIED;

    public String labelKey() {
        return "case.endReason." + name();
    }
}
