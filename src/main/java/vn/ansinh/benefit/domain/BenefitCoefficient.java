package vn.ansinh.benefit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import vn.ansinh.intake.domain.Category;

/** A coefficient (hệ số) for a category, age band and disability level, in force from a date. */
@Entity
@Table(name = "benefit_coefficient")
public class BenefitCoefficient {

    @Id
    @jakarta.persistence.GeneratedValue(strategy = jakarta.persistence.GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false)
    private Category category;

    @Column(name = "min_age")
    private Integer minAge;

    @Column(name = "max_age")
    private Integer maxAge;

    @Column(name = "disability_level")
    private String disabilityLevel;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "coefficient", nullable = false)
    private BigDecimal coefficient;

    @Column(name = "legal_basis", nullable = false)
    private String legalBasis;

    @Column(name = "created_at")
    private java.time.LocalDateTime createdAt;

    @Column(name = "created_by")
    private String createdBy;

    protected BenefitCoefficient() {
        // for JPA
    }

    public BenefitCoefficient(Category category, Integer minAge, Integer maxAge, String disabilityLevel,
            LocalDate effectiveFrom, BigDecimal coefficient, String legalBasis) {
        this.category = category;
        this.minAge = minAge;
        this.maxAge = maxAge;
        this.disabilityLevel = disabilityLevel;
        this.effectiveFrom = effectiveFrom;
        this.coefficient = coefficient;
        this.legalBasis = legalBasis;
    }

    /** Whether this row applies to the category, age (whole years) and disability level. */
    public boolean matches(Category wanted, int age, String wantedDisability) {
        return category == wanted
                && (minAge == null || age >= minAge)
                && (maxAge == null || age < maxAge)
                && (disabilityLevel == null || disabilityLevel.equals(wantedDisability));
    }

    public Long id() {
        return id;
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

    public Category category() {
        return category;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public BigDecimal coefficient() {
        return coefficient;
    }

    /** Who added the row and when (null for the rows of the migrations). */
    public void recordAuthor(String by, java.time.Instant at) {
        createdBy = by;
        createdAt = java.time.LocalDateTime.ofInstant(at, java.time.ZoneOffset.UTC);
    }

    public String createdBy() {
        return createdBy;
    }

    public String legalBasis() {
        return legalBasis;
    }
}
