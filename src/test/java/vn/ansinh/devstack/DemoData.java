package vn.ansinh.devstack;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import vn.ansinh.devstack.generate.DataGenerator;

/**
 * Demo data for the run command: on a database without people, the schema is migrated and the
 * generator adds 20,000 synthetic people (about 6 per commune, including the demo users' communes)
 * with their households and 2025 poverty reviews, and in the same run the demo communes' own people ({@link
 * DemoScale#PEOPLE}). A database that has people is left alone.
 */
final class DemoData {

    static final long PEOPLE = 20_000;
    private static final long SEED = 20250701L;

    private DemoData() {}

    static void ensure(DatabaseServer database, PrintStream out) {
        GeneratorTarget.migrate(database.jdbcUrl(), database.user(), database.password());
        if (hasPeople(database)) {
            return;
        }
        long started = System.nanoTime();
        out.println("  demo data: generating " + String.format("%,d", PEOPLE)
                + " synthetic people and the demo communes' own (first start only)...");
        try {
            new DataGenerator(
                            new DataGenerator.Options(PEOPLE, SEED, false, 2, DemoScale.PEOPLE),
                            new PrintStream(PrintStream.nullOutputStream()))
                    .run(
                            GeneratorTarget.withOption(database.jdbcUrl(), "rewriteBatchedStatements=true"),
                            database.user(),
                            database.password());
            gatherIntoDemoCommunes(database);
            out.printf("  demo data: people generated in %.1f s%n", (System.nanoTime() - started) / 1e9);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not generate the demo data: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while generating the demo data", e);
        }
    }

    /**
     * The generator spreads people over all 3,321 communes; a third of the households of the demo
     * users' provinces move to the demo users' communes, so that their pages have people to show.
     */
    private static void gatherIntoDemoCommunes(DatabaseServer database) throws SQLException {
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
                Statement s = c.createStatement()) {
            for (String[] demo : new String[][] {{"03253", "11"}, {"17035", "40"}}) {
                String unitId =
                        "(SELECT id FROM admin_unit WHERE code = '" + demo[0] + "' AND unit_list = 'TWO_TIER_2025')";
                // numbered on after the commune's own households (the sequence the generator saved)
                s.execute("SET @n = (SELECT COALESCE(MAX(next_value), 1) - 1 FROM unit_sequence WHERE unit_code = '"
                        + demo[0] + "' AND name = 'household' AND period = 0)");
                s.executeUpdate("UPDATE household SET commune_code = '" + demo[0] + "', residence_unit_id = " + unitId
                        + ", code = CONCAT('" + demo[0] + "-', LPAD(@n := @n + 1, 6, '0')) WHERE province_code = '"
                        + demo[1] + "' AND commune_code <> '" + demo[0] + "' AND MOD(id, 3) = 0 ORDER BY id");
                s.executeUpdate("UPDATE person p JOIN household_member m ON m.person_id = p.id JOIN household h"
                        + " ON h.id = m.household_id SET p.commune_code = h.commune_code, p.residence_unit_id = h.residence_unit_id"
                        + " WHERE h.commune_code = '" + demo[0] + "'");
                s.executeUpdate("INSERT INTO unit_sequence (unit_code, name, period, next_value) VALUES ('" + demo[0]
                        + "', 'household', 0, @n + 1) ON DUPLICATE KEY UPDATE next_value = VALUES(next_value)");
            }
        }
    }

    private static boolean hasPeople(DatabaseServer database) {
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
                ResultSet rs = c.createStatement().executeQuery("SELECT EXISTS (SELECT 1 FROM person)")) {
            return rs.next() && rs.getBoolean(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the demo database: " + e.getMessage(), e);
        }
    }
}
