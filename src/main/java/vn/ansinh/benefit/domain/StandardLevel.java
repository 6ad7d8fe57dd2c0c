package vn.ansinh.benefit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A standard level in force from a date, nationally or in one province that sets a higher one. */
@Entity
@Table(name = "standard_level")
public class StandardLevel {

    @Id
    @jakarta.persistence.GeneratedValue(strategy = jakarta.persistence.GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "scheme", nullable = false)
    private Scheme scheme;

    @Column(name = "province_code")
    private String provinceCode;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "amount", nullable = false)
    private long amount;

    @Column(name = "legal_basis", nullable = false)
    private String legalBasis;

    @Column(name = "created_at")
    private java.time.LocalDateTime createdAt;

    @Column(name = "created_by")
    private String createdBy;

    protected StandardLevel() {
        // for JPA
    }

    public StandardLevel(Scheme scheme, String provinceCode, LocalDate effectiveFrom, long amount, String legalBasis) {
        this.scheme = scheme;
        this.provinceCode = provinceCode;
        this.effectiveFrom = effectiveFrom;
        this.amount = amount;
        this.legalBasis = legalBasis;
    }

    public Long id() {
        return id;
    }

    public Scheme scheme() {
        return scheme;
    }

    /** The province that set this level, or null for the national level. */
    public String provinceCode() {
        return provinceCode;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public long amount() {
        return amount;
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
