package vn.ansinh.benefit.application;

import java.time.LocalDate;
import java.util.Set;
import vn.ansinh.benefit.domain.CategoryPeriod;
import vn.ansinh.benefit.domain.LegalAct;
import vn.ansinh.shared.command.Command;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.security.Role;

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
        implements Command<CategoryPeriod> {

    @Override
    public String action() {
        return "rate.addCategoryPeriod";
    }

    @Override
    public Set<Role> permittedRoles() {
        return Set.of(Role.ADMIN);
    }

    @Override
    public AdminUnitCode unit() {
        return AdminUnitCode.NATIONAL;
    }

    @Override
    public CategoryPeriod execute(CommandContext context) {
        if (category == null || effectiveFrom == null) {
            throw new BusinessRuleException("rate.error.categoryPeriod");
        }
        LegalAct act = new LegalAct(legalBasis, documentNumber, documentDate);
        RateRows.refuseFutureDocument(documentDate, context.today());
        CategoryPeriod row = new CategoryPeriod(category, effectiveFrom, available, act);
        RateRows.refuseDuplicatePending(context.em(), row);
        row.recordAuthor(context.actor().username(), context.now());
        context.em().persist(row);
        context.em().flush();
        context.recordChange(
                "CategoryPeriod",
                row.id().toString(),
                null,
                "{\"category\":\"" + category + "\",\"from\":\""
                        + effectiveFrom + "\",\"available\":" + available + ",\"document\":\""
                        + AddStandardLevelCommand.json(act.documentNumber()) + "\",\"status\":\"" + row.status()
                        + "\"}");
        return row;
    }
}
