package vn.ansinh.payment.domain;

/** Why a line was held or its payment stopped: how the benefit stopped. */
public enum HoldReason {
    /** Chết. */
    DEATH,
    /** Chuyển nơi cư trú. */
    MOVED_AWAY,
    /** Thôi hưởng: không còn đủ điều kiện. */
    LOSS_OF_ELIGIBILITY,
    /** Tạm dừng hưởng. */
    SUSPENDED,
    /** Chuyển sang chế độ khác theo quyết định kèm danh sách (the new scheme pays from that month). */
    RECLASSIFIED;

    public String labelKey() {
        return "payment.holdReason." + name();
    }
}
