package vn.ansinh.payment.application.payroll;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import vn.ansinh.benefit.domain.HigherOfSchemes;
import vn.ansinh.payment.domain.LineKind;
import vn.ansinh.payment.domain.PaymentStatus;
import vn.ansinh.shared.persistence.SqlEnums;

/**
 * Applies {@link HigherOfSchemes} to the lines a payroll step has just written: of the social-pension
 * and social-assistance lines of one person and one month, only the first in the rule's order stays (the
 * higher amount, else the case that started earlier), and it pays only what is left once the amounts
 * another payroll already paid the person for that month under the other scheme are deducted — for a case
 * still running then, its own line and its corrections (a month paid in a closed payroll before the higher
 * scheme was decided). A line left with nothing to pay is removed; a line that pays the rest keeps the
 * whole amount in {@code due_amount} and what was paid before in {@code paid_before} (the difference arrears
 * count that, {@link #paidUnderOtherScheme}). The losers are removed before anyone sees them; a step run
 * again writes and settles them again, so the result is the same.
 */
final class HigherOfSchemesStep {

    private HigherOfSchemesStep() {}

    /**
     * Settles the lines of the snapshot {@code key} of the persons in [low, high]: of the month
     * {@code month} only (the month's own lines), or, when {@code month} is null, of the persons with an
     * arrears line in it (all their months). Returns the lines removed.
     */
    static int settle(EntityManager em, Snapshot into, long key, long low, long high, java.time.YearMonth month) {
        // The lines to remove or to change are found with a plain SELECT, a consistent read that takes no lock,
        // and then written by primary key. A DELETE or UPDATE joined to the ranking would read the run's lines
        // with locking reads, gaps included, beyond the partition's persons, and two partitions computed at once
        // deadlocked on each other's inserts (issue 13, at 100,000 beneficiaries).
        String ranked = ranked(into, month == null);
        String toPay = HigherOfSchemes.toPaySql("w.full_amount", "w.paid_elsewhere");
        List<Long> losers = ids(bind(
                        em.createNativeQuery("SELECT w.id FROM (" + ranked + ") w WHERE w.rk > 1 OR " + toPay + " = 0"),
                        into,
                        key,
                        low,
                        high,
                        month)
                .getResultList());
        int removed = 0;
        for (int from = 0; from < losers.size(); from += CHUNK) {
            removed += em.createNativeQuery("DELETE FROM " + into.lineTable() + " WHERE id IN ("
                            + joined(losers.subList(from, Math.min(losers.size(), from + CHUNK))) + ")")
                    .executeUpdate();
        }
        if (into == Snapshot.RUN) {
            // what is left to pay: the whole amount, less what was paid for the month under the other scheme
            // the new values computed in SQL as before; only their writing goes line by line, by id
            List<?> rest = bind(
                            em.createNativeQuery("SELECT w.id, " + toPay + ","
                                    + " CASE WHEN w.paid_elsewhere > 0 THEN w.full_amount END,"
                                    + " CASE WHEN w.paid_elsewhere > 0 THEN w.paid_elsewhere END FROM (" + ranked
                                    + ") w WHERE w.rk = 1 AND (w.paid_elsewhere > 0 OR w.paid_before IS NOT NULL)"),
                            into,
                            key,
                            low,
                            high,
                            month)
                    .getResultList();
            for (Object line : rest) {
                Object[] row = (Object[]) line;
                em.createNativeQuery("UPDATE payroll_line SET amount = ?, due_amount = ?, paid_before = ? WHERE id = ?")
                        .setParameter(1, row[1])
                        .setParameter(2, row[2])
                        .setParameter(3, row[3])
                        .setParameter(4, row[0])
                        .executeUpdate();
            }
        }
        return removed;
    }

    private static final int CHUNK = 1_000;

    private static List<Long> ids(List<?> rows) {
        List<Long> ids = new ArrayList<>(rows.size());
        for (Object row : rows) {
            ids.add(((Number) row).longValue());
        }
        return ids;
    }

    private static String joined(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /**
     * The exclusive-scheme lines of the step (correction 0), each with its whole amount, what other payrolls
     * paid the person for the month under another case, and its rank among the person's lines of the month.
     * Parameters ({@link #bind}): key, low, high, then the month or the key again.
     */
    private static String ranked(Snapshot into, boolean arrearsOnly) {
        String table = into.lineTable();
        // a line already settled keeps its whole amount in due_amount (a comparison's lines never are)
        String full = into == Snapshot.RUN ? "COALESCE(l.due_amount, l.amount)" : "l.amount";
        return "SELECT l.id, " + full + " AS full_amount, " + paidElsewhere(into) + " AS paid_elsewhere,"
                + (into == Snapshot.RUN ? " l.paid_before," : "")
                + " ROW_NUMBER() OVER (PARTITION BY l.person_id, l.for_month ORDER BY "
                + HigherOfSchemes.orderSql(full, "c.entitled_from", "l.case_id") + ") AS rk"
                + " FROM " + table + " l JOIN benefit_case c ON c.id = l.case_id"
                + " WHERE l." + into.key() + " = ? AND l.correction = 0 AND " + HigherOfSchemes.exclusiveSql("l.scheme")
                + " AND l.person_id BETWEEN ? AND ?"
                // only a line with a competitor needs settling: another case's line of the same person and month
                + " AND EXISTS (SELECT 1 FROM " + table
                + " o WHERE o.person_id = l.person_id AND o.for_month = l.for_month"
                + " AND o.case_id <> l.case_id AND " + HigherOfSchemes.exclusiveSql("o.scheme")
                + (into == Snapshot.RUN ? "" : " AND o." + into.key() + " = l." + into.key()) + ")"
                + (arrearsOnly
                        ? " AND l.person_id IN (SELECT a.person_id FROM " + table + " a WHERE a." + into.key()
                                + " = ? AND a.kind = " + SqlEnums.literal(LineKind.ARREARS) + ")"
                        : " AND l.for_month = ?");
    }

    /**
     * What was paid to the person of line {@code l} for its month under the exclusive schemes by another
     * case, outside the lines this step settles: lines of other payrolls and corrections, not held, of a
     * case running then. Only a run's lines look at what was paid (a comparison stands alone: 0).
     */
    private static String paidElsewhere(Snapshot into) {
        if (into != Snapshot.RUN) {
            return "0";
        }
        return "(SELECT COALESCE(SUM(p.amount), 0) FROM payroll_line p JOIN benefit_case pc ON pc.id = p.case_id"
                + " WHERE p.person_id = l.person_id AND p.for_month = l.for_month AND p.case_id <> l.case_id"
                + " AND (p.run_id <> l.run_id OR p.correction > 0) AND " + HigherOfSchemes.exclusiveSql("p.scheme")
                + " AND p.payment_status IN (" + PaymentStatus.sqlSet(PaymentStatus::payable) + ")"
                + " AND pc.entitled_from <= p.for_month AND (pc.entitled_until IS NULL OR pc.entitled_until >= p.for_month))";
    }

    private static Query bind(Query query, Snapshot into, long key, long low, long high, java.time.YearMonth month) {
        List<Object> parameters = new ArrayList<>(List.of(key, low, high));
        parameters.add(month == null ? key : java.sql.Date.valueOf(month.atDay(1)));
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    /**
     * SQL, for the difference arrears: what was paid for the month of original line {@code o} under the
     * other scheme before {@code o} paid the rest of a higher amount (0 for any other line), so that pricing
     * the month again compares the new amount with everything the person received for it.
     */
    static String paidUnderOtherScheme(String o) {
        return "COALESCE(" + o + ".paid_before, 0)";
    }

    /**
     * SQL, for the difference arrears: the month of original line {@code o} was not completed by another
     * case's higher amount (a line of the same person and month that paid the rest). A month so completed
     * belongs to the higher scheme: only its line is priced again, never the lower one's too.
     */
    static String notCompletedByOtherScheme(String o) {
        return "NOT EXISTS (SELECT 1 FROM payroll_line t WHERE t.person_id = " + o + ".person_id AND t.for_month = "
                + o + ".for_month AND t.case_id <> " + o + ".case_id AND t.correction = 0 AND t.paid_before IS NOT NULL"
                + " AND " + HigherOfSchemes.exclusiveSql("t.scheme") + ")";
    }
}
