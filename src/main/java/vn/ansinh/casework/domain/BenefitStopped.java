package vn.ansinh.casework.domain;

import java.time.YearMonth;
import java.util.Objects;

/**
 * A running benefit stopped being paid after {@code lastMonth}: ended by a death, a move or a loss
 * of eligibility ({@code reason} = the {@link EndReason}'s name), or suspended ({@code SUSPENDED},
 * the last month being the month of the suspension). Published by the casework commands; payment
 * holds or stops the lines of later months in the same transaction.
 */
public record BenefitStopped(long caseId, YearMonth lastMonth, String reason) {

    public static final String SUSPENDED = "SUSPENDED";

    public BenefitStopped {
        Objects.requireNonNull(lastMonth, "lastMonth");
        Objects.requireNonNull(reason, "reason");
    }

    public static BenefitStopped ended(BenefitCase c, EndReason reason) {
        return new BenefitStopped(c.id(), c.lastMonth(), reason.name());
    }

    /** A termination proposed (or signed) with its last month paid. */
    public static BenefitStopped ended(BenefitCase c, EndReason reason, YearMonth lastMonth) {
        return new BenefitStopped(c.id(), lastMonth, reason.name());
    }

    /** A suspension proposed from {@code firstPaused}: the month before it is the last paid. */
    public static BenefitStopped suspended(BenefitCase c, YearMonth firstPaused) {
        return new BenefitStopped(c.id(), firstPaused.minusMonths(1), SUSPENDED);
    }
}
