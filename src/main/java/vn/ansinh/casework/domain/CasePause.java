package vn.ansinh.casework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The dated period of a signed suspension (tạm dừng): from its first month, until the month before
 * the reinstatement resumes payment, paid back or not as the reinstatement decided ({@link PausedMonths}).
 */
@Entity
@Table(name = "case_pause")
public class CasePause {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(name = "from_month", nullable = false, updatable = false)
    private LocalDate fromMonth;

    @Column(name = "until_month")
    private LocalDate untilMonth;

    @Column(name = "back_paid", nullable = false)
    private boolean backPaid;

    @Column(name = "suspension_decision_id", nullable = false, updatable = false)
    private Long suspensionDecisionId;

    @Column(name = "reinstatement_decision_id")
    private Long reinstatementDecisionId;

    protected CasePause() {
        // for JPA
    }

    /** A suspension signed by {@code decision}: nothing is paid from {@code from} on. */
    public static CasePause from(BenefitCase c, YearMonth from, Decision decision) {
        CasePause pause = new CasePause();
        pause.caseId = c.id();
        pause.fromMonth = from.atDay(1);
        pause.suspensionDecisionId = decision.id();
        return pause;
    }

    /** The reinstatement resumes payment from {@code resumedFrom}; the paused months are paid back or never. */
    public void end(YearMonth resumedFrom, boolean paidBack, Decision decision) {
        if (untilMonth != null) {
            throw new CaseException("proposal.error.notOpen");
        }
        if (resumedFrom.isBefore(from())) {
            throw new CaseException(
                    "proposal.error.resumeBeforePause", from().getMonthValue() + "/" + from().getYear());
        }
        untilMonth = resumedFrom.minusMonths(1).atDay(1);
        backPaid = paidBack;
        reinstatementDecisionId = decision.id();
    }

    public PausedMonths.Pause period() {
        return new PausedMonths.Pause(from(), until(), backPaid);
    }

    public Long id() {
        return id;
    }

    public Long caseId() {
        return caseId;
    }

    public YearMonth from() {
        return YearMonth.from(fromMonth);
    }
    /** The last paused month, null while the suspension runs. */
    public YearMonth until() {
        return untilMonth == null ? null : YearMonth.from(untilMonth);
    }

    public boolean backPaid() {
        return backPaid;
    }

    public Long suspensionDecisionId() {
        return suspensionDecisionId;
    }

    public Long reinstatementDecisionId() {
        return reinstatementDecisionId;
    }
}
