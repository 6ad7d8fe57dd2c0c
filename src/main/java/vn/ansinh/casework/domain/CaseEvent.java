package vn.ansinh.casework.domain;

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
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import vn.ansinh.shared.security.Actor;

/** One step in a case's history. Append-only (a database trigger refuses changes). */
@Entity
@Table(name = "case_event")
public class CaseEvent implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private LocalDateTime occurredAt;

    @Column(name = "actor", nullable = false, updatable = false)
    private String actor;

    @Column(name = "actor_name", nullable = false, updatable = false)
    private String actorName;

    @Enumerated(EnumType.STRING)
    @Column(name = "transition", nullable = false, updatable = false)
    private CaseTransition transition;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false)
    private CaseStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false)
    private CaseStatus toStatus;

    @Column(name = "note", updatable = false)
    private String note;

    @Column(name = "decision_id", updatable = false)
    private Long decisionId;

    @jakarta.persistence.Transient
    private BenefitCase benefitCase;

    protected CaseEvent() {
        // for JPA
    }

    static CaseEvent of(
            BenefitCase c,
            CaseTransition transition,
            CaseStatus from,
            CaseStatus to,
            String note,
            Actor by,
            Instant at) {
        CaseEvent event = new CaseEvent();
        event.benefitCase = c;
        event.caseId = c.id();
        event.transition = transition;
        event.fromStatus = from;
        event.toStatus = to;
        event.note = note;
        event.actor = by.username();
        event.actorName = by.displayName();
        event.occurredAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        return event;
    }

    /** The decision that made this step, set before the event is stored. */
    public CaseEvent withDecision(Long decision) {
        this.decisionId = decision;
        return this;
    }

    /** Fills in the case id of a case stored after the event was made (a case opened and moved at once). */
    public CaseEvent forStoredCase() {
        if (caseId == null && benefitCase != null) {
            caseId = benefitCase.id();
        }
        return this;
    }

    public Long id() {
        return id;
    }

    public Long caseId() {
        return caseId;
    }

    public LocalDateTime occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String actorName() {
        return actorName;
    }

    public CaseTransition transition() {
        return transition;
    }

    public CaseStatus fromStatus() {
        return fromStatus;
    }

    public CaseStatus toStatus() {
        return toStatus;
    }

    public String note() {
        return note;
    }

    public Long decisionId() {
        return decisionId;
    }
}
