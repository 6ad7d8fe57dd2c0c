package vn.ansinh.benefit.domain;

import vn.ansinh.shared.command.Label;
import vn.ansinh.shared.kernel.BusinessRuleException;

/**
 * Where a rate change (a standard level, a coefficient) stands. A rate is a legal act with
 * maker-checker: one administrator enters it, a second one confirms it, and only then does it count.
 *
 * <pre>
 * PENDING ──confirm (another administrator)──▶ CONFIRMED ──supersede (a later confirmed row, same key and month)──▶ SUPERSEDED
 *    └──────reject (with a reason)──────────▶ REJECTED
 * </pre>
 *
 * Which rows count at a given moment is {@link ConfirmedRates}' rule, read from the confirmation and
 * supersession times, so that a recomputation "as confirmed at" an earlier moment sees the rates of then.
 */
public enum RateStatus {
    /** Entered, waiting for a second administrator (chờ xác nhận): does not count. */
    PENDING,
    /** Confirmed by a second administrator (đã xác nhận): counts from its confirmation. */
    CONFIRMED,
    /** Rejected with a reason (bị từ chối): never counted. */
    REJECTED,
    /** Replaced by a later confirmed row of the same key and month (đã thay thế): counted until then. */
    SUPERSEDED;

    /** The one table of allowed steps. */
    public boolean allows(RateStep step) {
        return switch (step) {
            case CONFIRM, REJECT -> this == PENDING;
            case SUPERSEDE -> this == CONFIRMED;
        };
    }

    /** The status after the step, or {@code rate.error.transition} when it is not allowed. */
    public RateStatus after(RateStep step) {
        if (!allows(step)) {
            throw new BusinessRuleException("rate.error.transition", new Label(step.labelKey()), new Label(labelKey()));
        }
        return step.target();
    }

    public RateStatus confirm() {
        return after(RateStep.CONFIRM);
    }

    public RateStatus reject() {
        return after(RateStep.REJECT);
    }

    public RateStatus supersede() {
        return after(RateStep.SUPERSEDE);
    }

    public String labelKey() {
        return "rate.status." + name();
    }
}
