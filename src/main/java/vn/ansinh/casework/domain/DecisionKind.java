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

    public String labelKey() {
        return "decision.kind." + name();
    }
}
