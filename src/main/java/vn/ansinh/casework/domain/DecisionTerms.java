package vn.ansinh.casework.domain;

import java.math.BigDecimal;
import java.time.YearMonth;
import vn.ansinh.shared.kernel.Category;

/**
 * What a decision grants or changes: category, coefficient, standard level and amount, and the
 * month it takes effect. Amounts are in đồng; null where the programme pays none.
 */
public record DecisionTerms(
        DecisionKind kind,
        Category category,
        String disabilityLevel,
        BigDecimal coefficient,
        Long standardLevel,
        Long monthlyAmount,
        Long oneTimeAmount,
        YearMonth effectiveMonth) {

    public DecisionTerms {
        if (kind == null || category == null || effectiveMonth == null) {
            throw new IllegalArgumentException("kind, category and effective month are required");
        }
    }
}
