package vn.ansinh.payment.application.payroll;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;
import vn.ansinh.benefit.domain.HigherOfSchemes;
import vn.ansinh.payment.domain.LineKind;
import vn.ansinh.payment.domain.PaymentStatus;
import vn.ansinh.shared.persistence.SqlEnums;

/**
 * Applies {@link HigherOfSchemes} to the lines a payroll step has just written: of the social-pension
 * and social-assistance lines of one person and one month, only the first in the rule's order stays
 * (a line of that month another payroll paid for a case still running then, else the higher amount,
 * else the case that started earlier). The losers are removed before anyone sees them; a step run
 * again writes and removes them again, so the result is the same.
 */
final class HigherOfSchemesStep {

    private HigherOfSchemesStep() {}

    /**
     * Settles the lines of the snapshot {@code key} of the persons in [low, high]: of the month
     * {@code month} only (the month's own lines), or, when {@code month} is null, of the persons with an
     * arrears line in it (all their months). Returns the lines removed.
     */
    static int settle(EntityManager em, Snapshot into, long key, long low, long high, java.time.YearMonth month) {
        boolean arrearsOnly = month == null;
        String oneMonth = arrearsOnly ? "" : " AND l.for_month = ?";
        String table = into.lineTable();
        String mine =
                "SELECT l.id, 1 AS mine, l.person_id, l.for_month, 0 AS paid, l.amount, c.entitled_from AS started, l.case_id"
                        + " FROM " + table + " l JOIN benefit_case c ON c.id = l.case_id"
                        + " WHERE l." + into.key() + " = ? AND l.correction = 0 AND "
                        + HigherOfSchemes.exclusiveSql("l.scheme")
                        + " AND l.person_id BETWEEN ? AND ?" + oneMonth
                        + (arrearsOnly
                                ? " AND l.person_id IN (SELECT a.person_id FROM " + table + " a WHERE a." + into.key()
                                        + " = ? AND a.kind = " + SqlEnums.literal(LineKind.ARREARS) + ")"
                                : "");
        String paidElsewhere = into == Snapshot.RUN
                ? " UNION ALL SELECT p.id, 0, p.person_id, p.for_month, 1, p.amount, c.entitled_from, p.case_id"
                        + " FROM payroll_line p JOIN benefit_case c ON c.id = p.case_id"
                        + " WHERE p.run_id <> ? AND p.correction = 0 AND " + HigherOfSchemes.exclusiveSql("p.scheme")
                        + " AND p.person_id BETWEEN ? AND ?" + oneMonth.replace("l.", "p.")
                        + (arrearsOnly
                                ? " AND p.person_id IN (SELECT a.person_id FROM payroll_line a WHERE a.run_id = ?"
                                        + " AND a.kind = " + SqlEnums.literal(LineKind.ARREARS) + ")"
                                : "")
                        + " AND p.payment_status IN (" + PaymentStatus.sqlSet(PaymentStatus::payable) + ")"
                        + " AND c.entitled_from <= p.for_month AND (c.entitled_until IS NULL OR c.entitled_until >= p.for_month)"
                        + " AND EXISTS (SELECT 1 FROM payroll_line m WHERE m.run_id = ? AND m.person_id = p.person_id"
                        + " AND m.for_month = p.for_month AND m.case_id <> p.case_id)"
                : "";
        String sql =
                "DELETE l FROM " + table + " l JOIN (SELECT r.id, r.mine, ROW_NUMBER() OVER (PARTITION BY r.person_id,"
                        + " r.for_month ORDER BY "
                        + HigherOfSchemes.orderSql("r.paid", "r.amount", "r.started", "r.case_id") + ") AS rk"
                        + " FROM (" + mine + paidElsewhere + ") r) w ON w.id = l.id AND w.mine = 1 WHERE w.rk > 1";
        Query query = em.createNativeQuery(sql);
        Object day = arrearsOnly ? null : java.sql.Date.valueOf(month.atDay(1));
        List<Object> parameters = new java.util.ArrayList<>(List.of(key, low, high));
        parameters.add(arrearsOnly ? key : day);
        if (into == Snapshot.RUN) {
            parameters.addAll(List.of(key, low, high));
            parameters.add(arrearsOnly ? key : day);
            parameters.add(key);
        }
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query.executeUpdate();
    }
}
