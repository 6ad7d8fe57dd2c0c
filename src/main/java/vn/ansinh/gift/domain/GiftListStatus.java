package vn.ansinh.gift.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import vn.ansinh.shared.command.Label;

/**
 * Where a one-off list stands as a whole. Its communes move on their own ({@link GiftCommuneStatus}).
 *
 * <pre>
 * DRAFT ──draw──▶ DRAWN ──(every commune paid)──▶ CLOSED
 *                  │ ▲
 *                  └─┘ drawn again, while no commune has reviewed its part
 * </pre>
 */
public enum GiftListStatus {
    /** Defined, not drawn yet (đã lập). */
    DRAFT,
    /** Drawn from the registry at the cut-off; its communes review, approve and pay (đã lập danh sách). */
    DRAWN,
    /** Every commune has paid its part: nothing more happens (đã chi trả xong). */
    CLOSED;

    private static final Map<GiftListStatus, Set<GiftListStatus>> NEXT = Map.of(
            DRAFT, EnumSet.of(DRAWN),
            DRAWN, EnumSet.of(DRAWN, CLOSED),
            CLOSED, EnumSet.noneOf(GiftListStatus.class));

    /** Whether the list may be drawn (again) in this status; a drawn one only while no commune reviewed it. */
    public boolean mayDraw() {
        return NEXT.get(this).contains(DRAWN);
    }

    /** This status moved to {@code target}, or a refusal a user understands. */
    public GiftListStatus to(GiftListStatus target) {
        if (!NEXT.get(this).contains(target)) {
            throw new GiftException("gift.error.listStatus", new Label(labelKey()));
        }
        return target;
    }

    public String labelKey() {
        return "gift.status." + name();
    }
}
