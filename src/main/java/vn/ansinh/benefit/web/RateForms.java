package vn.ansinh.benefit.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;
import vn.ansinh.benefit.domain.RateKind;
import vn.ansinh.benefit.domain.RateRow;
import vn.ansinh.shared.command.AccessDeniedException;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.time.TypedMonth;
import vn.ansinh.shared.web.Messages;

/** What the rate forms of the rates page share: how a month and a document date are read, how a step is run. */
final class RateForms {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private RateForms() {}

    /** The first day of a typed month (MM/yyyy), or the page's message. */
    static LocalDate firstOfMonth(String month) {
        return TypedMonth.parse(month)
                .map(m -> m.atDay(1))
                .orElseThrow(() -> new BusinessRuleException("rate.error.firstOfMonth"));
    }

    /** A day typed dd/MM/yyyy (a document's date, a category period's first day); null when left empty. */
    static LocalDate day(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip(), DAY);
        } catch (DateTimeParseException e) {
            throw new BusinessRuleException("rate.error.documentDate");
        }
    }

    /** The key of a row's rejection reason: rows of different tables may share an id. */
    static String reasonKey(RateRow row) {
        return RateKind.of(row).name() + ":" + row.id();
    }

    /** Runs a command of the page: its message when done (then {@code reload}), or the refusal's message. */
    static void attempt(String doneKey, Supplier<?> action, Runnable reload) {
        try {
            action.get();
            Messages.info(doneKey);
            reload.run();
        } catch (AccessDeniedException e) {
            Messages.error(e.messageKey());
        } catch (BusinessRuleException e) {
            Messages.error(e.messageKey(), e.arguments());
        }
    }
}
