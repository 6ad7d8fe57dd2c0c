package vn.ansinh.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.ansinh.devstack.DatabaseServer;

/** Plain JDBC reads of the app's database, for assertions. */
public final class TestDatabase {

    private final DatabaseServer server;

    public TestDatabase(DatabaseServer server) {
        this.server = server;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password());
    }

    public Map<String, Object> latestAudit(String action) {
        return row("select * from audit_record where action = ? order by id desc limit 1", action);
    }

    public String setting(String key) {
        return (String) row("select setting_value from app_setting where setting_key = ?", key)
                .get("setting_value");
    }

    /** The row of the settings table where a key is shown (the page lists them by key). */
    public int settingRowIndex(String key) {
        return ((Number) row("select count(*) as n from app_setting where setting_key < ?", key)
                        .get("n"))
                .intValue();
    }

    public long count(String table) {
        return ((Number) row("select count(*) as n from " + table).get("n")).longValue();
    }

    /** The number a {@code select count(*) ...} query gives. */
    public long countOf(String sql, Object... parameters) {
        return ((Number) row(sql, parameters).values().iterator().next()).longValue();
    }

    public Map<String, Object> row(String sql, Object... parameters) {
        try (Connection c = connect();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                Map<String, Object> row = new LinkedHashMap<>();
                if (rs.next()) {
                    ResultSetMetaData meta = rs.getMetaData();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        row.put(meta.getColumnLabel(i), rs.getObject(i));
                    }
                }
                return row;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** Every row a query gives, each as column label → value. */
    public java.util.List<Map<String, Object>> rows(String sql, Object... parameters) {
        try (Connection c = connect();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                java.util.List<Map<String, Object>> rows = new java.util.ArrayList<>();
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        row.put(meta.getColumnLabel(i), rs.getObject(i));
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** Runs an update statement; the number of rows it changed. */
    public int execute(String sql, Object... parameters) {
        try (Connection c = connect();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
