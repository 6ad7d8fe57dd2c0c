package vn.ansinh.payment.domain;

import java.util.Arrays;
import java.util.function.Predicate;
import java.util.stream.Collectors;

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

    /**
     * The benefit stopped because the law changed (a list decision moved the group to another scheme),
     * not because of a fact about the person: what was paid after it is recovered only on review.
     */
    public boolean lawChange() {
        return this == RECLASSIFIED;
    }

    /** The SQL list of the reasons that satisfy the rule, e.g. {@code 'RECLASSIFIED'} (never empty). */
    public static String sqlSet(Predicate<HoldReason> rule) {
        String set = Arrays.stream(values())
                .filter(rule)
                .map(r -> "'" + r.name() + "'")
                .collect(Collectors.joining(", "));
        if (set.isEmpty()) {
            throw new IllegalArgumentException("no reason satisfies the rule");
        }
        return set;
    }
}
