package vn.ansinh.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;
import vn.ansinh.shared.persistence.SqlEnums;

/**
 * Runs a status rule in Java and in SQL on the same fixtures, every value of its enum, on the real database:
 * the values in a temporary table {@code parity_status s} (column {@code s.status}), the SQL condition selects
 * some, the Java predicate accepts some; the caller asserts both are the same set (and what it is).
 */
final class StatusSetParity {

    private StatusSetParity() {}

    /** The values the Java predicate accepts. */
    static <E extends Enum<E>> Set<E> java(Class<E> type, Predicate<? super E> rule) {
        return SqlEnums.where(type, rule);
    }

    /** The values the SQL condition over {@code s.status} selects, every value of the enum being in the table. */
    static <E extends Enum<E>> Set<E> sql(Class<E> type, String condition) {
        Set<E> selected = EnumSet.noneOf(type);
        try (Connection connection = MigratedDatabase.get().jdbc().connect()) {
            try (Statement create = connection.createStatement()) {
                create.executeUpdate("CREATE TEMPORARY TABLE parity_status (status VARCHAR(40) NOT NULL PRIMARY KEY)");
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO parity_status VALUES (?)")) {
                for (E value : type.getEnumConstants()) {
                    insert.setString(1, value.name());
                    insert.executeUpdate();
                }
            }
            try (PreparedStatement query =
                            connection.prepareStatement("SELECT s.status FROM parity_status s WHERE " + condition);
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    selected.add(Enum.valueOf(type, rows.getString(1)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(condition + ": " + e.getMessage(), e);
        }
        return selected;
    }
}
