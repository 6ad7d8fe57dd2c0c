package vn.ansinh.casework.domain;

import java.util.EnumSet;
import java.util.Set;

/** Where a list decision stands: prepared (a preview kept for signing), signed, or discarded for a newer one. */
public enum ListDecisionStatus {
    PREPARED,
    SIGNED,
    DISCARDED;

    /** The statuses this one may move to. */
    public Set<ListDecisionStatus> next() {
        return this == PREPARED ? EnumSet.of(SIGNED, DISCARDED) : EnumSet.noneOf(ListDecisionStatus.class);
    }

    /** This status moved to {@code target}, or a refusal a user understands. */
    public ListDecisionStatus to(ListDecisionStatus target) {
        if (!next().contains(target)) {
            throw new CaseException("listDecision.error.status", new vn.ansinh.shared.command.Label(labelKey()));
        }
        return target;
    }

    public String labelKey() {
        return "listDecision.status." + name();
    }
}
