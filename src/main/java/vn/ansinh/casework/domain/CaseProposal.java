package vn.ansinh.casework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import vn.ansinh.shared.security.Actor;

/**
 * The officer's proposal (đề nghị) to end, pause or resume a decided allowance, with its reason and
 * month, waiting for the competent authority to sign the decision or reject it. While it is open the
 * case is in a proposed status and its payments are held.
 */
@Entity
@Table(name = "case_proposal")
public class CaseProposal implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private DecisionKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason", updatable = false)
    private EndReason endReason;

    @Column(name = "month", nullable = false, updatable = false)
    private LocalDate month;

    @Column(name = "back_paid", updatable = false)
    private Boolean backPaid;

    @Column(name = "reason", nullable = false, updatable = false)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "previous_status", nullable = false, updatable = false)
    private CaseStatus previousStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private ProposalStatus status;

    @Column(name = "proposed_by", nullable = false, updatable = false)
    private String proposedBy;

    @Column(name = "proposed_at", nullable = false, updatable = false)
    private LocalDateTime proposedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    @Column(name = "decision_id")
    private Long decisionId;

    @Column(name = "rejection_reason")
    private String rejectionReason;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected CaseProposal() {
        // for JPA
    }

    /**
     * A new open proposal. {@code month} is the last month paid (termination), the first month paused
     * (suspension) or the first month paid again (reinstatement); {@code backPaid} is the
     * reinstatement's answer to whether the paused months are paid back.
     */
    public static CaseProposal open(
            BenefitCase c,
            DecisionKind kind,
            EndReason endReason,
            YearMonth month,
            Boolean backPaid,
            String reason,
            CaseStatus previousStatus,
            Actor by,
            Instant at) {
        if (kind == DecisionKind.TERMINATION && endReason == null) {
            throw new CaseException("proposal.error.endReason");
        }
        if (kind == DecisionKind.REINSTATEMENT && backPaid == null) {
            throw new CaseException("proposal.error.backPaid");
        }
        if (kind != DecisionKind.TERMINATION && kind != DecisionKind.SUSPENSION && kind != DecisionKind.REINSTATEMENT) {
            throw new IllegalArgumentException(kind + " is not proposed");
        }
        if (month == null) {
            throw new CaseException("proposal.error.month");
        }
        CaseProposal p = new CaseProposal();
        p.caseId = c.id();
        p.kind = kind;
        p.endReason = kind == DecisionKind.TERMINATION ? endReason : null;
        p.month = month.atDay(1);
        p.backPaid = kind == DecisionKind.REINSTATEMENT ? backPaid : null;
        p.reason = reason;
        p.previousStatus = previousStatus;
        p.status = ProposalStatus.OPEN;
        p.proposedBy = by.username();
        p.proposedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        return p;
    }

    /** The authority signed the decision. */
    public void signed(Decision decision, Actor by, Instant at) {
        move(ProposalStatus.SIGNED, by, at);
        decisionId = decision.id();
    }

    /** The authority refused it, with a reason. */
    public void rejected(String why, Actor by, Instant at) {
        move(ProposalStatus.REJECTED, by, at);
        rejectionReason = why;
    }

    /** A later termination proposal replaced it. */
    public void superseded(Actor by, Instant at) {
        move(ProposalStatus.SUPERSEDED, by, at);
    }

    private void move(ProposalStatus to, Actor by, Instant at) {
        if (!status.allows(to)) {
            throw new CaseException("proposal.error.notOpen");
        }
        status = to;
        decidedBy = by.username();
        decidedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    public Long id() {
        return id;
    }

    public Long caseId() {
        return caseId;
    }

    public DecisionKind kind() {
        return kind;
    }

    public EndReason endReason() {
        return endReason;
    }

    public YearMonth month() {
        return YearMonth.from(month);
    }

    public Boolean backPaid() {
        return backPaid;
    }

    public String reason() {
        return reason;
    }

    public CaseStatus previousStatus() {
        return previousStatus;
    }

    public ProposalStatus status() {
        return status;
    }

    public String proposedBy() {
        return proposedBy;
    }

    public LocalDateTime proposedAt() {
        return proposedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Long decisionId() {
        return decisionId;
    }

    public String rejectionReason() {
        return rejectionReason;
    }
}
