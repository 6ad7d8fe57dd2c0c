package vn.ansinh.payment.domain;

/** Where a monthly payroll stands. An approved payroll is frozen. */
public enum PayrollStatus {
    /** Created, not computed yet. */
    DRAFT,
    /** The batch job is computing its lines. */
    COMPUTING,
    /** Computed; may be recomputed (its lines are replaced) or approved. */
    COMPUTED,
    /** The job stopped (a crash, a stop): restart it to finish with the same totals. */
    FAILED,
    /** Approved and frozen: later changes to people or rates never alter it. */
    APPROVED;

    public boolean mayCompute() {
        return this == DRAFT || this == COMPUTED || this == FAILED;
    }

    public boolean isFrozen() {
        return this == APPROVED;
    }

    /** Computed or approved: the payroll's lines stand, so the payment channels can show and pay them. */
    public boolean hasLines() {
        return this == COMPUTED || this == APPROVED;
    }

    public String labelKey() {
        return "payroll.status." + name();
    }
}
