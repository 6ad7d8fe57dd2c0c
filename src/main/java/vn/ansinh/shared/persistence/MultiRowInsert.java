package vn.ansinh.shared.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Rows collected in Java and written by native {@code INSERT … VALUES (…), (…)} statements of up to
 * {@link #ROWS_PER_STATEMENT} rows each, instead of one statement (one round trip) per row.
 */
public final class MultiRowInsert {

    /** At most this many rows per statement (the statement's parameters stay far below the driver's limit). */
    public static final int ROWS_PER_STATEMENT = 200;

    private final EntityManager em;
    private final String head;
    private final String tuple;
    private final int width;
    private final List<Object[]> rows = new ArrayList<>();

    /** An insert into {@code table}'s {@code columns} ({@code INSERT INTO table (a, b) VALUES}). */
    public MultiRowInsert(EntityManager em, String table, String... columns) {
        if (columns.length == 0) {
            throw new IllegalArgumentException("no columns");
        }
        this.em = em;
        this.head = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ";
        this.tuple = "(" + String.join(", ", Collections.nCopies(columns.length, "?")) + ")";
        this.width = columns.length;
    }

    /** One row, its values in the order of the columns. */
    public MultiRowInsert add(Object... values) {
        if (values.length != width) {
            throw new IllegalArgumentException("expected " + width + " values, got " + values.length);
        }
        rows.add(values.clone());
        return this;
    }

    /** Writes the rows collected and forgets them; returns the rows written. */
    public int execute() {
        int written = 0;
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            Query insert = em.createNativeQuery(head + String.join(", ", Collections.nCopies(chunk.size(), tuple)));
            int p = 1;
            for (Object[] row : chunk) {
                for (Object value : row) {
                    insert.setParameter(p++, value);
                }
            }
            written += insert.executeUpdate();
        }
        rows.clear();
        return written;
    }
}
