package vn.ansinh.devstack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Small JDBC helpers for the harness (not used by the app). */
final class Jdbc {

    static final String OPTIONS = "?sslMode=DISABLED&useUnicode=true&characterEncoding=UTF-8"
            + "&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true";

    private Jdbc() {}

    static String url(String host, int port, String database) {
        return "jdbc:mysql://" + host + ":" + port + "/" + database + OPTIONS;
    }

    static boolean canConnect(String url, String user, String password) {
        try (Connection ignored = DriverManager.getConnection(url, user, password)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    static void execute(String url, String user, String password, String... statements) {
        try (Connection c = DriverManager.getConnection(url, user, password);
                Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("SQL failed on " + url + ": " + e.getMessage(), e);
        }
    }
}
