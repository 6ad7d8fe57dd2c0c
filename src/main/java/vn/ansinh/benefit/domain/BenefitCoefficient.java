package vn.ansinh.benefit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import vn.ansinh.shared.kernel.Category;

/** A coefficient (hệ số) for a category, age band and disability level, in force from a date. */
@Entity
@Table(name = "benefit_coefficient")
public class BenefitCoefficient extends CategoryRateRow {

    @Column(name = "min_age")
    private Integer minAge;

    @Column(name = "max_age")
    private Integer maxAge;

    @Column(name = "disability_level")
    private String disabilityLevel;

    @Column(name = "coefficient", nullable = false)
    private BigDecimal coefficient;

    protected BenefitCoefficient() {
        // for JPA
    }

    public BenefitCoefficient(
            Category category,
            Integer minAge,
            Integer maxAge,
            String disabilityLevel,
            LocalDate effectiveFrom,
            BigDecimal coefficient,
            LegalAct act) {
        super(category, effectiveFrom, act);
        this.minAge = minAge;
        this.maxAge = maxAge;
        this.disabilityLevel = disabilityLevel;
        this.coefficient = coefficient;
    }

    /** Whether this row applies to the category, age (whole years) and disability level. */
    public boolean matches(Category wanted, int age, String wantedDisability) {
        return category() == wanted
                && (minAge == null || age >= minAge)
                && (maxAge == null || age < maxAge)
                && (disabilityLevel == null || disabilityLevel.equals(wantedDisability));
    }

    @Override
    public boolean sameKeyAs(RateRow other) {
        return other instanceof BenefitCoefficient c
                && c.category() == category()
                && Objects.equals(c.minAge, minAge)
                && Objects.equals(c.maxAge, maxAge)
                && Objects.equals(c.disabilityLevel, disabilityLevel);
    }

    public Integer minAge() {
        return minAge;
    }

    public Integer maxAge() {
        return maxAge;
    }

    public String disabilityLevel() {
        return disabilityLevel;
    }

    public BigDecimal coefficient() {
        return coefficient;
    }
}
