package vn.ansinh.benefit.domain;

/** A step in the life of a rate change (see {@link RateStatus}). */
public enum RateStep {
    /** A second administrator confirms the change: from now on it counts. */
    CONFIRM(RateStatus.CONFIRMED),
    /** An administrator rejects the pending change, with a reason: it never counts. */
    REJECT(RateStatus.REJECTED),
    /** A later confirmed row of the same key and effective month replaces this one. */
    SUPERSEDE(RateStatus.SUPERSEDED);

    private final RateStatus target;

    RateStep(RateStatus target) {
        this.target = target;
    }

    public RateStatus target() {
        return target;
    }

    public String labelKey() {
        return "rate.step." + name();
    }
}
