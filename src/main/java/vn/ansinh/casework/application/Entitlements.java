package vn.ansinh.casework.application;

import java.time.YearMonth;
import java.util.Optional;
import vn.ansinh.benefit.domain.Entitlement;
import vn.ansinh.benefit.domain.RateTable;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.casework.domain.CaseException;
import vn.ansinh.casework.domain.DecisionKind;
import vn.ansinh.casework.domain.DecisionTerms;
import vn.ansinh.casework.domain.Lifecycle;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.shared.command.Label;
import vn.ansinh.shared.kernel.Category;

/** The terms of a decision: the amount the rate tables give the case's category in its month. */
final class Entitlements {

    private Entitlements() {}

    static DecisionTerms terms(
            DecisionKind kind,
            BenefitCase c,
            Category category,
            String disabilityLevel,
            Person person,
            CaseworkRules rules,
            YearMonth month) {
        if (AnnexEntitlements.pricedByAnnex(c, category)
                && kind != DecisionKind.TERMINATION
                && kind != DecisionKind.SUSPENSION) {
            return AnnexEntitlements.terms(kind, c, category, rules.annex(), month);
        }
        RateTable rates = rules.rates();
        Lifecycle lifecycle = c.lifecycle();
        if (lifecycle == Lifecycle.REHABILITATION || lifecycle == Lifecycle.POVERTY_RECOGNITION) {
            return new DecisionTerms(kind, category, disabilityLevel, null, null, null, null, month);
        }
        Optional<Entitlement> entitlement = rates.entitlement(
                category, disabilityLevel, person.birthDate(), c.provinceCode().value(), month);
        if (lifecycle == Lifecycle.ONE_TIME_SUPPORT) {
            // a support priced from a scheme (e.g. the social pension's funeral support) is never decided
            // without a confirmed amount: an administrator enters it and another confirms it first
            if (entitlement.isEmpty()
                    && vn.ansinh.benefit.domain.Scheme.of(category).isPresent()) {
                throw new CaseException(
                        "case.error.noFuneralRate",
                        new Label("category." + category),
                        month.getMonthValue() + "/" + month.getYear());
            }
            Long amount = entitlement.map(Entitlement::amount).orElse(null);
            return new DecisionTerms(
                    kind,
                    category,
                    null,
                    entitlement.map(Entitlement::coefficient).orElse(null),
                    entitlement.map(Entitlement::standardLevel).orElse(null),
                    null,
                    amount,
                    month);
        }
        if (kind == DecisionKind.TERMINATION || kind == DecisionKind.SUSPENSION) {
            return new DecisionTerms(kind, category, disabilityLevel, null, null, null, null, month);
        }
        Entitlement e = entitlement.orElseThrow(() -> new CaseException(
                "case.error.noRate", new Label("category." + category), month.getMonthValue() + "/" + month.getYear()));
        return new DecisionTerms(
                kind, category, disabilityLevel, e.coefficient(), e.standardLevel(), e.amount(), null, month);
    }
}
