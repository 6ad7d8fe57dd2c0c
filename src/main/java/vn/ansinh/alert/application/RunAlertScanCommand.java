package vn.ansinh.alert.application;

import jakarta.json.JsonObjectBuilder;
import java.util.Set;
import vn.ansinh.alert.domain.AlertKind;
import vn.ansinh.shared.command.Command;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.Jsons;
import vn.ansinh.shared.security.Role;

/**
 * The alert scan, with today's date and the current settings: run by the system every night
 * ({@link DailyAlertJob}) or by an administrator now instead of waiting for the night. Each run has
 * its audit row with its counts: the settings, the alerts raised per kind and in all, the alerts closed.
 */
public record RunAlertScanCommand() implements Command<ScanResult> {

    @Override
    public String action() {
        return "alert.scan";
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
    public ScanResult execute(CommandContext context) {
        ScanSettings settings = ScanSettings.read(context.em());
        ScanResult result =
                new AlertScan().scan(context.em(), context.today(), settings.lookaheadDays(), settings.reviewMonths());
        context.recordChange("AlertScan", context.today().toString(), null, json(result, settings));
        return result;
    }

    private static String json(ScanResult result, ScanSettings settings) {
        JsonObjectBuilder raised = Jsons.createObjectBuilder();
        for (AlertKind kind : AlertKind.values()) {
            raised.add(kind.name(), result.raised(kind));
        }
        return Jsons.createObjectBuilder()
                .add("lookaheadDays", settings.lookaheadDays())
                .add("reviewMonths", settings.reviewMonths())
                .add("raised", raised)
                .add("raisedTotal", result.totalRaised())
                .add("resolved", result.resolved())
                .build()
                .toString();
    }
}
