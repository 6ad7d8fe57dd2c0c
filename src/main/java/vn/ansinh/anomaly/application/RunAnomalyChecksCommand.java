package vn.ansinh.anomaly.application;

import jakarta.json.JsonObjectBuilder;
import java.time.YearMonth;
import vn.ansinh.anomaly.domain.AnomalyRule;
import vn.ansinh.registry.application.AdminUnitTree;
import vn.ansinh.registry.application.UnitScope;
import vn.ansinh.shared.command.AuditorsCommand;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.Jsons;
import vn.ansinh.shared.persistence.ReadSource;

/**
 * The anomaly checks over one unit (a province, the country, or any unit an auditor holds) for one payroll month:
 * run by the system every night for the country ({@link NightlyAnomalyJob}) or by an auditor or administrator
 * on demand. It changes none of AnSinh's records, only writes its own findings and run rows, so the auditor,
 * who may write nothing else, may run it. Its audit row carries the counts per rule, the time taken and where the
 * checks read ({@code reads}: the read replica when one is configured, with its lag).
 */
public record RunAnomalyChecksCommand(AdminUnitCode scope, YearMonth month, AdminUnitTree units, ReadSource reads)
        implements AuditorsCommand<AnomalyChecks.Result> {

    /** The checks reading the primary. */
    public RunAnomalyChecksCommand(AdminUnitCode scope, YearMonth month, AdminUnitTree units) {
        this(scope, month, units, null);
    }

    @Override
    public String action() {
        return "anomaly.run";
    }

    @Override
    public AdminUnitCode unit() {
        return scope;
    }

    @Override
    public AnomalyChecks.Result execute(CommandContext context) {
        AnomalyChecks.Result result = new AnomalyChecks(context.em(), reads)
                .run(scope, UnitScope.of(scope, units), month, context.actor().username(), context.now());
        JsonObjectBuilder found = Jsons.createObjectBuilder();
        for (AnomalyRule rule : AnomalyRule.values()) {
            found.add(
                    rule.name(),
                    Jsons.createObjectBuilder()
                            .add("found", result.found().get(rule))
                            .add("new", result.newFound().get(rule))
                            .add("ms", result.millis().get(rule)));
        }
        context.recordChange(
                "AnomalyRun",
                Long.toString(result.runId()),
                null,
                Jsons.createObjectBuilder()
                        .add("scope", scope.value())
                        .add("month", month.toString())
                        .add("rules", found)
                        .add("total", result.totalFound())
                        .add("ms", result.totalMillis())
                        .add("readFrom", result.readFrom().kind().name())
                        .add("lagSeconds", result.readFrom().lagSeconds())
                        .build()
                        .toString());
        return result;
    }
}
