package vn.ansinh.payment.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import vn.ansinh.casework.domain.PausedMonths;
import vn.ansinh.payment.application.payroll.PayrollScope;
import vn.ansinh.payment.domain.HoldReason;
import vn.ansinh.payment.domain.PaymentStatus;
import vn.ansinh.shared.persistence.SqlEnums;

/**
 * What a stopped benefit does to its payments, at once, in any run, draft or approved: <b>every line
 * for a month after the benefit's last month that has not gone out is held; one that went out (in a
 * bank file, or on a printed cash list) gets a stop request; a month already paid raises a recovery
 * item</b> ({@link PaymentStatus#onStop}, {@link Recovery}: to be collected after a fact such as a death,
 * in review after a law change such as a list decision). Set-based SQL; the statuses come from
 * {@link PaymentStatus}.
 */
public final class PaymentStops {

    private static final String AFTER_STOP =
            PaymentStatus.onStopSql("l.payment_status", "l.cash_listed_at IS NOT NULL");
    private static final String CHANGED = " WHERE l.payment_status IN (" + PaymentStatus.sqlChangedByStop() + ")";
    private static final String ON_RELEASE =
            PaymentStatus.onReleaseSql("l.payment_status", "l.cash_listed_at IS NOT NULL");

    private final EntityManager em;

    public PaymentStops(EntityManager em) {
        this.em = em;
    }

    /** The benefit of a case stopped after {@code lastMonth}: holds, stops and recovers; returns the lines changed. */
    public int stop(long caseId, YearMonth lastMonth, HoldReason reason, Instant now) {
        int changed = apply(
                "payroll_line l",
                "?",
                " AND l.case_id = ? AND l.for_month > ?",
                now,
                reason.name(),
                caseId,
                lastMonth.atDay(1));
        Recovery.raise(em, Recovery.Source.of(reason, Recovery.Source.STOP), "l.case_id = ?", caseId);
        return changed;
    }

    /** A line whose hold or stop request was lifted: its status before and after, and why it had been held. */
    public record Released(long lineId, PaymentStatus before, PaymentStatus after, String holdReason) {}

    /**
     * A suspended benefit was reinstated, or a proposal to end or pause it rejected: the stop is lifted
     * ({@link PaymentStatus#onRelease}). A held line is pending again; a line whose stop was requested
     * goes back to its printed cash list or its bank file and leaves the stop-payment notice; the stop's
     * marks (reason, held and stop-request times) are cleared, so that paying such a line later raises no
     * recovery item. Lines of months paused and not paid back ({@link PausedMonths}) stay as they are:
     * they are never paid. Returns the lines released, for the audit record.
     */
    public List<Released> release(long caseId) {
        String where = " WHERE l.case_id = ? AND l.payment_status IN (" + PaymentStatus.sqlChangedByRelease() + ")"
                + " AND l.hold_reason IS NOT NULL AND " + PausedMonths.notPausedSql("l.case_id", "l.for_month");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT l.id, l.payment_status, l.cash_listed_at IS NOT NULL, l.hold_reason FROM payroll_line l"
                                + where + " ORDER BY l.for_month, l.id FOR UPDATE")
                .setParameter(1, caseId)
                .getResultList();
        // the status first: the assignments of a single-table UPDATE are made left to right
        em.createNativeQuery("UPDATE payroll_line l SET l.payment_status = " + ON_RELEASE
                        + ", l.hold_reason = NULL, l.held_at = NULL, l.stop_requested_at = NULL" + where)
                .setParameter(1, caseId)
                .executeUpdate();
        return rows.stream()
                .map(r -> {
                    PaymentStatus before = PaymentStatus.valueOf((String) r[1]);
                    return new Released(
                            ((Number) r[0]).longValue(),
                            before,
                            before.onRelease(r[2] instanceof Boolean b ? b : ((Number) r[2]).intValue() == 1),
                            (String) r[3]);
                })
                .toList();
    }

    /** What the catch-up of the ended benefits of a scope did: the lines held or stopped, the recovery items raised. */
    public record Ended(int linesChanged, int recoveryItemsRaised) {}

    /**
     * The same rule for every ended benefit of a payroll's scope (the payroll's finish step: a benefit
     * ended by other means than a command, e.g. data loaded in bulk, is caught up).
     */
    public Ended stopEnded(PayrollScope scope, Instant now) {
        String where = " AND c.entitled_until IS NOT NULL AND l.for_month > c.entitled_until" + scope.condition("c");
        Object[] unit = scope.parameters().toArray();
        int changed = apply(
                "payroll_line l JOIN benefit_case c ON c.id = l.case_id",
                "COALESCE(c.end_reason, ?)",
                where,
                now,
                HoldReason.LOSS_OF_ELIGIBILITY.name(),
                unit);
        Query recovery = em.createNativeQuery(
                Recovery.sql(Recovery.Source.ofSql("c.end_reason", Recovery.Source.PAYROLL), scope.condition("c")));
        scope.bind(recovery, 1);
        return new Ended(changed, recovery.executeUpdate());
    }

    /**
     * Two statements (the order of a multi-table UPDATE's assignments is not guaranteed): first the
     * stop time of the lines about to be stopped, then the status and reason of every changed line.
     */
    private int apply(String table, String reasonSql, String where, Instant now, String reason, Object... filter) {
        LocalDateTime at = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        Query stopped = em.createNativeQuery("UPDATE " + table + " SET l.stop_requested_at = ?" + CHANGED + where
                        + " AND " + AFTER_STOP + " = " + SqlEnums.literal(PaymentStatus.STOP_REQUESTED) + "")
                .setParameter(1, at);
        bind(stopped, 2, filter).executeUpdate();
        Query update = em.createNativeQuery("UPDATE " + table + " SET l.hold_reason = " + reasonSql + ", l.held_at = ?,"
                        + " l.payment_status = " + AFTER_STOP + CHANGED + where)
                .setParameter(1, reason)
                .setParameter(2, at);
        return bind(update, 3, filter).executeUpdate();
    }

    private static Query bind(Query query, int first, Object... values) {
        for (int i = 0; i < values.length; i++) {
            query.setParameter(first + i, values[i]);
        }
        return query;
    }
}
