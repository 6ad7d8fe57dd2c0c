package vn.ansinh.payment.domain;

import java.util.Arrays;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Where a recovery item (khoản phải thu hồi) stands. An item is raised OPEN when a month was paid that
 * the person was not entitled to; the commune officer records it recovered (SETTLED), or the approver
 * forgives it with a written reason (WAIVED). A back-dated decrease of a rate, or a law change that ends
 * a group, never claws money back by itself: its item is raised PROPOSED (in review), and the approver
 * confirms it (OPEN, to be collected) or waives it with a reason. SETTLED and WAIVED are final.
 *
 * <pre>
 *   PROPOSED ──confirm──▶ OPEN ──settle──▶ SETTLED
 *      │                   └────waive───▶ WAIVED
 *      └──────────waive─────────────────▶ WAIVED
 * </pre>
 */
public enum RecoveryStatus {
    /**
     * Raised by a law change (a back-dated decrease, a group the law ended, a list decision from a month
     * already paid: {@code Recovery.Source#initialStatus}), in review: nothing is collected yet (đề nghị thu
     * hồi, chờ xem xét).
     */
    PROPOSED,
    /** Raised, not yet recovered (chưa thu hồi). */
    OPEN,
    /** Recovered, with the receipt (đã thu hồi). */
    SETTLED,
    /** Forgiven by the approver with a reason (miễn thu hồi). */
    WAIVED;

    public boolean open() {
        return this == OPEN;
    }

    /** In review: the approver has still to confirm or waive it. */
    public boolean inReview() {
        return this == PROPOSED;
    }

    /** The approver may still forgive it: in review or open. */
    public boolean waivable() {
        return this == PROPOSED || this == OPEN;
    }

    /** The money counts as owed back (in review, to be collected, or collected): not forgiven. */
    public boolean owed() {
        return this != WAIVED;
    }

    /** The status after the officer records the money recovered; only an open item can be. */
    public RecoveryStatus settle() {
        if (!open()) {
            throw new IllegalStateException("only an open recovery item can be settled, not a " + this + " one");
        }
        return SETTLED;
    }

    /** The status after the approver confirms an item in review: it is to be collected. */
    public RecoveryStatus confirm() {
        if (!inReview()) {
            throw new IllegalStateException("only a proposed recovery item can be confirmed, not a " + this + " one");
        }
        return OPEN;
    }

    /** The status after the approver waives the item; only an item in review or open can be. */
    public RecoveryStatus waive() {
        if (!waivable()) {
            throw new IllegalStateException("a " + this + " recovery item is final");
        }
        return WAIVED;
    }

    public String labelKey() {
        return "recovery.status." + name();
    }

    /** The status as a SQL string literal, for statements built from this definition. */
    public String sqlLiteral() {
        return "'" + name() + "'";
    }

    /** The SQL list of the statuses that satisfy the rule, e.g. {@code 'PROPOSED', 'OPEN'} (never empty). */
    public static String sqlSet(Predicate<RecoveryStatus> rule) {
        String set = Arrays.stream(values())
                .filter(rule)
                .map(RecoveryStatus::sqlLiteral)
                .collect(Collectors.joining(", "));
        if (set.isEmpty()) {
            throw new IllegalArgumentException("no status satisfies the rule");
        }
        return set;
    }
}
