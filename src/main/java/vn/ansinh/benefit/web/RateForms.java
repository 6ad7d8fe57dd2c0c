package vn.ansinh.benefit.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.function.Supplier;
import vn.ansinh.benefit.domain.RateKind;
import vn.ansinh.benefit.domain.RateRow;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.web.PageActions;

/** What the rate forms of the rates page share: the first day of a typed month, a row's key, how a step is run. */
final class RateForms {

    private RateForms() {}

    /** The first day of the month typed (MonthConverter read it), or the page's message when none was. */
    static LocalDate firstOfMonth(YearMonth month) {
        if (month == null) {
            throw new BusinessRuleException("rate.error.firstOfMonth");
        }
        return month.atDay(1);
    }

    /** The key of a row's rejection reason: rows of different tables may share an id. */
    static String reasonKey(RateRow row) {
        return RateKind.of(row).name() + ":" + row.id();
    }

    /** Runs a command of the page: its message when done (then {@code reload}), or the refusal's message. */
    static void attempt(String doneKey, Supplier<?> action, Runnable reload) {
        if (PageActions.attempt(doneKey, action::get)) {
            reload.run();
        }
    }
}
