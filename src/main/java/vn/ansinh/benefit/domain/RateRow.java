package vn.ansinh.benefit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import vn.ansinh.shared.kernel.AdminUnitCode;

/**
 * What every rate-table row has: the month it applies from, the legal act that sets it (legal basis,
 * document number and date), and its two-person history: who entered it and when, who confirmed (or
 * rejected) it and when, and when a later confirmed row replaced it. Times are stored in UTC. The rows
 * of the migrations were entered and confirmed by {@value #MIGRATION}.
 */
@MappedSuperclass
public abstract class RateRow implements Serializable {

    /** The author and confirmer recorded for the rows loaded by migrations. */
    public static final String MIGRATION = "migration";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "legal_basis", nullable = false)
    private String legalBasis;

    @Column(name = "document_number")
    private String documentNumber;

    @Column(name = "document_date")
    private LocalDate documentDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private RateStatus status = RateStatus.PENDING;

    @Column(name = "created_at")
    private LocalDateTime createdAt;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "confirmed_at")
    private LocalDateTime confirmedAt;

    @Column(name = "confirmed_by")
    private String confirmedBy;

    @Column(name = "rejected_at")
    private LocalDateTime rejectedAt;

    @Column(name = "rejected_by")
    private String rejectedBy;

    @Column(name = "rejection_reason")
    private String rejectionReason;

    @Column(name = "superseded_at")
    private LocalDateTime supersededAt;

    @Column(name = "superseded_by_id")
    private Long supersededById;

    protected RateRow() {
        // for JPA
    }

    protected RateRow(LocalDate effectiveFrom, String legalBasis, String documentNumber, LocalDate documentDate) {
        this.effectiveFrom = effectiveFrom;
        this.legalBasis = legalBasis;
        this.documentNumber = documentNumber;
        this.documentDate = documentDate;
    }

    /** Who entered the change and when (the maker). */
    public void recordAuthor(String by, Instant at) {
        createdBy = by;
        createdAt = utc(at);
    }

    /** Whether {@code username} may confirm this row: never its own author (maker-checker). */
    public boolean mayBeConfirmedBy(String username) {
        return status.allows(RateStep.CONFIRM) && username != null && !username.equals(createdBy);
    }

    /** A second administrator confirms the change; the caller has checked {@link #mayBeConfirmedBy}. */
    public void confirm(String by, Instant at) {
        status = status.confirm();
        confirmedBy = by;
        confirmedAt = utc(at);
    }

    /** The pending change is rejected, with a reason; it never counts. */
    public void reject(String by, Instant at, String reason) {
        status = status.reject();
        rejectedBy = by;
        rejectedAt = utc(at);
        rejectionReason = reason;
    }

    /** A later confirmed row of the same key and month replaces this one from {@code at}. */
    public void supersede(RateRow by, Instant at) {
        status = status.supersede();
        supersededById = by.id();
        supersededAt = utc(at);
    }

    /** Whether the other row is for the same thing (scheme and province; category, band and disability level). */
    public abstract boolean sameKeyAs(RateRow other);

    /** The unit whose rate this is: a province for its own level, else the country. Jurisdiction goes through it. */
    public abstract AdminUnitCode unit();

    private static LocalDateTime utc(Instant at) {
        return ConfirmedRates.parameter(at);
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

    public String documentNumber() {
        return documentNumber;
    }

    public LocalDate documentDate() {
        return documentDate;
    }

    public RateStatus status() {
        return status;
    }

    public String createdBy() {
        return createdBy;
    }

    /** When it was entered, in UTC. */
    public LocalDateTime createdAt() {
        return createdAt;
    }

    public String confirmedBy() {
        return confirmedBy;
    }

    /** When it was confirmed, in UTC; null while pending or when rejected. */
    public LocalDateTime confirmedAt() {
        return confirmedAt;
    }

    public String rejectedBy() {
        return rejectedBy;
    }

    public LocalDateTime rejectedAt() {
        return rejectedAt;
    }

    public String rejectionReason() {
        return rejectionReason;
    }

    /** Who confirmed or rejected it (the checker), or null while pending. */
    public String decidedBy() {
        return confirmedBy != null ? confirmedBy : rejectedBy;
    }

    /** When it was confirmed or rejected, in UTC, or null while pending. */
    public LocalDateTime decidedAt() {
        return confirmedAt != null ? confirmedAt : rejectedAt;
    }

    /** When a later confirmed row replaced it, in UTC; null unless superseded. */
    public LocalDateTime supersededAt() {
        return supersededAt;
    }

    public Long supersededById() {
        return supersededById;
    }
}
