package vn.ansinh.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** The result of one year's poverty review of a household; computed, never typed in. */
@Entity
@Table(name = "poverty_review")
public class PovertyReview implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "household_id", nullable = false, updatable = false)
    private Long householdId;

    @Column(name = "review_year", nullable = false, updatable = false)
    private int reviewYear;

    @Column(name = "income_per_capita", nullable = false, updatable = false)
    private long incomePerCapita;

    @Column(name = "deprivations", nullable = false, updatable = false)
    private int deprivations;

    @Column(name = "deprivation_count", nullable = false, updatable = false)
    private int deprivationCount;

    @Enumerated(EnumType.STRING)
    @Column(name = "classification", nullable = false, updatable = false)
    private PovertyClassification classification;

    @Column(name = "standard_id", nullable = false, updatable = false)
    private Long standardId;

    @Column(name = "reviewed_on", nullable = false, updatable = false)
    private LocalDate reviewedOn;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    protected PovertyReview() {
        // for JPA
    }

    PovertyReview(
            Long householdId,
            int year,
            long incomePerCapita,
            Deprivations deprivations,
            PovertyClassification classification,
            Long standardId,
            LocalDate reviewedOn,
            String by,
            Instant at) {
        this.householdId = householdId;
        this.reviewYear = year;
        this.incomePerCapita = incomePerCapita;
        this.deprivations = deprivations.mask();
        this.deprivationCount = deprivations.count();
        this.classification = classification;
        this.standardId = standardId;
        this.reviewedOn = reviewedOn;
        this.createdBy = by;
        this.createdAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    public Long householdId() {
        return householdId;
    }

    public int reviewYear() {
        return reviewYear;
    }

    public long incomePerCapita() {
        return incomePerCapita;
    }

    public Deprivations deprivations() {
        return Deprivations.fromMask(deprivations);
    }

    public PovertyClassification classification() {
        return classification;
    }

    /** The poverty line the review was classified with. */
    public Long standardId() {
        return standardId;
    }
}
