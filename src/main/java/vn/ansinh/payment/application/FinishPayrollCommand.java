package vn.ansinh.payment.application;

import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Map;
import vn.ansinh.payment.application.payroll.PayrollComputation;
import vn.ansinh.payment.application.payroll.PayrollScope;
import vn.ansinh.payment.application.payroll.RunSummary;
import vn.ansinh.payment.domain.LineKind;
import vn.ansinh.payment.domain.PaymentChannel;
import vn.ansinh.payment.domain.PayrollRun;
import vn.ansinh.payment.domain.PayrollStatus;
import vn.ansinh.registry.application.AdminUnitTree;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.Jsons;

/**
 * The payroll job's last step, run by the system ({@code CommandEngine.runAsSystem}): the arrears, the
 * recovery items of ended benefits and the totals, and the run is computed. Its audit row is the record of
 * the whole computation: the job's earlier steps (the month's rates, the month's lines partition by
 * partition, the differences) each run in a transaction of their own so that a crash loses at most one
 * partition, and this row records what they produced — lines and amounts per kind and per channel, the lines
 * held or stopped, the recovery items raised and those proposed for review by the differences — with the
 * moment whose confirmed rates were used.
 */
public record FinishPayrollCommand(Long runId, AdminUnitCode unitCode, AdminUnitTree units)
        implements PayrollCommand.Job<PayrollRun> {

    public static final String ACTION = "payroll.finish";

    @Override
    public String action() {
        return ACTION;
    }

    @Override
    public PayrollRun execute(CommandContext context) {
        EntityManager em = context.em();
        PayrollRun run = lockedRun(context, runId);
        if (run.status() != PayrollStatus.COMPUTING) {
            throw PayrollCommand.notComputable(run);
        }
        PayrollScope scope = PayrollScope.of(run.unitCode(), units);
        PayrollComputation computation = new PayrollComputation(em);
        Instant ratesAsOf = computation.ratesAsOf(runId);
        if (ratesAsOf == null) {
            ratesAsOf = context.now();
        }
        computation.arrears(runId, run.month(), scope, ratesAsOf);
        PaymentStops.Ended ended = computation.recovery(scope, context.now());
        // one pass over the run's lines writes its summary; the totals and the audit's figures per kind and channel,
        // and its count of lines not payable, read those few rows (they were seven more passes over a national run's
        // 900,000 lines, about 3 s)
        RunSummary.store(em, runId);
        Map<String, long[]> perKind = RunSummary.by(em, runId, RunSummary.Dimension.KIND);
        long[] totals = {
            perKind.values().stream().mapToLong(t -> t[0]).sum(),
            perKind.values().stream().mapToLong(t -> t[1]).sum()
        };
        em.createNativeQuery("UPDATE payroll_run SET partitions_done = partitions_total WHERE id = ?")
                .setParameter(1, runId)
                .executeUpdate();
        em.refresh(run);
        run.computed((int) totals[0], totals[1], context.now());
        context.recordChange(
                "PayrollRun",
                runId.toString(),
                "{\"status\":\"" + PayrollStatus.COMPUTING + "\"}",
                summary(em, run, ratesAsOf, ended, perKind).build().toString());
        return run;
    }

    /** What the computation produced, for the audit row. */
    private JsonObjectBuilder summary(
            EntityManager em,
            PayrollRun run,
            Instant ratesAsOf,
            PaymentStops.Ended ended,
            Map<String, long[]> perKind) {
        JsonObjectBuilder kinds = Jsons.createObjectBuilder();
        for (LineKind kind : LineKind.values()) {
            kinds.add(kind.name(), countAndTotal(perKind.get(kind.name())));
        }
        Map<String, long[]> perChannel = RunSummary.by(em, runId, RunSummary.Dimension.CHANNEL);
        JsonObjectBuilder channels = Jsons.createObjectBuilder();
        for (PaymentChannel channel : PaymentChannel.values()) {
            channels.add(channel.name(), countAndTotal(perChannel.get(channel.name())));
        }
        Object[] proposed = (Object[]) em.createNativeQuery(
                        "SELECT COUNT(*), COALESCE(SUM(amount), 0) FROM recovery_item WHERE raised_in_run_id = ?")
                .setParameter(1, runId)
                .getSingleResult();
        long held = RunSummary.notPayableWhenStored(em, runId);
        return Jsons.createObjectBuilder()
                .add("status", run.status().name())
                .add("unit", run.unitCode().value())
                .add("month", run.month().toString())
                .add("ratesAsOf", ratesAsOf.toString())
                .add("lines", run.lineCount())
                .add("total", run.totalAmount())
                .add("kinds", kinds)
                .add("channels", channels)
                .add("linesNotPayable", held)
                .add("endedLinesStopped", ended.linesChanged())
                .add("recoveryItemsRaised", ended.recoveryItemsRaised())
                .add(
                        "recoveryProposed",
                        Jsons.createObjectBuilder()
                                .add("items", ((Number) proposed[0]).longValue())
                                .add("total", ((Number) proposed[1]).longValue()));
    }

    private static JsonObjectBuilder countAndTotal(long[] countAndTotal) {
        return Jsons.createObjectBuilder()
                .add("lines", countAndTotal == null ? 0 : countAndTotal[0])
                .add("total", countAndTotal == null ? 0 : countAndTotal[1]);
    }
}
