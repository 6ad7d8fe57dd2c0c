package vn.ansinh.casework.domain;

import java.util.Set;
import vn.ansinh.shared.security.Role;

/**
 * Something that moves a case from one status to another. Which transitions a case allows, from
 * which statuses, is its {@link Lifecycle}'s; who may make one is declared here.
 */
public enum CaseTransition {
    SUBMIT(false, Role.COMMUNE_OFFICER),
    WITHDRAW(true, Role.COMMUNE_OFFICER),
    START_POSTING(false, Role.COMMUNE_OFFICER),
    RETURN(true, Role.APPROVER),
    APPROVE(false, Role.APPROVER),
    REJECT(true, Role.APPROVER),
    /** The decision's month has come: the benefit starts. Made by the approval itself or the daily job. */
    ACTIVATE(false, Role.APPROVER, Role.COMMUNE_OFFICER, Role.ADMIN),
    ADJUST(false, Role.APPROVER),
    /** The officer proposes to end a decided allowance (death, move, loss of eligibility); payments are held. */
    PROPOSE_TERMINATION(true, Role.COMMUNE_OFFICER),
    /** The officer proposes to pause a decided allowance from a month; payments are held. */
    PROPOSE_SUSPENSION(true, Role.COMMUNE_OFFICER),
    /** The officer proposes to resume a paused allowance from a month, saying whether the paused months are paid back. */
    PROPOSE_REINSTATEMENT(true, Role.COMMUNE_OFFICER),
    /** The authority refuses a proposal with a reason: the case is back where it was, its holds released. */
    REJECT_PROPOSAL(true, Role.APPROVER),
    /** The authority signs the suspension decision. */
    SUSPEND(true, Role.APPROVER),
    /** The authority signs the reinstatement decision. */
    REINSTATE(false, Role.APPROVER),
    /**
     * Ends the benefit: for an allowance the authority signs the termination decision on a proposal; a
     * poverty recognition is ended by the officer's move record.
     */
    TERMINATE(true, Role.APPROVER, Role.COMMUNE_OFFICER),
    START_REHABILITATION(false, Role.COMMUNE_OFFICER),
    COMPLETE(false, Role.APPROVER),
    RECORD_VIOLATION(true, Role.COMMUNE_OFFICER),
    BEGIN_AFTERCARE(false, Role.COMMUNE_OFFICER),
    RELAPSE(true, Role.COMMUNE_OFFICER),
    ESCAPE(false, Role.APPROVER),
    RECLASSIFY(false, Role.APPROVER),
    CLOSE(false, Role.COMMUNE_OFFICER, Role.APPROVER);

    private final boolean requiresNote;
    private final Set<Role> roles;

    CaseTransition(boolean requiresNote, Role... roles) {
        this.requiresNote = requiresNote;
        this.roles = Set.of(roles);
    }

    /** Whether a written reason must accompany the transition (a refusal, a return, an end). */
    public boolean requiresNote() {
        return requiresNote;
    }

    public Set<Role> roles() {
        return roles;
    }

    public String labelKey() {
        return "case.transition." + name();
    }
}
