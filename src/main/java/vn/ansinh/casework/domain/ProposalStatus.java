package vn.ansinh.casework.domain;

import java.util.Set;

/** Where an officer's proposal to end, pause or resume an allowance stands. */
public enum ProposalStatus {
    /** Waiting for the authority (chờ quyết định). */
    OPEN,
    /** Signed: the decision is numbered and in the case's decisions. */
    SIGNED,
    /** Refused with a reason; the case is back where it was. */
    REJECTED,
    /** Replaced by a later termination proposal (a death or a move while it waited). */
    SUPERSEDED;

    /** The statuses this one may move to. */
    public Set<ProposalStatus> next() {
        return this == OPEN ? Set.of(SIGNED, REJECTED, SUPERSEDED) : Set.of();
    }

    public boolean allows(ProposalStatus to) {
        return next().contains(to);
    }

    public String labelKey() {
        return "proposal.status." + name();
    }
}
