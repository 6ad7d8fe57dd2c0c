package vn.ansinh.devstack.generate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import vn.ansinh.registry.domain.HouseholdCode;
import vn.ansinh.shared.kernel.AdminUnitCode;

/**
 * Household codes {@code <commune>-<6-digit sequence>} continuing the app's counters (unit_sequence,
 * name 'household', period 0), and the counters written back so the app goes on from there.
 */
final class HouseholdNumbering {

    private static final String NAME = "household";

    private final Map<String, Long> next = new HashMap<>();

    static HouseholdNumbering load(Connection connection) throws SQLException {
        HouseholdNumbering numbering = new HouseholdNumbering();
        try (Statement s = connection.createStatement()) {
            try (ResultSet rs = s.executeQuery(
                    "select unit_code, next_value from unit_sequence where name = '" + NAME + "' and period = 0")) {
                while (rs.next()) {
                    numbering.next.merge(rs.getString(1), rs.getLong(2), Math::max);
                }
            }
            try (ResultSet rs = s.executeQuery("select commune_code, max(code) from household group by commune_code")) {
                while (rs.next()) {
                    long used = Long.parseLong(
                            rs.getString(2).substring(rs.getString(2).indexOf('-') + 1));
                    numbering.next.merge(rs.getString(1), used + 1, Math::max);
                }
            }
        }
        return numbering;
    }

    String nextCode(String communeCode) {
        long sequence = next.getOrDefault(communeCode, 1L);
        next.put(communeCode, sequence + 1);
        return HouseholdCode.of(AdminUnitCode.of(communeCode), sequence).value();
    }

    /** Writes every counter back, never lowering one the app may have moved meanwhile. */
    void save(Connection connection) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "insert into unit_sequence (unit_code, name, period, "
                        + "next_value) values (?, ?, 0, ?) on duplicate key update next_value = greatest(next_value, values(next_value))")) {
            for (Map.Entry<String, Long> e : next.entrySet()) {
                s.setString(1, e.getKey());
                s.setString(2, NAME);
                s.setLong(3, e.getValue());
                s.addBatch();
            }
            s.executeBatch();
        }
    }
}
