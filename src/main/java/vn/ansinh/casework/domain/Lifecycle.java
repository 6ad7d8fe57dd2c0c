package vn.ansinh.casework.domain;

import static vn.ansinh.casework.domain.CaseStatus.ACTIVE;
import static vn.ansinh.casework.domain.CaseStatus.AFTERCARE;
import static vn.ansinh.casework.domain.CaseStatus.APPROVED;
import static vn.ansinh.casework.domain.CaseStatus.CLOSED;
import static vn.ansinh.casework.domain.CaseStatus.COMPLETED;
import static vn.ansinh.casework.domain.CaseStatus.DRAFT;
import static vn.ansinh.casework.domain.CaseStatus.ESCAPED;
import static vn.ansinh.casework.domain.CaseStatus.IN_REHABILITATION;
import static vn.ansinh.casework.domain.CaseStatus.POSTED;
import static vn.ansinh.casework.domain.CaseStatus.RECLASSIFIED;
import static vn.ansinh.casework.domain.CaseStatus.REINSTATEMENT_PROPOSED;
import static vn.ansinh.casework.domain.CaseStatus.REJECTED;
import static vn.ansinh.casework.domain.CaseStatus.RETURNED;
import static vn.ansinh.casework.domain.CaseStatus.SUBMITTED;
import static vn.ansinh.casework.domain.CaseStatus.SUSPENDED;
import static vn.ansinh.casework.domain.CaseStatus.SUSPENSION_PROPOSED;
import static vn.ansinh.casework.domain.CaseStatus.TERMINATED;
import static vn.ansinh.casework.domain.CaseStatus.TERMINATION_PROPOSED;
import static vn.ansinh.casework.domain.CaseStatus.VIOLATED;
import static vn.ansinh.casework.domain.CaseStatus.WITHDRAWN;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import vn.ansinh.shared.command.Label;
import vn.ansinh.shared.kernel.Programme;

/**
 * The path a case can take, per kind of programme. Programmes differ where the law does: a monthly
 * allowance is adjusted, suspended and ended; a one-time support is decided and closed; a drug
 * rehabilitation goes through its own phases; a poverty recognition follows the review year.
 */
public enum Lifecycle {
    /**
     * Người có công, thân nhân, bảo trợ xã hội, hưu trí xã hội: a monthly allowance. Ending, pausing and resuming it are
     * decisions: the officer proposes, the authority signs ({@code TERMINATE}, {@code SUSPEND},
     * {@code REINSTATE}) or rejects the proposal, which puts the case back where it was. A termination
     * (a death, a move) may be proposed over an open suspension or reinstatement proposal.
     */
    MONTHLY_ALLOWANCE(intake().edge(CaseTransition.ACTIVATE, ACTIVE, APPROVED)
            .edge(CaseTransition.ADJUST, ACTIVE, ACTIVE)
            .edge(
                    CaseTransition.PROPOSE_TERMINATION,
                    TERMINATION_PROPOSED,
                    APPROVED,
                    ACTIVE,
                    SUSPENDED,
                    SUSPENSION_PROPOSED,
                    REINSTATEMENT_PROPOSED)
            .edge(CaseTransition.PROPOSE_SUSPENSION, SUSPENSION_PROPOSED, ACTIVE)
            .edge(CaseTransition.PROPOSE_REINSTATEMENT, REINSTATEMENT_PROPOSED, SUSPENDED)
            .edge(CaseTransition.SUSPEND, SUSPENDED, SUSPENSION_PROPOSED)
            .edge(CaseTransition.REINSTATE, ACTIVE, REINSTATEMENT_PROPOSED)
            .edge(CaseTransition.TERMINATE, TERMINATED, TERMINATION_PROPOSED)
            // a signed list decision moves the person to another scheme (quyết định kèm danh sách): itself the decision
            .edge(CaseTransition.RECLASSIFY, TERMINATED, APPROVED, ACTIVE)
            .edge(
                    CaseTransition.REJECT_PROPOSAL,
                    null,
                    TERMINATION_PROPOSED,
                    SUSPENSION_PROPOSED,
                    REINSTATEMENT_PROPOSED)),
    /** Hỗ trợ chi phí mai táng: decided once, closed once paid. */
    ONE_TIME_SUPPORT(intake().edge(CaseTransition.CLOSE, CLOSED, APPROVED)),
    /** Cai nghiện ma túy: no allowance; dossier, decision on the form, rehabilitation, aftercare. */
    REHABILITATION(intake().edge(CaseTransition.START_REHABILITATION, IN_REHABILITATION, APPROVED)
            .edge(CaseTransition.COMPLETE, COMPLETED, IN_REHABILITATION)
            .edge(CaseTransition.RECORD_VIOLATION, VIOLATED, IN_REHABILITATION)
            .edge(CaseTransition.BEGIN_AFTERCARE, AFTERCARE, COMPLETED)
            .edge(CaseTransition.RELAPSE, CLOSED, AFTERCARE, VIOLATED, CLOSED)
            .edge(CaseTransition.CLOSE, CLOSED, AFTERCARE, COMPLETED, VIOLATED)),
    /** Hộ nghèo, hộ cận nghèo: recognised for a review year, then escaped or re-classified. */
    POVERTY_RECOGNITION(intake().edge(CaseTransition.ACTIVATE, ACTIVE, APPROVED)
            .edge(CaseTransition.ESCAPE, ESCAPED, ACTIVE)
            .edge(CaseTransition.RECLASSIFY, RECLASSIFIED, ACTIVE)
            .edge(CaseTransition.TERMINATE, TERMINATED, APPROVED, ACTIVE));

    private final Map<CaseTransition, Edge> edges;

    Lifecycle(Edges edges) {
        this.edges = Collections.unmodifiableMap(edges.map);
    }

    public static Lifecycle of(Programme programme) {
        return switch (programme) {
            case MERITORIOUS_PERSON, MERITORIOUS_RELATIVE, SOCIAL_ASSISTANCE, SOCIAL_PENSION -> MONTHLY_ALLOWANCE;
            case FUNERAL_SUPPORT -> ONE_TIME_SUPPORT;
            case DRUG_REHABILITATION -> REHABILITATION;
            case POOR_HOUSEHOLD_SUPPORT -> POVERTY_RECOGNITION;
        };
    }

    /** Whether the transition may be made from the status. */
    public boolean allows(CaseTransition transition, CaseStatus from) {
        Edge edge = edges.get(transition);
        return edge != null && edge.from().contains(from);
    }

    /** Whether the step exists in this lifecycle at all (e.g. only a monthly allowance is adjusted). */
    public boolean knows(CaseTransition transition) {
        return edges.containsKey(transition);
    }

    /** The status the transition leads to, or a refusal a user understands. */
    public CaseStatus target(CaseTransition transition, CaseStatus from) {
        if (!allows(transition, from)) {
            throw new CaseException(
                    "case.error.transition", new Label(transition.labelKey()), new Label(from.labelKey()));
        }
        CaseStatus to = edges.get(transition).to();
        if (to == null) {
            throw new IllegalStateException(transition + " leads back to the status before the proposal: use restore");
        }
        return to;
    }

    /**
     * Where a rejected proposal leads: back to the status the case had before it was proposed, which
     * must be one the proposal could start from.
     */
    public CaseStatus restore(CaseStatus proposed, CaseStatus previous) {
        if (!allows(CaseTransition.REJECT_PROPOSAL, proposed)) {
            throw new CaseException(
                    "case.error.transition",
                    new Label(CaseTransition.REJECT_PROPOSAL.labelKey()),
                    new Label(proposed.labelKey()));
        }
        boolean reachable = edges.entrySet().stream()
                .anyMatch(e ->
                        e.getValue().to() == proposed && e.getValue().from().contains(previous));
        if (!reachable || previous.isProposed()) {
            throw new IllegalStateException(previous + " cannot lead to " + proposed);
        }
        return previous;
    }

    /** The transitions this lifecycle knows, with the statuses they start from. */
    public Map<CaseTransition, Set<CaseStatus>> transitions() {
        Map<CaseTransition, Set<CaseStatus>> view = new EnumMap<>(CaseTransition.class);
        edges.forEach((transition, edge) -> view.put(transition, edge.from()));
        return view;
    }

    /** The steps every programme shares: the dossier and the decision on it. */
    private static Edges intake() {
        return new Edges()
                .edge(CaseTransition.SUBMIT, SUBMITTED, DRAFT, RETURNED)
                .edge(CaseTransition.WITHDRAW, WITHDRAWN, DRAFT, RETURNED, SUBMITTED, POSTED)
                .edge(CaseTransition.START_POSTING, POSTED, SUBMITTED)
                .edge(CaseTransition.RETURN, RETURNED, SUBMITTED, POSTED)
                .edge(CaseTransition.APPROVE, APPROVED, SUBMITTED, POSTED)
                .edge(CaseTransition.REJECT, REJECTED, SUBMITTED, POSTED);
    }

    private record Edge(Set<CaseStatus> from, CaseStatus to) {}

    private static final class Edges {
        private final Map<CaseTransition, Edge> map = new EnumMap<>(CaseTransition.class);

        Edges edge(CaseTransition transition, CaseStatus to, CaseStatus first, CaseStatus... more) {
            map.put(transition, new Edge(Collections.unmodifiableSet(EnumSet.of(first, more)), to));
            return this;
        }
    }
}
