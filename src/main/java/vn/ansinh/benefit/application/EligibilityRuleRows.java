package vn.ansinh.benefit.application;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import vn.ansinh.benefit.domain.CategoryPeriod;
import vn.ansinh.benefit.domain.ConfirmedRates;
import vn.ansinh.benefit.domain.EligibilityRule;
import vn.ansinh.benefit.domain.EligibilityRules;

/** Reads the eligibility rules and category periods that count at a moment ({@link ConfirmedRates}). */
public final class EligibilityRuleRows {

    private EligibilityRuleRows() {}

    public static EligibilityRules load(EntityManager em, Instant asOf) {
        return new EligibilityRules(
                ConfirmedRates.load(em, CategoryPeriod.class, asOf),
                ConfirmedRates.load(em, EligibilityRule.class, asOf));
    }
}
