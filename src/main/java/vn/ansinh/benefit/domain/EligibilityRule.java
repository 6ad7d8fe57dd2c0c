package vn.ansinh.benefit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import vn.ansinh.shared.kernel.Category;

/**
 * The conditions of a category (điều kiện hưởng) in force from a date: an age band on the day, the
 * household's poverty status, a disability level, no pension, being in school. A later counting row
 * of the category replaces all of them from its date. Entered and confirmed like a rate.
 */
@Entity
@Table(name = "eligibility_rule")
public class EligibilityRule extends CategoryRateRow {

    @Column(name = "min_age")
    private Integer minAge;

    @Column(name = "max_age")
    private Integer maxAge;

    @Enumerated(EnumType.STRING)
    @Column(name = "poverty_status")
    private PovertyRequirement povertyStatus;

    @Column(name = "disability_levels")
    private String disabilityLevels;

    @Column(name = "requires_no_pension", nullable = false)
    private boolean requiresNoPension;

    @Column(name = "requires_in_school", nullable = false)
    private boolean requiresInSchool;

    protected EligibilityRule() {
        // for JPA
    }

    public EligibilityRule(
            Category category,
            java.time.LocalDate effectiveFrom,
            Integer minAge,
            Integer maxAge,
            PovertyRequirement povertyStatus,
            String disabilityLevels,
            boolean requiresNoPension,
            boolean requiresInSchool,
            LegalAct act) {
        super(category, effectiveFrom, act);
        this.minAge = minAge;
        this.maxAge = maxAge;
        this.povertyStatus = povertyStatus;
        this.disabilityLevels = disabilityLevels;
        this.requiresNoPension = requiresNoPension;
        this.requiresInSchool = requiresInSchool;
    }

    @Override
    public boolean sameKeyAs(RateRow other) {
        return other instanceof EligibilityRule r && r.category() == category();
    }

    public Integer minAge() {
        return minAge;
    }

    public Integer maxAge() {
        return maxAge;
    }

    public PovertyRequirement povertyStatus() {
        return povertyStatus;
    }

    public boolean requiresNoPension() {
        return requiresNoPension;
    }

    public boolean requiresInSchool() {
        return requiresInSchool;
    }

    /** The disability levels accepted, empty when none is required. */
    public List<String> disabilityLevels() {
        return disabilityLevels == null || disabilityLevels.isBlank()
                ? List.of()
                : Arrays.stream(disabilityLevels.split(",")).map(String::strip).toList();
    }
}
