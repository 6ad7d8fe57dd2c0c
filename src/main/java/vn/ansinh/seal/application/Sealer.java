package vn.ansinh.seal.application;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ansinh.seal.domain.CanonicalForm;
import vn.ansinh.seal.domain.Chain;
import vn.ansinh.seal.domain.SealedTable;

/**
 * Seals committed rows after their commit, in id order per table, after the last sealed id. Nothing
 * that writes a sealed table waits for it: it reads with plain (non-locking) reads, on its own connection,
 * in READ COMMITTED. One sealer runs at a time across all servers: a run locks the {@code seal_lease} row
 * ({@code FOR UPDATE NOWAIT}) and a server that finds it locked skips its turn.
 *
 * <p>A hole in the ids (id 41 missing between 40 and 42) is either an insert still in flight or an id no
 * row will ever hold (a rolled-back insert). The sealer asks with a locking read that does not wait
 * ({@code LOCK IN SHARE MODE NOWAIT}): an uncommitted row in the hole makes it fail, and the run stops
 * before the hole, to come back; an empty answer means nobody holds those ids, and the hole is recorded in
 * {@code seal_gap} and passed. A row that appears later below the sealed head is then an insertion, which
 * the verifier reports.
 */
public final class Sealer {

    /** Rows per table and transaction. */
    public static final int BATCH = 2000;

    private static final int ROWS_PER_INSERT = 500;

    private final Connection db;
    private final String holder;

    /** On a connection of its own, which the sealer switches to manual commit and READ COMMITTED. */
    public Sealer(Connection db, String holder) {
        this.db = db;
        this.holder = holder;
    }

    /** Seals until every committed row is sealed (or a hole in flight stops a table), batch by batch. */
    public SealRun sealAll(Instant now) throws SQLException {
        Map<String, Integer> sealed = new LinkedHashMap<>();
        List<SealRun.Gap> gaps = new ArrayList<>();
        boolean ran = false;
        while (true) {
            SealRun run = sealOnce(now, BATCH);
            if (!run.ran()) {
                return new SealRun(ran, sealed, gaps);
            }
            ran = true;
            run.sealed().forEach((table, n) -> sealed.merge(table, n, Integer::sum));
            gaps.addAll(run.gaps());
            if (run.sealed().values().stream().noneMatch(n -> n >= BATCH)) {
                return new SealRun(true, sealed, gaps);
            }
        }
    }

    /** One transaction: up to {@code limit} rows of each table. */
    public SealRun sealOnce(Instant now, int limit) throws SQLException {
        db.setAutoCommit(false);
        db.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        try {
            if (!takeLease()) {
                db.rollback();
                return SealRun.busy();
            }
            Map<String, Integer> sealed = new LinkedHashMap<>();
            List<SealRun.Gap> gaps = new ArrayList<>();
            for (SealedTable table : SealedTable.values()) {
                sealed.put(table.tableName(), seal(table, limit, now, gaps));
            }
            try (PreparedStatement status = db.prepareStatement(
                    "update seal_lease set holder = ?, last_run_at = ?, last_sealed = ?, last_error = null"
                            + " where name = 'sealer'")) {
                status.setString(1, holder);
                status.setObject(2, utc(now));
                status.setInt(
                        3, sealed.values().stream().mapToInt(Integer::intValue).sum());
                status.executeUpdate();
            }
            db.commit();
            return new SealRun(true, sealed, gaps);
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            recordError(now, e);
            throw e;
        }
    }

    private boolean takeLease() {
        try (PreparedStatement lock =
                        db.prepareStatement("select name from seal_lease where name = 'sealer' for update nowait");
                ResultSet rows = lock.executeQuery()) {
            return rows.next();
        } catch (SQLException e) {
            return false;
        }
    }

    private int seal(SealedTable table, int limit, Instant now, List<SealRun.Gap> gaps) throws SQLException {
        Head head = Head.of(db, table);
        List<String[]> seals = new ArrayList<>();
        long expected = head.rowId + 1;
        try (PreparedStatement read = db.prepareStatement(
                "select " + table.selectList() + " from " + table.tableName() + " where id > ? order by id limit ?")) {
            read.setLong(1, head.rowId);
            read.setInt(2, limit);
            try (ResultSet rows = read.executeQuery()) {
                int width = table.columns().size();
                while (rows.next()) {
                    long id = rows.getLong(1);
                    if (id > expected) {
                        if (!nobodyHolds(table, expected, id - 1)) {
                            break;
                        }
                        recordGap(table, expected, id - 1, now);
                        gaps.add(new SealRun.Gap(table.tableName(), expected, id - 1));
                    }
                    List<String> values = new ArrayList<>(width);
                    for (int i = 1; i <= width; i++) {
                        values.add(rows.getString(i));
                    }
                    String content = CanonicalForm.contentHash(table, values);
                    head = new Head(head.seq + 1, id, Chain.next(head.chainHash, content));
                    seals.add(new String[] {String.valueOf(head.seq), String.valueOf(id), content, head.chainHash});
                    expected = id + 1;
                }
            }
        }
        insert(table, seals, now);
        return seals.size();
    }

    /** Whether no row, committed or in flight, holds an id of the range (a locking read that does not wait). */
    private boolean nobodyHolds(SealedTable table, long fromId, long toId) {
        try (PreparedStatement probe = db.prepareStatement(
                "select id from " + table.tableName() + " where id between ? and ? lock in share mode nowait")) {
            probe.setLong(1, fromId);
            probe.setLong(2, toId);
            try (ResultSet rows = probe.executeQuery()) {
                return !rows.next();
            }
        } catch (SQLException inFlight) {
            return false;
        }
    }

    private void recordGap(SealedTable table, long fromId, long toId, Instant now) throws SQLException {
        try (PreparedStatement gap = db.prepareStatement(
                "insert ignore into seal_gap (source_table, from_id, to_id, found_at) values (?, ?, ?, ?)")) {
            gap.setString(1, table.tableName());
            gap.setLong(2, fromId);
            gap.setLong(3, toId);
            gap.setObject(4, utc(now));
            gap.executeUpdate();
        }
    }

    private void insert(SealedTable table, List<String[]> seals, Instant now) throws SQLException {
        for (int start = 0; start < seals.size(); start += ROWS_PER_INSERT) {
            List<String[]> chunk = seals.subList(start, Math.min(seals.size(), start + ROWS_PER_INSERT));
            StringBuilder sql = new StringBuilder(
                    "insert into seal (source_table, seq, row_id, content_hash, chain_hash, sealed_at) values ");
            sql.append(String.join(", ", java.util.Collections.nCopies(chunk.size(), "(?, ?, ?, ?, ?, ?)")));
            try (PreparedStatement insert = db.prepareStatement(sql.toString())) {
                int p = 1;
                for (String[] seal : chunk) {
                    insert.setString(p++, table.tableName());
                    insert.setLong(p++, Long.parseLong(seal[0]));
                    insert.setLong(p++, Long.parseLong(seal[1]));
                    insert.setString(p++, seal[2]);
                    insert.setString(p++, seal[3]);
                    insert.setObject(p++, utc(now));
                }
                insert.executeUpdate();
            }
        }
    }

    private void recordError(Instant now, Exception error) {
        try (PreparedStatement status = db.prepareStatement(
                "update seal_lease set holder = ?, last_run_at = ?, last_error = ? where name = 'sealer'")) {
            status.setString(1, holder);
            status.setObject(2, utc(now));
            String text = String.valueOf(error);
            status.setString(3, text.length() > 1000 ? text.substring(0, 1000) : text);
            status.executeUpdate();
            db.commit();
        } catch (SQLException ignored) {
            // the error itself is thrown to the caller, who logs it
        }
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** The last seal of a table: its number, row id and chain hash (the genesis hash before the first). */
    record Head(long seq, long rowId, String chainHash) {

        static Head of(Connection db, SealedTable table) throws SQLException {
            try (PreparedStatement last = db.prepareStatement(
                    "select seq, row_id, chain_hash from seal" + " where source_table = ? order by seq desc limit 1")) {
                last.setString(1, table.tableName());
                try (ResultSet row = last.executeQuery()) {
                    return row.next()
                            ? new Head(row.getLong(1), row.getLong(2), row.getString(3))
                            : new Head(0, 0, Chain.genesis(table));
                }
            }
        }
    }
}
