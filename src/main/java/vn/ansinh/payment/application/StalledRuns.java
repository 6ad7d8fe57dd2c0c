package vn.ansinh.payment.application;

import jakarta.persistence.EntityManager;
import java.util.List;
import vn.ansinh.payment.domain.PayrollStatus;
import vn.ansinh.shared.cluster.NodeHeartbeat;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.persistence.SqlEnums;

/**
 * The payroll runs left COMPUTING by a dead server ({@link StalledPayrollSweep}): COMPUTING, computed by another
 * server than this one, whose heartbeat has stopped ({@link NodeHeartbeat#deadSql}) — or by no named server (a run
 * started before servers were named).
 */
public final class StalledRuns {

    /** A stalled run: its unit, its execution in the job repository (0 when none) and the server that computed it. */
    public record Run(long id, AdminUnitCode unit, long executionId, String node) {}

    static final String SQL = "SELECT id, unit_code, execution_id, computing_node FROM payroll_run WHERE status = "
            + SqlEnums.literal(PayrollStatus.COMPUTING) + " AND (computing_node IS NULL OR computing_node <> ?) AND "
            + NodeHeartbeat.deadSql("computing_node") + " ORDER BY id";

    private StalledRuns() {}

    /** The runs stalled as {@code thisNode} sees them (its own runs are never stalled: it is alive). */
    public static List<Run> find(EntityManager em, String thisNode) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em.createNativeQuery(SQL).setParameter(1, thisNode).getResultList();
        return rows.stream()
                .map(row -> new Run(
                        ((Number) row[0]).longValue(),
                        AdminUnitCode.of((String) row[1]),
                        row[2] == null ? 0 : ((Number) row[2]).longValue(),
                        (String) row[3]))
                .toList();
    }
}
