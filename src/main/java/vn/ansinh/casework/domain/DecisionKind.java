package vn.ansinh.casework.domain;

/** What a decision decides. */
public enum DecisionKind {
    /** Grants the benefit (hưởng): the allowance, the support, the recognition, the rehabilitation form. */
    GRANT,
    /** Changes the amount after a change of category or disability level (điều chỉnh). */
    ADJUSTMENT,
    /** Pauses the benefit (tạm dừng). */
    SUSPENSION,
    /** Resumes a paused benefit (tiếp tục hưởng). */
    REINSTATEMENT,
    /** Ends the benefit (thôi hưởng). */
    TERMINATION;

    /**
     * Whether a decision of this kind puts the benefit in force from its month: a grant, an adjustment, a
     * reinstatement (the anomaly check "paid without a decision in force" asks for one on or before the month).
     */
    public boolean grantsPayment() {
        return this == GRANT || this == ADJUSTMENT || this == REINSTATEMENT;
    }

    /** Whether the decision ends the benefit from its month (a termination's month is the first one unpaid). */
    public boolean endsBenefit() {
        return this == TERMINATION;
    }

    public String labelKey() {
        return "decision.kind." + name();
    }
}
