package vn.ansinh.casework.application;

import jakarta.persistence.EntityManager;
import java.time.YearMonth;
import java.util.List;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.casework.domain.BenefitStopped;
import vn.ansinh.casework.domain.CaseException;
import vn.ansinh.casework.domain.CasePause;
import vn.ansinh.casework.domain.CaseProposal;
import vn.ansinh.casework.domain.CaseStatus;
import vn.ansinh.casework.domain.CaseTransition;
import vn.ansinh.casework.domain.DecisionKind;
import vn.ansinh.casework.domain.EndReason;
import vn.ansinh.casework.domain.Lifecycle;
import vn.ansinh.casework.domain.ProposalStatus;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.command.Label;
import vn.ansinh.shared.text.VietnameseFormat;

/**
 * Proposing to end, pause or resume a decided allowance, inside a command (the officer's proposal, a
 * death record, a move): the case goes to its proposed status, the proposal is stored, and the payments
 * are held at once (a termination from the month after its last month, a suspension from its first
 * month). Months already paid are recovered only once the termination is signed (a proposal may be
 * rejected). A termination proposed over an open suspension or reinstatement proposal supersedes it.
 */
public final class StopProposals {

    private StopProposals() {}

    /** The transition that proposes a decision of this kind. */
    public static CaseTransition transitionOf(DecisionKind kind) {
        return switch (kind) {
            case TERMINATION -> CaseTransition.PROPOSE_TERMINATION;
            case SUSPENSION -> CaseTransition.PROPOSE_SUSPENSION;
            case REINSTATEMENT -> CaseTransition.PROPOSE_REINSTATEMENT;
            default -> throw new IllegalArgumentException(kind + " is not proposed");
        };
    }

    static CaseProposal propose(
            CommandContext context,
            BenefitCase c,
            DecisionKind kind,
            EndReason endReason,
            YearMonth month,
            Boolean backPaid,
            String reason) {
        EntityManager em = context.em();
        CaseTransition transition = transitionOf(kind);
        if (c.lifecycle() != Lifecycle.MONTHLY_ALLOWANCE) {
            throw new CaseException("proposal.error.notAllowance");
        }
        if (!c.lifecycle().allows(transition, c.status())) {
            throw new CaseException(
                    "case.error.transition",
                    new Label(transition.labelKey()),
                    new Label(c.status().labelKey()));
        }
        if (month == null) {
            throw new CaseException("proposal.error.month");
        }
        YearMonth proposed = kind == DecisionKind.TERMINATION ? c.lastPaidMonth(month) : month;
        if (kind == DecisionKind.SUSPENSION && c.firstMonth() != null && month.isBefore(c.firstMonth())) {
            throw new CaseException("proposal.error.beforeFirstMonth");
        }
        if (kind == DecisionKind.REINSTATEMENT) {
            CasePause pause = runningPause(em, c);
            if (pause != null && month.isBefore(pause.from())) {
                throw new CaseException("proposal.error.resumeBeforePause", VietnameseFormat.month(pause.from()));
            }
        }
        CaseStatus previous = c.status();
        CaseProposal replaced = open(em, c);
        if (replaced != null) {
            previous = replaced.previousStatus();
            replaced.superseded(context.actor(), context.now());
        }
        em.persist(c.propose(transition, reason, context.actor(), context.now()));
        CaseProposal proposal = CaseProposal.open(
                c, kind, endReason, proposed, backPaid, c.statusNote(), previous, context.actor(), context.now());
        em.persist(proposal);
        if (kind == DecisionKind.TERMINATION) {
            context.publish(BenefitStopped.ended(c, endReason, proposed));
        } else if (kind == DecisionKind.SUSPENSION) {
            context.publish(BenefitStopped.suspended(c, proposed));
        }
        return proposal;
    }

    /** The case's open proposal, or null. */
    public static CaseProposal open(EntityManager em, BenefitCase c) {
        List<CaseProposal> open = em.createQuery(
                        "select p from CaseProposal p where p.caseId = :c and p.status = :open" + " order by p.id desc",
                        CaseProposal.class)
                .setParameter("c", c.id())
                .setParameter("open", ProposalStatus.OPEN)
                .getResultList();
        return open.isEmpty() ? null : open.get(0);
    }

    /** The case's suspension still running (no reinstatement yet), or null. */
    static CasePause runningPause(EntityManager em, BenefitCase c) {
        List<CasePause> running = em.createQuery(
                        "select p from CasePause p where p.caseId = :c and p.untilMonth is null"
                                + " order by p.id desc",
                        CasePause.class)
                .setParameter("c", c.id())
                .getResultList();
        return running.isEmpty() ? null : running.get(0);
    }
}
