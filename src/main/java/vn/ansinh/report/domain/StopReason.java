package vn.ansinh.report.domain;

import vn.ansinh.casework.domain.EndReason;

/**
 * Why a beneficiary stopped counting, as the movement report columns it: the stop decision's reason
 * ({@link EndReason}), or OTHER when the period ended without one (a household that escaped poverty or was
 * re-classified at a review).
 */
public enum StopReason {
    DEATH(EndReason.DEATH),
    LOSS_OF_ELIGIBILITY(EndReason.LOSS_OF_ELIGIBILITY),
    MOVED_AWAY(EndReason.MOVED_AWAY),
    RECLASSIFIED(EndReason.RECLASSIFIED),
    OTHER(null);

    private final EndReason endReason;

    StopReason(EndReason endReason) {
        this.endReason = endReason;
    }

    /** The end reason it stands for; null for OTHER. */
    public EndReason endReason() {
        return endReason;
    }

    /** The SQL condition on the case's {@code end_reason} column. */
    public String sql(String alias) {
        return endReason == null
                ? alias + ".end_reason IS NULL"
                : alias + ".end_reason = " + vn.ansinh.shared.persistence.SqlEnums.literal(endReason);
    }

    public String labelKey() {
        return "report.stop." + name();
    }
}
