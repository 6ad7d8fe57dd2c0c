package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * Tampering as someone with the database's keys would: the append-only triggers of the sealed tables and of
 * the seal table dropped, plain SQL run, the triggers recreated as the migrations create them (and checked).
 */
final class AppendOnlyTriggers {

    /** The append-only triggers of the sealed tables and the seal table, as the migrations create them. */
    static final Map<String, String> TRIGGERS = Map.of(
            "audit_record_no_update",
                    "BEFORE UPDATE ON audit_record FOR EACH ROW SIGNAL SQLSTATE '45000'"
                            + " SET MESSAGE_TEXT = 'audit_record is append-only'",
            "audit_record_no_delete",
                    "BEFORE DELETE ON audit_record FOR EACH ROW SIGNAL SQLSTATE '45000'"
                            + " SET MESSAGE_TEXT = 'audit_record is append-only'",
            "case_event_no_update",
                    "BEFORE UPDATE ON case_event FOR EACH ROW SIGNAL SQLSTATE '45000'"
                            + " SET MESSAGE_TEXT = 'case_event is append-only'",
            "case_event_no_delete",
                    "BEFORE DELETE ON case_event FOR EACH ROW SIGNAL SQLSTATE '45000'"
                            + " SET MESSAGE_TEXT = 'case_event is append-only'",
            "decision_no_update",
                    "BEFORE UPDATE ON decision FOR EACH ROW SIGNAL SQLSTATE '45000'"
                            + " SET MESSAGE_TEXT = 'a signed decision is immutable'",
            "decision_no_delete",
                    "BEFORE DELETE ON decision FOR EACH ROW SIGNAL SQLSTATE '45000'"
                            + " SET MESSAGE_TEXT = 'a signed decision is immutable'",
            "seal_no_update",
                    "BEFORE UPDATE ON seal FOR EACH ROW SIGNAL SQLSTATE '45000'"
                            + " SET MESSAGE_TEXT = 'seal is append-only'",
            "seal_no_delete",
                    "BEFORE DELETE ON seal FOR EACH ROW SIGNAL SQLSTATE '45000'"
                            + " SET MESSAGE_TEXT = 'seal is append-only'");

    private AppendOnlyTriggers() {}

    static void without(TestDatabase db, SqlWork work) throws SQLException {
        try (Connection c = db.connect();
                Statement sql = c.createStatement()) {
            for (String name : TRIGGERS.keySet()) {
                sql.executeUpdate("drop trigger " + name);
            }
            try {
                work.run(sql);
            } finally {
                for (Map.Entry<String, String> trigger : TRIGGERS.entrySet()) {
                    sql.executeUpdate("create trigger " + trigger.getKey() + " " + trigger.getValue());
                }
            }
            try (java.sql.ResultSet row = sql.executeQuery("select count(*) from information_schema.triggers"
                    + " where trigger_schema = database() and trigger_name in ('"
                    + String.join("', '", TRIGGERS.keySet()) + "')")) {
                row.next();
                assertThat(row.getInt(1))
                        .as("the append-only triggers are back")
                        .isEqualTo(TRIGGERS.size());
            }
        }
    }

    @FunctionalInterface
    interface SqlWork {
        void run(Statement sql) throws SQLException;
    }
}
