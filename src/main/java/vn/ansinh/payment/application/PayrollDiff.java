package vn.ansinh.payment.application;

import jakarta.persistence.EntityManager;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import vn.ansinh.payment.domain.LineKind;
import vn.ansinh.shared.persistence.SqlEnums;

/**
 * The differences between an approved run's lines and a comparison's lines (the same month
 * recomputed with today's rates and records in the comparison's own scratch space), line by line,
 * each with its reason: the standard level, the coefficient, the annex amount, the category, no longer or newly
 * entitled. Lines are matched on their identity: case, component (a meritorious person's annex row) and correction.
 */
public final class PayrollDiff {

    private static final String MONTHLY = SqlEnums.literal(LineKind.MONTHLY);

    /** At most this many differences of each sort are listed. */
    static final int LIMIT = 1000;

    private PayrollDiff() {}

    /** One difference: the case, the person, the amounts before and after, why. */
    public record Row(long caseId, String personName, Long frozenAmount, Long draftAmount, String reasonKey)
            implements Serializable {}

    /** Reads only: the caller holds the transaction. */
    public static List<Row> between(EntityManager em, long runId, long comparisonId) {
        List<Row> rows = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> changed = em.createNativeQuery("SELECT f.case_id, p.full_name, f.amount, v.amount,"
                        + " CASE WHEN v.id IS NULL THEN 'payroll.diff.noLonger'"
                        + " WHEN v.category <> f.category THEN 'payroll.diff.category'"
                        + " WHEN v.coefficient_id <> f.coefficient_id OR v.coefficient <> f.coefficient THEN 'payroll.diff.coefficient'"
                        + " WHEN v.standard_level_id <> f.standard_level_id OR v.standard_level <> f.standard_level THEN 'payroll.diff.level'"
                        + " WHEN NOT (v.annex_rate_id <=> f.annex_rate_id) THEN 'payroll.diff.annex'"
                        + " ELSE 'payroll.diff.amount' END"
                        + " FROM payroll_line f JOIN person p ON p.id = f.person_id"
                        + " LEFT JOIN payroll_comparison_line v ON v.comparison_id = ? AND v.case_id = f.case_id AND v.kind = "
                        + MONTHLY
                        + " AND v.component = f.component AND v.correction = f.correction"
                        + " WHERE f.run_id = ? AND f.kind = " + MONTHLY + " AND (v.id IS NULL OR v.amount <> f.amount"
                        + " OR v.category <> f.category) ORDER BY p.full_name LIMIT " + LIMIT)
                .setParameter(1, comparisonId)
                .setParameter(2, runId)
                .getResultList();
        changed.forEach(r -> rows.add(
                new Row(((Number) r[0]).longValue(), (String) r[1], number(r[2]), number(r[3]), (String) r[4])));
        @SuppressWarnings("unchecked")
        List<Object[]> added = em.createNativeQuery(
                        "SELECT v.case_id, p.full_name, v.amount FROM payroll_comparison_line v"
                                + " JOIN person p ON p.id = v.person_id LEFT JOIN payroll_line f ON f.run_id = ?"
                                + " AND f.case_id = v.case_id AND f.kind = " + MONTHLY
                                + " AND f.component = v.component AND f.correction = v.correction"
                                + " WHERE v.comparison_id = ? AND v.kind = " + MONTHLY
                                + " AND f.id IS NULL ORDER BY p.full_name LIMIT "
                                + LIMIT)
                .setParameter(1, runId)
                .setParameter(2, comparisonId)
                .getResultList();
        added.forEach(r ->
                rows.add(new Row(((Number) r[0]).longValue(), (String) r[1], null, number(r[2]), "payroll.diff.new")));
        return rows;
    }

    private static Long number(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }
}
