package vn.ansinh.registry.domain;

import java.io.Serializable;
import java.util.Objects;
import vn.ansinh.shared.kernel.InvalidValueException;

/**
 * What a poverty review collects for a household and a year before it is classified: the income
 * per head per month in đồng (phiếu B1) and the deprived indicators (phiếu B2).
 */
public record PovertyReviewFigures(int year, long incomePerCapita, Deprivations deprivations) implements Serializable {

    public PovertyReviewFigures {
        Objects.requireNonNull(deprivations, "deprivations");
        if (incomePerCapita < 0) {
            throw new InvalidValueException("review.error.income");
        }
    }
}
