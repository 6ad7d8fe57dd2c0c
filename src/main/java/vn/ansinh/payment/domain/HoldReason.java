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
    SUSPENDED;

    public String labelKey() {
        return "payment.holdReason." + name();
    }
}
