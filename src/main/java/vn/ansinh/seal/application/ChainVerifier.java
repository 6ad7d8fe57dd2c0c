// Long because the merge of seals and rows is one walk that reads best in one place.
package vn.ansinh.seal.application;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.ansinh.seal.domain.CanonicalForm;
import vn.ansinh.seal.domain.Chain;
import vn.ansinh.seal.domain.ChainReport;
import vn.ansinh.seal.domain.Finding;
import vn.ansinh.seal.domain.Problem;
import vn.ansinh.seal.domain.SealedTable;
import vn.ansinh.seal.domain.TableHead;

/**
 * Recomputes every table's chain and checks, in one walk in id order, every sealed row against its seal
 * and every seal against its row: a seal whose row is gone (deleted, truncated), a row whose content no
 * longer gives its content hash (edited), a row at or below the sealed head without a seal (inserted), a
 * chain hash that does not follow (seals edited, removed or reordered). Then the tables' columns against
 * the canonical form, and the checkpoints against the chain. Reads in batches; needs no lock.
 */
public final class ChainVerifier {

    /** Findings kept per table; the first is the one that matters, a few more help the investigation. */
    static final int FINDINGS_PER_TABLE = 10;

    private static final int BATCH = 2000;

    private final Connection db;

    public ChainVerifier(Connection db) {
        this.db = db;
    }

    public ChainReport verify(CheckpointFiles.Loaded checkpoints) throws SQLException {
        List<ChainReport.TableState> tables = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (SealedTable table : SealedTable.values()) {
            tables.add(verify(table, findings));
            coverage(table, findings);
        }
        checkpoints.problems().forEach(findings::add);
        for (CheckpointFiles.File file : checkpoints.files()) {
            for (TableHead head : file.checkpoint().heads()) {
                String chainHash = chainHashAt(SealedTable.ofTableName(head.table()), head.count());
                if (!head.headHash().equals(chainHash)) {
                    findings.add(new Finding(
                            head.table(),
                            head.headRowId() == 0 ? null : head.headRowId(),
                            Problem.CHECKPOINT_MISMATCH,
                            file.name() + ": seal " + head.count() + (chainHash == null ? " is gone" : " differs")));
                }
            }
        }
        return new ChainReport(tables, findings, checkpoints.files().size());
    }

    private ChainReport.TableState verify(SealedTable table, List<Finding> all) throws SQLException {
        List<Finding> findings = new ArrayList<>();
        long headRowId = single("select coalesce(max(row_id), 0) from seal where source_table = ?", table.tableName());
        Cursor seals = new Cursor(
                "select seq, row_id, content_hash, chain_hash from seal where source_table = '" + table.tableName()
                        + "' and seq > ? order by seq limit " + BATCH,
                4);
        Cursor rows = new Cursor(
                "select " + table.selectList() + " from " + table.tableName() + " where id > ? and id <= " + headRowId
                        + " order by id limit " + BATCH,
                table.columns().size());
        String previous = Chain.genesis(table);
        long expectedSeq = 1;
        long lastSealedRow = 0;
        long sealCount = 0;
        long rowCount = 0;
        while (findings.size() < FINDINGS_PER_TABLE) {
            String[] seal = seals.peek();
            String[] row = rows.peek();
            if (seal == null && row == null) {
                break;
            }
            long sealRow = seal == null ? Long.MAX_VALUE : Long.parseLong(seal[1]);
            long rowId = row == null ? Long.MAX_VALUE : Long.parseLong(row[0]);
            if (seal != null && sealRow <= rowId) {
                long seq = Long.parseLong(seal[0]);
                sealCount++;
                if (seq != expectedSeq || sealRow <= lastSealedRow) {
                    findings.add(new Finding(
                            table.tableName(),
                            sealRow,
                            Problem.CHAIN_BROKEN,
                            "seal " + seq + " where seal " + expectedSeq + " was due"));
                } else if (!Chain.next(previous, seal[2]).equals(seal[3])) {
                    findings.add(new Finding(
                            table.tableName(),
                            sealRow,
                            Problem.CHAIN_BROKEN,
                            "seal " + seq + ": chain hash does not follow"));
                }
                previous = seal[3];
                expectedSeq = seq + 1;
                lastSealedRow = sealRow;
                seals.next();
                if (sealRow < rowId) {
                    findings.add(new Finding(table.tableName(), sealRow, Problem.MISSING, "seal " + seq));
                    continue;
                }
                rowCount++;
                String content = CanonicalForm.contentHash(table, java.util.Arrays.asList(row));
                if (!content.equals(seal[2])) {
                    findings.add(new Finding(table.tableName(), rowId, Problem.CHANGED, "seal " + seq));
                }
                rows.next();
            } else {
                rowCount++;
                findings.add(new Finding(table.tableName(), rowId, Problem.INSERTED, "below sealed row " + headRowId));
                rows.next();
            }
        }
        all.addAll(findings);
        long pending = single("select count(*) from " + table.tableName() + " where id > ?", headRowId);
        long gaps = single("select count(*) from seal_gap where source_table = ?", table.tableName());
        return new ChainReport.TableState(table.tableName(), sealCount, rowCount, pending, gaps, previous);
    }

    /** Every column of the table in the database must be one the canonical form covers. */
    private void coverage(SealedTable table, List<Finding> findings) throws SQLException {
        Set<String> covered = new HashSet<>();
        table.columns().forEach(c -> covered.add(c.name()));
        try (PreparedStatement columns = db.prepareStatement("select column_name from information_schema.columns"
                + " where table_schema = database() and table_name = ? order by ordinal_position")) {
            columns.setString(1, table.tableName());
            try (ResultSet names = columns.executeQuery()) {
                while (names.next()) {
                    String name = names.getString(1);
                    if (!covered.contains(name)) {
                        findings.add(new Finding(table.tableName(), null, Problem.UNCOVERED_COLUMN, name));
                    }
                }
            }
        }
    }

    /** The chain hash after {@code count} seals (the genesis hash for none); null if that seal is gone. */
    private String chainHashAt(SealedTable table, long count) throws SQLException {
        if (count == 0) {
            return Chain.genesis(table);
        }
        try (PreparedStatement seal =
                db.prepareStatement("select chain_hash from seal where source_table = ? and seq = ?")) {
            seal.setString(1, table.tableName());
            seal.setLong(2, count);
            try (ResultSet row = seal.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    private long single(String sql, Object parameter) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setObject(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** Rows of a query keyed by its first column, read {@value #BATCH} at a time, each as text values. */
    private final class Cursor {

        private final String sql;
        private final int width;
        private final List<String[]> batch = new ArrayList<>();
        private int position;
        private long after = Long.MIN_VALUE;
        private boolean exhausted;

        Cursor(String sql, int width) {
            this.sql = sql;
            this.width = width;
        }

        String[] peek() throws SQLException {
            if (position == batch.size() && !exhausted) {
                fill();
            }
            return position < batch.size() ? batch.get(position) : null;
        }

        void next() {
            position++;
        }

        private void fill() throws SQLException {
            batch.clear();
            position = 0;
            try (PreparedStatement query = db.prepareStatement(sql)) {
                query.setLong(1, after);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        String[] values = new String[width];
                        for (int i = 0; i < width; i++) {
                            values[i] = rows.getString(i + 1);
                        }
                        batch.add(values);
                    }
                }
            }
            exhausted = batch.size() < BATCH;
            if (!batch.isEmpty()) {
                after = Long.parseLong(batch.get(batch.size() - 1)[0]);
            }
        }
    }
}
