package vn.ansinh.report.application;

import java.io.Serializable;
import java.time.YearMonth;
import vn.ansinh.report.domain.InsuranceStopReason;

/**
 * One line of the changes since the previous month: a person who is new on the list (from this month), who left it
 * (after the previous month, with the reason), or who stays but under another group code.
 *
 * @param person as on this month's list (new, changed group) or on the previous month's (stopped)
 * @param reason why a person stopped; null otherwise
 */
public record InsuranceChange(Kind kind, InsuredPerson person, YearMonth month, InsuranceStopReason reason)
        implements Serializable {

    /** Tăng, giảm, đổi mã đối tượng. */
    public enum Kind {
        NEW,
        STOPPED,
        GROUP_CHANGED;

        public String labelKey() {
            return "insurance.change." + name();
        }
    }
}
