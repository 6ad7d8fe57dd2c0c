package vn.ansinh.benefit.application;

import java.time.LocalDate;
import vn.ansinh.benefit.domain.CategoryPeriod;
import vn.ansinh.benefit.domain.LegalAct;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.kernel.Category;

/**
 * An administrator enters from which day a category exists in law, or no longer does (a decree ends the
 * group), with its legal act; pending until a second administrator confirms it ({@link ConfirmRateCommand}).
 * Any day (a decree's day in force), not only the first of a month: a category that does not exist on
 * the application date cannot be filed or decided.
 */
public record AddCategoryPeriodCommand(
        Category category,
        LocalDate effectiveFrom,
        boolean available,
        String legalBasis,
        String documentNumber,
        LocalDate documentDate)
        implements NationalRateCommand<CategoryPeriod> {

    @Override
    public String action() {
        return "rate.addCategoryPeriod";
    }

    @Override
    public CategoryPeriod execute(CommandContext context) {
        if (category == null || effectiveFrom == null) {
            throw new BusinessRuleException("rate.error.categoryPeriod");
        }
        LegalAct act = new LegalAct(legalBasis, documentNumber, documentDate);
        RateRows.refuseFutureDocument(documentDate, context.today());
        CategoryPeriod row = new CategoryPeriod(category, effectiveFrom, available, act);
        return RateRows.enter(
                context,
                row,
                "CategoryPeriod",
                "\"category\":\"" + category + "\",\"from\":\"" + effectiveFrom + "\",\"available\":" + available);
    }
}
