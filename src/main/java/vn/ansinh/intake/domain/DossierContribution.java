package vn.ansinh.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
public class DossierContribution extends ApplicationPart {

    /** What the person did to the dossier. */
    public enum Kind {
        /** Changed the application's category or fields. */
        EDITED,
        /** Wrote or changed the case's assessment notes (ý kiến thẩm định). */
        REVIEW_NOTES
    }

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
        super(applicationId);
        this.kind = kind;
        this.actor = actor;
        this.occurredAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
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
