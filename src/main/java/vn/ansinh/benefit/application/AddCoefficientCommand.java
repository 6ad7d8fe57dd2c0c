package vn.ansinh.benefit.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import vn.ansinh.benefit.domain.BenefitCoefficient;
import vn.ansinh.benefit.domain.LegalAct;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.ProgrammeField;

/**
 * An administrator enters a coefficient for a category, an age band and a disability level from a
 * month, with its legal act (once confirmed, it replaces the row of the same band from that month). The
 * row is pending until a second administrator confirms it ({@link ConfirmRateCommand}). It may start
 * in a closed month: each unit's next payroll pays the difference for its closed months.
 */
public record AddCoefficientCommand(
        Category category,
        Integer minAge,
        Integer maxAge,
        String disabilityLevel,
        LocalDate effectiveFrom,
        BigDecimal coefficient,
        String legalBasis,
        String documentNumber,
        LocalDate documentDate)
        implements NationalRateCommand<BenefitCoefficient> {

    @Override
    public String action() {
        return "rate.addCoefficient";
    }

    @Override
    public BenefitCoefficient execute(CommandContext context) {
        if (category == null || effectiveFrom == null || effectiveFrom.getDayOfMonth() != 1) {
            throw new BusinessRuleException("rate.error.firstOfMonth");
        }
        if (coefficient == null
                || coefficient.signum() <= 0
                || coefficient.compareTo(new BigDecimal("50")) > 0
                || coefficient.scale() > 3) {
            throw new BusinessRuleException("rate.error.coefficient");
        }
        if (minAge != null && (minAge < 0 || minAge > 120)
                || maxAge != null && (maxAge < 1 || maxAge > 150)
                || minAge != null && maxAge != null && maxAge <= minAge) {
            throw new BusinessRuleException("rate.error.ages");
        }
        String disability = disabilityLevel == null || disabilityLevel.isBlank()
                ? null
                : ProgrammeField.DISABILITY_LEVEL.validate(disabilityLevel);
        LegalAct act = new LegalAct(legalBasis, documentNumber, documentDate);
        RateRows.refuseFutureDocument(documentDate, context.today());
        BenefitCoefficient row =
                new BenefitCoefficient(category, minAge, maxAge, disability, effectiveFrom, coefficient, act);
        return RateRows.enter(
                context,
                row,
                "BenefitCoefficient",
                "\"category\":\"" + category + "\",\"from\":\"" + effectiveFrom + "\",\"coefficient\":"
                        + coefficient.toPlainString());
    }
}
