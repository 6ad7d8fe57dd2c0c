package vn.ansinh.audit.application;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;
import vn.ansinh.admin.domain.Setting;
import vn.ansinh.admin.domain.SettingKey;
import vn.ansinh.shared.command.Command;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.Jsons;
import vn.ansinh.shared.security.Role;

/**
 * Removes the access-log entries older than the retention the administrator set
 * ({@link SettingKey#ACCESS_LOG_RETENTION_MONTHS}, 24 months by default): every entry before the start (in Vietnam)
 * of the same day that many months ago. Run nightly by the system ({@link AccessLogPurgeJob}); its audit row says the
 * retention, the cut-off and how many entries went. Returns that number.
 */
public record PurgeAccessLogCommand() implements Command<Integer> {

    static final int DEFAULT_MONTHS = 24;

    @Override
    public String action() {
        return "accessLog.purge";
    }

    @Override
    public Set<Role> permittedRoles() {
        return Set.of(Role.ADMIN);
    }

    @Override
    public AdminUnitCode unit() {
        return AdminUnitCode.NATIONAL;
    }

    @Override
    public Integer execute(CommandContext context) {
        int months = retentionMonths(context);
        LocalDate firstKept = context.today().minusMonths(months);
        LocalDateTime cutoff = AuditQuery.startOfDayUtc(firstKept);
        int deleted = context.em()
                .createQuery("delete from AccessEntry e where e.occurredAt < :cutoff")
                .setParameter("cutoff", cutoff)
                .executeUpdate();
        context.recordChange(
                "AccessLog",
                null,
                null,
                Jsons.createObjectBuilder()
                        .add("retentionMonths", months)
                        .add("firstDayKept", firstKept.toString())
                        .add("deleted", deleted)
                        .build()
                        .toString());
        return deleted;
    }

    static int retentionMonths(CommandContext context) {
        return Optional.ofNullable(context.em().find(Setting.class, SettingKey.ACCESS_LOG_RETENTION_MONTHS.name()))
                .map(Setting::value)
                .map(Integer::parseInt)
                .orElse(DEFAULT_MONTHS);
    }
}
