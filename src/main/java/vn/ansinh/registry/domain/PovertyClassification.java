package vn.ansinh.registry.domain;

/** A household's standing in a year's poverty review (kết quả rà soát). */
public enum PovertyClassification {
    /** Hộ nghèo. */
    POOR,
    /** Hộ cận nghèo. */
    NEAR_POOR,
    /** Hộ mới thoát nghèo: poor or near-poor in the previous review, above the line now. */
    NEWLY_ESCAPED,
    /** Hộ có mức sống trung bình. */
    AVERAGE,
    /** Above the average living standard (or no average bound is set for the period). */
    ABOVE_AVERAGE;

    /** Poor and near-poor households receive the programmes' support. */
    public boolean receivesSupport() {
        return this == POOR || this == NEAR_POOR;
    }

    public String labelKey() {
        return "poverty." + name();
    }
}
