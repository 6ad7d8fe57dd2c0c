package vn.ansinh.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A poverty line (chuẩn nghèo) for a period of review years and an area: configuration with its
 * legal basis, loaded by migration and changed only by a new row.
 */
@Entity
@Table(name = "poverty_standard")
public class PovertyStandard {

    @Id
    private Long id;

    @Column(name = "first_year", nullable = false)
    private int firstYear;

    @Column(name = "last_year", nullable = false)
    private int lastYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "area", nullable = false)
    private Area area;

    @Column(name = "income_ceiling", nullable = false)
    private long incomeCeiling;

    @Column(name = "average_ceiling")
    private Long averageCeiling;

    @Column(name = "min_deprivations_poor", nullable = false)
    private int minDeprivationsPoor;

    @Column(name = "legal_basis", nullable = false)
    private String legalBasis;

    protected PovertyStandard() {
        // for JPA
    }

    public PovertyStandard(
            int firstYear,
            int lastYear,
            Area area,
            long incomeCeiling,
            Long averageCeiling,
            int minDeprivationsPoor,
            String legalBasis) {
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.area = area;
        this.incomeCeiling = incomeCeiling;
        this.averageCeiling = averageCeiling;
        this.minDeprivationsPoor = minDeprivationsPoor;
        this.legalBasis = legalBasis;
    }

    public boolean appliesTo(int reviewYear, Area householdArea) {
        return area == householdArea && reviewYear >= firstYear && reviewYear <= lastYear;
    }

    /**
     * Classifies a review. Poor: income at or under the line and at least the set number of
     * deprivations; near-poor: at or under the line with fewer. Above the line: newly escaped when
     * the previous review was poor or near-poor, otherwise average living standard up to its bound.
     */
    public PovertyClassification classify(
            long incomePerCapita, Deprivations deprivations, PovertyClassification previous) {
        if (incomePerCapita <= incomeCeiling) {
            return deprivations.count() >= minDeprivationsPoor
                    ? PovertyClassification.POOR
                    : PovertyClassification.NEAR_POOR;
        }
        if (previous != null && previous.receivesSupport()) {
            return PovertyClassification.NEWLY_ESCAPED;
        }
        return averageCeiling != null && incomePerCapita <= averageCeiling
                ? PovertyClassification.AVERAGE
                : PovertyClassification.ABOVE_AVERAGE;
    }

    public Long id() {
        return id;
    }

    public long incomeCeiling() {
        return incomeCeiling;
    }

    public String legalBasis() {
        return legalBasis;
    }
}
