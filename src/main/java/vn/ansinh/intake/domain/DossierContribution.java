package vn.ansinh.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A hand in a dossier that no other row records: who changed an application's fields, who wrote a
 * case's assessment notes. Append-only (a database trigger refuses changes); read by the
 * maker-checker rule.
 */
@Entity
@Table(name = "dossier_contribution")
public class DossierContribution {

    /** What the person did to the dossier. */
    public enum Kind {
        /** Changed the application's category or fields. */
        EDITED,
        /** Wrote or changed the case's assessment notes (ý kiến thẩm định). */
        REVIEW_NOTES
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false, updatable = false)
    private Long applicationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private Kind kind;

    @Column(name = "actor", nullable = false, updatable = false)
    private String actor;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private LocalDateTime occurredAt;

    protected DossierContribution() {
        // for JPA
    }

    public DossierContribution(Long applicationId, Kind kind, String actor, Instant at) {
        this.applicationId = applicationId;
        this.kind = kind;
        this.actor = actor;
        this.occurredAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    public Long applicationId() {
        return applicationId;
    }

    public Kind kind() {
        return kind;
    }

    public String actor() {
        return actor;
    }

    public LocalDateTime occurredAt() {
        return occurredAt;
    }
}
