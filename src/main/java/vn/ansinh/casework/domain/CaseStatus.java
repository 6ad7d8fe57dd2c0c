package vn.ansinh.casework.domain;

import java.util.function.Predicate;
import vn.ansinh.shared.persistence.SqlEnums;

/**
 * Where a case stands. Which statuses a case can reach, and by which transition, depends on its
 * programme's {@link Lifecycle}.
 */
public enum CaseStatus {
    /** Dossier being prepared by the commune officer (đang lập hồ sơ). */
    DRAFT,
    /** Submitted for decision; the statutory time limit runs (đã trình). */
    SUBMITTED,
    /** On public posting at the commune (đang niêm yết công khai). */
    POSTED,
    /** Sent back to the officer to complete or correct (trả lại để bổ sung). */
    RETURNED,
    /** Withdrawn before a decision (rút hồ sơ). */
    WITHDRAWN,
    /** Refused in writing (không chấp thuận). */
    REJECTED,
    /** Decision signed; not yet in effect (đã có quyết định). */
    APPROVED,
    /** Benefit being received (đang hưởng). */
    ACTIVE,
    /** Benefit paused (tạm dừng). */
    SUSPENDED,
    /** The officer proposed to end the benefit; payments held until the decision (đề nghị thôi hưởng). */
    TERMINATION_PROPOSED,
    /** The officer proposed to pause the benefit; payments held until the decision (đề nghị tạm dừng). */
    SUSPENSION_PROPOSED,
    /** The officer proposed to resume a paused benefit (đề nghị hưởng lại); still unpaid until the decision. */
    REINSTATEMENT_PROPOSED,
    /** Benefit ended: death, loss of eligibility, moved away (thôi hưởng). */
    TERMINATED,
    /** Drug rehabilitation under way (đang cai nghiện). */
    IN_REHABILITATION,
    /** Rehabilitation completed (hoàn thành cai nghiện). */
    COMPLETED,
    /** Rehabilitation broken off by a violation (vi phạm). */
    VIOLATED,
    /** Post-rehabilitation management (quản lý sau cai). */
    AFTERCARE,
    /** Escaped poverty at a review (thoát nghèo). */
    ESCAPED,
    /** Re-classified at a review (poor to near-poor or back): continued by a new case. */
    RECLASSIFIED,
    /** Closed: nothing more happens on this case (đóng hồ sơ). */
    CLOSED;

    /**
     * The benefit is paid for its entitled months ({@link EntitledMonths}): in effect (ACTIVE), or ended
     * (TERMINATED) for the months up to its last. A decision not yet in effect (APPROVED: its first month
     * has not come, and the nightly step activates it when it does), a paused benefit (SUSPENDED) and a
     * pending stop, suspension or reinstatement proposal are not paid: their months are paid as arrears once
     * a decision or a rejection lets them ({@link PausedMonths} says which paused months never are).
     */
    public boolean paysEntitledMonths() {
        return this == ACTIVE || this == TERMINATED;
    }

    /** The officer may still change the dossier. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }

    /** Waiting for the competent authority's decision. */
    public boolean awaitsDecision() {
        return this == SUBMITTED || this == POSTED;
    }

    /**
     * A benefit runs and its beneficiary must be followed (the alerts, the Project 06 beneficiaries): decided
     * (APPROVED), in effect (ACTIVE), paused (SUSPENDED), or with a stop, suspension or reinstatement proposal
     * pending, which changes nothing until the authority decides.
     */
    public boolean benefitRuns() {
        return this == APPROVED || this == ACTIVE || this == SUSPENDED || isProposed();
    }

    /** The case still follows the beneficiary: a benefit or a rehabilitation is running. */
    public boolean isRunning() {
        return benefitRuns() || this == IN_REHABILITATION || this == AFTERCARE;
    }

    /** A stop, suspension or reinstatement proposed by the officer, waiting for the authority's decision. */
    public boolean isProposed() {
        return this == TERMINATION_PROPOSED || this == SUSPENSION_PROPOSED || this == REINSTATEMENT_PROPOSED;
    }

    /** The SQL list of the statuses that satisfy the rule, e.g. {@code 'ACTIVE', 'TERMINATED'} (never empty). */
    public static String sqlSet(Predicate<CaseStatus> rule) {
        return SqlEnums.list(CaseStatus.class, rule);
    }

    public String labelKey() {
        return "case.status." + name();
    }
}
