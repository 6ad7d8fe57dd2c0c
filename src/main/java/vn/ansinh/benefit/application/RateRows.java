package vn.ansinh.benefit.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import vn.ansinh.benefit.domain.RateKind;
import vn.ansinh.benefit.domain.RateRow;
import vn.ansinh.benefit.domain.RateStatus;
import vn.ansinh.shared.command.AccessDeniedException;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;

/** Reading and entering rate rows inside the rate commands. */
final class RateRows {

    private RateRows() {}

    /** The row, locked, after checking that it belongs to the unit the command was authorised for. */
    static RateRow locked(EntityManager em, RateKind kind, long id, AdminUnitCode unit) {
        RateRow row = em.find(kind.type(), id, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            throw new BusinessRuleException("rate.error.notFound");
        }
        if (!row.unit().equals(unit)) {
            throw new AccessDeniedException(
                    "error.access.unit", kind.entity() + " " + id + " belongs to " + row.unit() + ", not to " + unit);
        }
        return row;
    }

    /** The rows of the same key (see {@link RateRow#sameKeyAs}) from the same day in the status, other than the row. */
    static List<RateRow> sameKeyAndMonth(EntityManager em, RateRow row, LocalDate effectiveFrom, RateStatus status) {
        List<? extends RateRow> rows = em.createQuery(
                        "select r from " + row.getClass().getSimpleName()
                                + " r where r.effectiveFrom = :d and r.status = :s",
                        row.getClass())
                .setParameter("d", effectiveFrom)
                .setParameter("s", status)
                .getResultList();
        return rows.stream()
                .filter(r -> r != row && row.sameKeyAs(r))
                .map(RateRow.class::cast)
                .toList();
    }

    /** Refuses a second pending change of the same key and month: one of them would be confirmed by mistake. */
    static void refuseDuplicatePending(EntityManager em, RateRow row) {
        if (!sameKeyAndMonth(em, row, row.effectiveFrom(), RateStatus.PENDING).isEmpty()) {
            throw new BusinessRuleException("rate.error.pendingDuplicate");
        }
    }

    /** Refuses a document dated after today. */
    static void refuseFutureDocument(LocalDate documentDate, LocalDate today) {
        if (documentDate != null && documentDate.isAfter(today)) {
            throw new BusinessRuleException("rate.error.documentDate");
        }
    }

    /**
     * Enters a new row: refuses a second pending change of the same key and month, records its author, stores it
     * and writes the audit record, whose JSON is {@code fields} (what identifies the row, without braces)
     * followed by the document number and the status.
     */
    static <T extends RateRow> T enter(CommandContext context, T row, String entity, String fields) {
        refuseDuplicatePending(context.em(), row);
        row.recordAuthor(context.actor().username(), context.now());
        context.em().persist(row);
        context.em().flush();
        context.recordChange(
                entity,
                row.id().toString(),
                null,
                "{" + fields + ",\"document\":\"" + json(row.documentNumber()) + "\",\"status\":\"" + row.status()
                        + "\"}");
        return row;
    }

    /** The text as a JSON string's content (quotes and backslashes escaped). */
    static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
