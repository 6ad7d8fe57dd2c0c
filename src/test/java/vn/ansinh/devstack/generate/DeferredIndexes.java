package vn.ansinh.devstack.generate;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Secondary indexes of a table set aside while an empty table is filled, and built again afterwards
 * in one ALTER TABLE. Inserting a million rows into six random-order indexes that outgrow the buffer
 * pool costs random reads for every row; building them sorted afterwards takes seconds. Indexes that
 * back a foreign key stay. Until they are back, the statement that restores them is kept in the
 * table's comment, so a run that was interrupted is repaired by the next one ({@link #restorePending}).
 */
final class DeferredIndexes {

    private static final String MARK = "ansinh-generator restores: ";

    private final String table;
    private final String restoreStatement;

    private DeferredIndexes(String table, String restoreStatement) {
        this.table = table;
        this.restoreStatement = restoreStatement;
    }

    /** Builds the indexes a previous, interrupted run left out, if any. */
    static void restorePending(Connection connection, String table, PrintStream out) throws SQLException {
        String comment = tableComment(connection, table);
        if (comment.startsWith(MARK)) {
            out.println("  restoring the indexes of " + table + " that an interrupted run left out...");
            execute(connection, comment.substring(MARK.length()));
        }
    }

    /** Drops the table's secondary indexes that no foreign key needs, remembering how to restore them. */
    static DeferredIndexes drop(Connection connection, String table) throws SQLException {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        Map<String, Boolean> unique = new LinkedHashMap<>();
        try (PreparedStatement s = connection.prepareStatement("select index_name, non_unique, column_name, sub_part "
                + "from information_schema.statistics where table_schema = database() and table_name = ? "
                + "and index_name <> 'PRIMARY' order by index_name, seq_in_index")) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String column =
                            "`" + rs.getString(3) + "`" + (rs.getObject(4) == null ? "" : "(" + rs.getInt(4) + ")");
                    columns.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(column);
                    unique.put(rs.getString(1), rs.getInt(2) == 0);
                }
            }
        }
        List<String> foreignKeyColumns = foreignKeyColumns(connection, table);
        List<String> adds = new ArrayList<>();
        List<String> drops = new ArrayList<>();
        for (Map.Entry<String, List<String>> index : columns.entrySet()) {
            if (foreignKeyColumns.contains(index.getValue().get(0))) {
                continue;
            }
            String name = "`" + index.getKey() + "`";
            adds.add("add " + (unique.get(index.getKey()) ? "unique " : "") + "index " + name + " ("
                    + String.join(", ", index.getValue()) + ")");
            drops.add("drop index " + name);
        }
        String restore = "alter table `" + table + "` " + String.join(", ", adds) + ", comment = '"
                + tableComment(connection, table).replace("'", "''") + "'";
        if (!drops.isEmpty()) {
            execute(
                    connection,
                    "alter table `" + table + "` " + String.join(", ", drops) + ", comment = '"
                            + (MARK + restore).replace("'", "''") + "'");
        }
        return new DeferredIndexes(table, drops.isEmpty() ? null : restore);
    }

    void restore(Connection connection) throws SQLException {
        if (restoreStatement != null) {
            execute(connection, restoreStatement);
        }
    }

    String table() {
        return table;
    }

    private static List<String> foreignKeyColumns(Connection connection, String table) throws SQLException {
        List<String> result = new ArrayList<>();
        try (PreparedStatement s =
                connection.prepareStatement("select column_name from information_schema.key_column_usage "
                        + "where table_schema = database() and table_name = ? and referenced_table_name is not null")) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    result.add("`" + rs.getString(1) + "`");
                }
            }
        }
        return result;
    }

    private static String tableComment(Connection connection, String table) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("select table_comment from information_schema.tables "
                + "where table_schema = database() and table_name = ?")) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getString(1) != null ? rs.getString(1) : "";
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }
}
