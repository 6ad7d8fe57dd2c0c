package vn.ansinh.payment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.ansinh.payment.application.payroll.PayrollComputation;
import vn.ansinh.payment.application.payroll.PayrollScope;
import vn.ansinh.payment.domain.PayrollRun;

/**
 * What would change if a frozen payroll were computed today: the month is recomputed apart
 * (payroll_preview_line, never touching the frozen lines) and compared line by line, each
 * difference with its reason (the standard level, the coefficient, the category, no longer or newly
 * entitled).
 */
@ApplicationScoped
public class PayrollDiff {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** One difference: the case, the person, the amounts before and after, why. */
    public record Row(long caseId, String personName, Long frozenAmount, Long draftAmount, String reasonKey) {
    }

    /** The month recomputed with the rates as confirmed now. */
    @Transactional
    public List<Row> compare(PayrollRun run) {
        return compare(em, run, clock.instant());
    }

    /**
     * Container-free: the caller holds the transaction. The month is recomputed with the rates as
     * confirmed at {@code ratesAsOf} (a rate confirmed later does not count).
     */
    public static List<Row> compare(EntityManager em, PayrollRun run, Instant ratesAsOf) {
        PayrollComputation computation = new PayrollComputation(em);
        PayrollScope scope = new PayrollScope(run.unitCode());
        em.createNativeQuery("DELETE FROM payroll_preview_line WHERE run_id = ?").setParameter(1, run.id()).executeUpdate();
        computation.prepare(run.id(), run.month(), false, ratesAsOf);
        for (PayrollComputation.Partition partition : computation.partitions(scope, 200_000)) {
            computation.preview(run.id(), run.month(), scope, partition);
        }
        List<Row> rows = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> changed = em.createNativeQuery("SELECT f.case_id, p.full_name, f.amount, v.amount,"
                        + " CASE WHEN v.id IS NULL THEN 'payroll.diff.noLonger'"
                        + " WHEN v.category <> f.category THEN 'payroll.diff.category'"
                        + " WHEN v.coefficient_id <> f.coefficient_id OR v.coefficient <> f.coefficient THEN 'payroll.diff.coefficient'"
                        + " WHEN v.standard_level_id <> f.standard_level_id OR v.standard_level <> f.standard_level THEN 'payroll.diff.level'"
                        + " ELSE 'payroll.diff.amount' END"
                        + " FROM payroll_line f JOIN person p ON p.id = f.person_id"
                        + " LEFT JOIN payroll_preview_line v ON v.run_id = f.run_id AND v.case_id = f.case_id AND v.kind = 'MONTHLY'"
                        + " WHERE f.run_id = ? AND f.kind = 'MONTHLY' AND (v.id IS NULL OR v.amount <> f.amount"
                        + " OR v.category <> f.category) ORDER BY p.full_name LIMIT 1000")
                .setParameter(1, run.id()).getResultList();
        changed.forEach(r -> rows.add(new Row(((Number) r[0]).longValue(), (String) r[1], number(r[2]), number(r[3]), (String) r[4])));
        @SuppressWarnings("unchecked")
        List<Object[]> added = em.createNativeQuery("SELECT v.case_id, p.full_name, v.amount FROM payroll_preview_line v"
                        + " JOIN person p ON p.id = v.person_id LEFT JOIN payroll_line f ON f.run_id = v.run_id"
                        + " AND f.case_id = v.case_id AND f.kind = 'MONTHLY'"
                        + " WHERE v.run_id = ? AND v.kind = 'MONTHLY' AND f.id IS NULL ORDER BY p.full_name LIMIT 1000")
                .setParameter(1, run.id()).getResultList();
        added.forEach(r -> rows.add(new Row(((Number) r[0]).longValue(), (String) r[1], null, number(r[2]), "payroll.diff.new")));
        return rows;
    }

    private static Long number(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }
}
