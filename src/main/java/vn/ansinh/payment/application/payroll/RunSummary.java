package vn.ansinh.payment.application.payroll;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.Map;
import vn.ansinh.payment.domain.PaymentStatus;

/**
 * A computed payroll's count and total per commune, programme, category, kind and channel
 * ({@code payroll_run_summary}), written once when the computation ends ({@link #store}) and removed when the run is
 * computed again ({@link #remove}). Once a run is computed its lines keep their commune, programme, category, kind,
 * channel and amount (only their payment status moves), so the run page reads these few rows instead of grouping a
 * national run's 900,000 lines at every opening (issue 13, the load benchmark). Read only for a run whose lines stand
 * ({@code PayrollStatus.hasLines}).
 */
public final class RunSummary {

    /** The table, aliased {@code l} by its readers, with the line table's column names for what it groups by. */
    public static final String TABLE = "payroll_run_summary";

    private RunSummary() {}

    /**
     * Writes the run's rows from its lines (after removing any earlier ones), with the lines not payable at this
     * moment ({@link #notPayableWhenStored}), in one pass over the lines.
     */
    public static void store(EntityManager em, long runId) {
        remove(em, runId);
        em.createNativeQuery("INSERT INTO " + TABLE
                        + " (run_id, commune_code, programme, category, kind, channel, line_count, total_amount,"
                        + " not_payable_count)"
                        + " SELECT ?, MIN(commune_code), MIN(programme), MIN(category), MIN(kind), MIN(channel), COUNT(*),"
                        + " SUM(amount), SUM(payment_status IN (" + PaymentStatus.sqlSet(s -> !s.payable()) + "))"
                        + " FROM payroll_line WHERE run_id = ? GROUP BY " + BYTES_OF_GROUP)
                .setParameter(1, runId)
                .setParameter(2, runId)
                .executeUpdate();
    }

    /**
     * The columns grouped by, compared as bytes: unit codes (digits) and enum names (upper-case ASCII) are equal
     * under the columns' case-insensitive collation exactly when their bytes are, and comparing bytes is the
     * cheaper: a national run's 900,000 lines grouped in 1.6–2.2 s instead of 2.9–3.0 s (6 Dec 2026, the
     * benchmark database). Two values equal only under the collation would be two rows, refused by the table's
     * primary key: the finish would fail loudly, never merge or split a total silently.
     */
    private static final String BYTES_OF_GROUP = "CAST(commune_code AS BINARY), CAST(programme AS BINARY),"
            + " CAST(category AS BINARY), CAST(kind AS BINARY), CAST(channel AS BINARY)";

    /** What the summary groups by, besides the commune: a run's counts and totals can be read per each of these. */
    public enum Dimension {
        KIND("kind"),
        CHANNEL("channel");

        private final String column;

        Dimension(String column) {
            this.column = column;
        }
    }

    /**
     * The run's line count and total per value of one dimension (a kind's name, a channel's name), from its stored
     * rows; a value without lines is absent.
     */
    public static Map<String, long[]> by(EntityManager em, long runId, Dimension dimension) {
        Map<String, long[]> totals = new HashMap<>();
        for (Object rowObject : em.createNativeQuery("SELECT " + dimension.column
                        + ", SUM(line_count), SUM(total_amount) FROM " + TABLE + " WHERE run_id = ? GROUP BY "
                        + dimension.column)
                .setParameter(1, runId)
                .getResultList()) {
            Object[] row = (Object[]) rowObject;
            totals.put(row[0].toString(), new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue()});
        }
        return totals;
    }

    /**
     * The run's lines that were not payable ({@link PaymentStatus#payable}) when its rows were stored: the audit of
     * the computation reads it; statuses move afterwards and the rows are not rewritten for that.
     */
    public static long notPayableWhenStored(EntityManager em, long runId) {
        return ((Number) em.createNativeQuery(
                                "SELECT COALESCE(SUM(not_payable_count), 0) FROM " + TABLE + " WHERE run_id = ?")
                        .setParameter(1, runId)
                        .getSingleResult())
                .longValue();
    }

    /** Removes the run's rows: its lines are about to change. */
    public static void remove(EntityManager em, long runId) {
        em.createNativeQuery("DELETE FROM " + TABLE + " WHERE run_id = ?")
                .setParameter(1, runId)
                .executeUpdate();
    }
}
