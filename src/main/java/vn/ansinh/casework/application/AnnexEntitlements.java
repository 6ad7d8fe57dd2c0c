package vn.ansinh.casework.application;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import vn.ansinh.benefit.domain.AnnexComponents;
import vn.ansinh.benefit.domain.AnnexRate;
import vn.ansinh.benefit.domain.AnnexRates;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.casework.domain.CaseException;
import vn.ansinh.casework.domain.DecisionKind;
import vn.ansinh.casework.domain.DecisionTerms;
import vn.ansinh.casework.domain.Lifecycle;
import vn.ansinh.casework.domain.MeritFacts;
import vn.ansinh.shared.command.Label;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.Programme;

/**
 * The monthly amount of a meritorious person's decision: the sum of the case's components
 * ({@link AnnexComponents}, the same rules as the payroll's) at the annex rows in force in the month as
 * confirmed when the decision is made ({@link AnnexRates}), a caregiver's component included.
 */
final class AnnexEntitlements {

    private AnnexEntitlements() {}

    static boolean pricedByAnnex(BenefitCase c, Category category) {
        return c.lifecycle() == Lifecycle.MONTHLY_ALLOWANCE
                && (category.programme() == Programme.MERITORIOUS_PERSON
                        || category.programme() == Programme.MERITORIOUS_RELATIVE);
    }

    static DecisionTerms terms(
            DecisionKind kind, BenefitCase c, Category category, List<AnnexRate> confirmed, YearMonth month) {
        MeritFacts f = c.meritFacts();
        AnnexComponents.Facts facts = new AnnexComponents.Facts(
                category,
                f == null ? null : f.impairmentPercent(),
                f == null ? null : f.martyrCount(),
                f == null ? null : f.seniorityYears(),
                f != null && f.livesAlone(),
                f != null && f.severeWounds(),
                f == null ? null : f.helperAward(),
                f != null && f.caregiverPersonId() != null);
        List<AnnexComponents.Rule> components = AnnexComponents.of(facts);
        if (components.isEmpty()) {
            // no monthly item of Phụ lục I–III for this category (e.g. resistance activists: one-time only)
            return new DecisionTerms(kind, category, null, null, null, null, null, month);
        }
        List<AnnexRate> inForce = AnnexRates.latest(confirmed, month);
        long total = 0;
        boolean priced = false;
        for (AnnexComponents.Rule rule : components) {
            for (AnnexRate r : inForce) {
                if (r.rowCode().equals(rule.rowCode())
                        && Objects.equals(r.impairmentPercent(), rule.byPercent() ? facts.impairmentPercent() : null)) {
                    total += r.amount() * AnnexComponents.times(rule, facts);
                    priced = true;
                }
            }
        }
        if (!priced) {
            throw new CaseException(
                    "case.error.noRate",
                    new Label("category." + category),
                    month.getMonthValue() + "/" + month.getYear());
        }
        return new DecisionTerms(kind, category, null, null, null, total, null, month);
    }
}
