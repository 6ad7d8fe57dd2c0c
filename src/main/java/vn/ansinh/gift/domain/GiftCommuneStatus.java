package vn.ansinh.gift.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import vn.ansinh.shared.command.Label;

/**
 * Where a commune's part of a one-off list stands.
 *
 * <pre>
 * DRAWN ──review (officer)──▶ REVIEWED ──approve (approver)──▶ APPROVED ──every entry paid──▶ PAID
 * </pre>
 * The officer resolves the people without an identity number while the part is DRAWN; payments are recorded
 * only once it is APPROVED.
 */
public enum GiftCommuneStatus {
    /** Drawn, waiting for the commune officer's review (chờ rà soát). */
    DRAWN,
    /** Reviewed by the officer, waiting for the approver (đã rà soát). */
    REVIEWED,
    /** Approved: may be paid (đã phê duyệt). */
    APPROVED,
    /** Every payable entry has been paid (đã chi trả). */
    PAID;

    private static final Map<GiftCommuneStatus, Set<GiftCommuneStatus>> NEXT = Map.of(
            DRAWN, EnumSet.of(REVIEWED),
            REVIEWED, EnumSet.of(APPROVED),
            APPROVED, EnumSet.of(PAID),
            PAID, EnumSet.noneOf(GiftCommuneStatus.class));

    public boolean mayReview() {
        return NEXT.get(this).contains(REVIEWED);
    }

    public boolean mayApprove() {
        return NEXT.get(this).contains(APPROVED);
    }

    /** Entries are paid only once the part is approved. */
    public boolean mayPay() {
        return this == APPROVED;
    }

    /** The part was approved (and may since have been paid): its lists are final, no longer drafts. */
    public boolean approved() {
        return this == APPROVED || this == PAID;
    }

    /** People without an identity number are resolved before the review. */
    public boolean mayResolve() {
        return this == DRAWN;
    }

    /** This status moved to {@code target}, or a refusal a user understands. */
    public GiftCommuneStatus to(GiftCommuneStatus target) {
        if (!NEXT.get(this).contains(target)) {
            throw new GiftException("gift.error.communeStatus", new Label(labelKey()));
        }
        return target;
    }

    public String labelKey() {
        return "gift.communeStatus." + name();
    }
}
