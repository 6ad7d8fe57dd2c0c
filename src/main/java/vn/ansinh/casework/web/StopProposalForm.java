package vn.ansinh.casework.web;

import java.io.Serializable;
import java.time.YearMonth;
import vn.ansinh.casework.domain.EndReason;
import vn.ansinh.shared.kernel.BusinessRuleException;

/** What the officer types to propose a stop, a suspension or a reinstatement; months as MM/yyyy (MonthConverter). */
public class StopProposalForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private EndReason endReason = EndReason.LOSS_OF_ELIGIBILITY;
    private YearMonth month;
    private boolean backPaid;
    private String reason;
    private String rejection;

    /** The month typed (MonthConverter read it), or the page's message when none was. */
    YearMonth requiredMonth() {
        if (month == null) {
            throw new BusinessRuleException("proposal.error.month");
        }
        return month;
    }

    void clear() {
        month = null;
        backPaid = false;
        reason = null;
        rejection = null;
    }

    public EndReason[] getEndReasons() {
        return EndReason.values();
    }

    public EndReason getEndReason() {
        return endReason;
    }

    public void setEndReason(EndReason endReason) {
        this.endReason = endReason;
    }

    public YearMonth getMonth() {
        return month;
    }

    public void setMonth(YearMonth month) {
        this.month = month;
    }

    public boolean isBackPaid() {
        return backPaid;
    }

    public void setBackPaid(boolean backPaid) {
        this.backPaid = backPaid;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getRejection() {
        return rejection;
    }

    public void setRejection(String rejection) {
        this.rejection = rejection;
    }
}
