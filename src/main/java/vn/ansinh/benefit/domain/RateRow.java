package vn.ansinh.benefit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * What every rate-table row has: the date it applies from, the legal text that sets it, and who
 * entered it (null for the rows of the migrations).
 */
@MappedSuperclass
public abstract class RateRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "legal_basis", nullable = false)
    private String legalBasis;

    @Column(name = "created_at")
    private LocalDateTime createdAt;

    @Column(name = "created_by")
    private String createdBy;

    protected RateRow() {
        // for JPA
    }

    protected RateRow(LocalDate effectiveFrom, String legalBasis) {
        this.effectiveFrom = effectiveFrom;
        this.legalBasis = legalBasis;
    }

    /** Who added the row and when. */
    public void recordAuthor(String by, Instant at) {
        createdBy = by;
        createdAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    public Long id() {
        return id;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public String legalBasis() {
        return legalBasis;
    }

    public String createdBy() {
        return createdBy;
    }
}
