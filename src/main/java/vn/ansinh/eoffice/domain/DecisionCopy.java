package vn.ansinh.eoffice.domain;

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
import java.util.Objects;

/**
 * A stored PDF copy of a signed decision, individual ({@code decisionId}) or list ({@code listDecisionId}, one of
 * the two and never both, as the database checks): its bytes in the document store under their SHA-256, written once
 * (the database refuses updates and deletes). A download returns these bytes; a copy is never printed again.
 */
@Entity
@Table(name = "decision_copy")
public class DecisionCopy {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "decision_id", updatable = false)
    private Long decisionId;

    @Column(name = "list_decision_id", updatable = false)
    private Long listDecisionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private CopyKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, updatable = false)
    private CopyKind.CopyRole role;

    @Column(name = "sha256", nullable = false, updatable = false)
    private String sha256;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Column(name = "signer_subject", updatable = false)
    private String signerSubject;

    @Column(name = "made_by", nullable = false, updatable = false)
    private String madeBy;

    @Column(name = "made_at", nullable = false, updatable = false)
    private LocalDateTime madeAt;

    protected DecisionCopy() {
        // for JPA
    }

    /**
     * A copy stored for an individual decision or a list decision ({@code of}, {@code id}): what it carries (sealed,
     * unsigned, or the chairman's), its stored file, who signed it (or null), by whom, when.
     */
    public static DecisionCopy stored(
            CopyOf of,
            Long id,
            CopyKind kind,
            String sha256,
            long size,
            String signerSubject,
            String madeBy,
            Instant at) {
        DecisionCopy c = new DecisionCopy();
        if (of == CopyOf.LIST) {
            c.listDecisionId = Objects.requireNonNull(id, "listDecisionId");
        } else {
            c.decisionId = Objects.requireNonNull(id, "decisionId");
        }
        return c.filled(kind, sha256, size, signerSubject, madeBy, at);
    }

    private DecisionCopy filled(
            CopyKind kind, String sha256, long size, String signerSubject, String madeBy, Instant at) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.role = kind.role();
        this.sha256 = Objects.requireNonNull(sha256, "sha256");
        this.size = size;
        this.signerSubject = signerSubject == null || signerSubject.length() <= 500
                ? signerSubject
                : signerSubject.substring(0, 500);
        this.madeBy = Objects.requireNonNull(madeBy, "madeBy");
        this.madeAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        return this;
    }

    public Long id() {
        return id;
    }

    /** The individual decision the copy is of, or null for a list decision's copy. */
    public Long decisionId() {
        return decisionId;
    }

    /** The list decision the copy is of, or null for an individual decision's copy. */
    public Long listDecisionId() {
        return listDecisionId;
    }

    public CopyKind kind() {
        return kind;
    }

    public String sha256() {
        return sha256;
    }

    public long size() {
        return size;
    }

    public String signerSubject() {
        return signerSubject;
    }

    public String madeBy() {
        return madeBy;
    }

    public LocalDateTime madeAt() {
        return madeAt;
    }
}
