package vn.ansinh.payment.application;

import java.util.List;
import java.util.Set;
import vn.ansinh.payment.application.payroll.PayrollComputation;
import vn.ansinh.payment.application.payroll.PayrollScope;
import vn.ansinh.payment.domain.LineKind;
import vn.ansinh.payment.domain.PayrollComparison;
import vn.ansinh.payment.domain.PayrollRun;
import vn.ansinh.registry.application.AdminUnitTree;
import vn.ansinh.shared.command.Command;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.kernel.Jsons;
import vn.ansinh.shared.security.Role;

/**
 * "So sánh": what an approved payroll would pay if its month were computed today. The month is
 * recomputed in the comparison's own scratch space (its own rate snapshot and lines, keyed by the
 * comparison), compared with the run's lines, and the scratch lines are removed again; the run, its
 * rate snapshot and its lines are never written. It changes no payroll, so auditors may compare too;
 * the officers who prepare payrolls, the approvers who approve them and administrators (who enter
 * rates) may as well. Each comparison is recorded: payroll_comparison, and its audit row with the number of
 * differences and the count and total of the approved run's monthly lines and of the recomputed ones.
 */
public record ComparePayrollCommand(Long runId, AdminUnitCode unitCode, AdminUnitTree units)
        implements Command<ComparePayrollCommand.Result> {

    /** The comparison's id and its differences. */
    public record Result(long comparisonId, List<PayrollDiff.Row> rows) {}

    @Override
    public String action() {
        return "payroll.compare";
    }

    @Override
    public Set<Role> permittedRoles() {
        return Set.of(Role.COMMUNE_OFFICER, Role.APPROVER, Role.ADMIN, Role.AUDITOR);
    }

    @Override
    public boolean changesNoRecords() {
        return true;
    }

    @Override
    public AdminUnitCode unit() {
        return unitCode;
    }

    @Override
    public Result execute(CommandContext context) {
        PayrollRun run = context.em().find(PayrollRun.class, runId);
        if (run == null || !run.unitCode().equals(unitCode)) {
            throw new BusinessRuleException("payroll.error.notFound");
        }
        PayrollComparison comparison = PayrollComparison.of(run, context.actor().username(), context.now());
        context.em().persist(comparison);
        context.em().flush();
        long id = comparison.id();
        PayrollComputation computation = new PayrollComputation(context.em());
        PayrollScope scope = PayrollScope.of(run.unitCode(), units);
        computation.prepareComparison(id, run.month(), context.now());
        for (PayrollComputation.Partition partition : computation.partitions(scope, 200_000)) {
            computation.compared(id, run.month(), scope, partition);
        }
        List<PayrollDiff.Row> rows = PayrollDiff.between(context.em(), runId, id);
        long[] recomputed = monthlyLines(context, "payroll_comparison_line", "comparison_id", id);
        long[] approved = monthlyLines(context, "payroll_line", "run_id", runId);
        // the recomputed lines were only needed for this answer; the rate snapshot stays as the record
        context.em()
                .createNativeQuery("DELETE FROM payroll_comparison_line WHERE comparison_id = ?")
                .setParameter(1, id)
                .executeUpdate();
        comparison.found(rows.size());
        context.recordChange(
                "PayrollComparison",
                Long.toString(id),
                null,
                Jsons.createObjectBuilder()
                        .add("run", runId)
                        .add("month", run.month().toString())
                        .add("differences", rows.size())
                        .add(
                                "approved",
                                Jsons.createObjectBuilder()
                                        .add("lines", approved[0])
                                        .add("total", approved[1]))
                        .add(
                                "recomputed",
                                Jsons.createObjectBuilder()
                                        .add("lines", recomputed[0])
                                        .add("total", recomputed[1]))
                        .build()
                        .toString());
        return new Result(id, rows);
    }

    /** The count and total of the month's own lines (kind MONTHLY) of a run or a comparison. */
    private static long[] monthlyLines(CommandContext context, String table, String key, long id) {
        Object[] row = (Object[]) context.em()
                .createNativeQuery("SELECT COUNT(*), COALESCE(SUM(amount), 0) FROM " + table + " WHERE " + key
                        + " = ? AND kind = ?")
                .setParameter(1, id)
                .setParameter(2, LineKind.MONTHLY.name())
                .getSingleResult();
        return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
    }
}
