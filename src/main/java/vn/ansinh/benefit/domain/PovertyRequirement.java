package vn.ansinh.benefit.domain;

import java.util.EnumSet;
import java.util.Set;
import vn.ansinh.registry.domain.PovertyClassification;

/** The poverty status a category requires of the person's household. */
public enum PovertyRequirement {
    /** Hộ nghèo. */
    POOR(EnumSet.of(PovertyClassification.POOR)),
    /** Hộ nghèo hoặc cận nghèo. */
    POOR_OR_NEAR_POOR(EnumSet.of(PovertyClassification.POOR, PovertyClassification.NEAR_POOR));

    private final Set<PovertyClassification> accepted;

    PovertyRequirement(Set<PovertyClassification> accepted) {
        this.accepted = accepted;
    }

    public boolean acceptedBy(PovertyClassification classification) {
        return accepted.contains(classification);
    }

    /** The classifications that satisfy it. */
    public Set<PovertyClassification> accepted() {
        return accepted;
    }

    /**
     * The year of holding of the review whose result applies on a day: a review held in Sep–Dec of year N
     * (its {@code reviewed_on}) applies in N + 1; the latest one held before the day's year counts.
     */
    public static int reviewYearApplyingOn(java.time.LocalDate day) {
        return day.getYear() - 1;
    }

    public String labelKey() {
        return "eligibility.poverty." + name();
    }
}
