package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.ansinh.admin.application.ChangeSettingCommand;
import vn.ansinh.admin.domain.SettingKey;
import vn.ansinh.audit.application.PurgeAccessLogCommand;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.security.Actor;
import vn.ansinh.shared.security.Role;

/**
 * The nightly purge of the access log keeps what the administrator's retention setting says, counted in Vietnam
 * days, and leaves its audit row; the system runs it as the nightly job does.
 */
class AccessLogPurgeIT {

    private static final Actor ADMIN = new Actor("admin", "Quản trị", Set.of(Role.ADMIN), AdminUnitCode.NATIONAL);
    /** 09:00 on 15 June 2026 in Vietnam. */
    private static final String NIGHT = "2026-06-15T02:00:00Z";

    private final CaseworkFixture fx = new CaseworkFixture();
    private final String reader = "purge.test." + System.nanoTime();

    @AfterEach
    void restore() {
        setRetention("24");
        fx.close();
    }

    @Test
    void thePurgeRemovesWhatIsOlderThanTheRetentionInVietnamDaysAndNothingElse() {
        insert(LocalDateTime.of(2024, 6, 14, 12, 0)); // before 15/06/2024: past 24 months
        insert(LocalDateTime.of(2025, 1, 1, 0, 0));
        insert(LocalDateTime.of(2026, 3, 14, 16, 59, 59)); // 23:59:59 on 14 March in Vietnam
        insert(LocalDateTime.of(2026, 3, 14, 17, 0, 0)); // 00:00 on 15 March in Vietnam
        setRetention("24");

        int first = fx.run(Actor.SYSTEM, NIGHT, PurgeAccessLogCommand::new);

        assertThat(first).isPositive();
        assertThat(times())
                .containsExactly(
                        LocalDateTime.of(2025, 1, 1, 0, 0),
                        LocalDateTime.of(2026, 3, 14, 16, 59, 59),
                        LocalDateTime.of(2026, 3, 14, 17, 0, 0));

        setRetention("3");
        fx.run(Actor.SYSTEM, NIGHT, PurgeAccessLogCommand::new);

        assertThat(times()).as("kept from 15/03/2026 in Vietnam").containsExactly(LocalDateTime.of(2026, 3, 14, 17, 0));
        assertThat(fx.jdbc().latestAudit("accessLog.purge"))
                .containsEntry("actor", "system")
                .containsEntry("outcome", "SUCCEEDED");
        assertThat((String) fx.jdbc().latestAudit("accessLog.purge").get("after_value"))
                .contains("\"retentionMonths\":3")
                .contains("\"firstDayKept\":\"2026-03-15\"");
    }

    private void insert(LocalDateTime utc) {
        fx.jdbc()
                .execute(
                        "insert into access_log (occurred_at, reader, reader_unit, kind, outcome, unit_code, person_id,"
                                + " target) values (?, ?, '03253', 'PERSON_FILE', 'READ', '03253', null, 'purge test')",
                        Timestamp.valueOf(utc),
                        reader);
    }

    private List<LocalDateTime> times() {
        return fx
                .jdbc()
                .rows("select occurred_at from access_log where reader = ? order by occurred_at", reader)
                .stream()
                .map(row -> row.get("occurred_at"))
                .map(value -> value instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value)
                .toList();
    }

    private void setRetention(String months) {
        String key = SettingKey.ACCESS_LOG_RETENTION_MONTHS.name();
        long version = ((Number) fx.jdbc()
                        .row("select version from app_setting where setting_key = ?", key)
                        .get("version"))
                .longValue();
        if (!fx.jdbc().setting(key).equals(months)) {
            fx.run(
                    ADMIN,
                    NIGHT,
                    () -> new ChangeSettingCommand(SettingKey.ACCESS_LOG_RETENTION_MONTHS, months, version));
        }
    }
}
