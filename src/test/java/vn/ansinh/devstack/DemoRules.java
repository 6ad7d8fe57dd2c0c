package vn.ansinh.devstack;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import vn.ansinh.benefit.domain.Entitlement;
import vn.ansinh.casework.application.CaseworkRules;
import vn.ansinh.casework.domain.ApprovalAuthority;
import vn.ansinh.devstack.DemoScalePlan.Beneficiary;
import vn.ansinh.registry.domain.PartialDate;
import vn.ansinh.shared.kernel.Programme;

/**
 * The app's own casework rules as the bulk demo data reads them: who signs a programme's decision on a day
 * ({@code approval_authority}) and what a coefficient-priced grant states (the confirmed rate tables), so the
 * bulk decisions say what a decision signed through {@code ApproveCaseCommand} would.
 */
final class DemoRules {

    private final CaseworkRules rules;

    private DemoRules(CaseworkRules rules) {
        this.rules = rules;
    }

    /** The rules with the rates as confirmed at {@code asOf}. */
    static DemoRules load(EntityManager em, Instant asOf) {
        return new DemoRules(CaseworkRules.load(em, asOf));
    }

    ApprovalAuthority rule(Programme programme, LocalDate day) {
        return rules.authorities().ruleFor(programme, day);
    }

    /** The coefficient, standard level and monthly amount of the grant's first month, or nulls (annex-priced). */
    DemoScale.Amounts amounts(Beneficiary b, String disabilityLevel, String province) {
        return rules.rates()
                .entitlement(
                        b.category(), disabilityLevel, PartialDate.of(b.person().birthYear()), province, b.decided())
                .map(DemoRules::amounts)
                .orElse(new DemoScale.Amounts(null, null, null));
    }

    private static DemoScale.Amounts amounts(Entitlement e) {
        return new DemoScale.Amounts(e.coefficient(), e.standardLevel(), e.amount());
    }
}
