package vn.ansinh.shared.cluster;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import vn.ansinh.shared.persistence.DatabaseMigration;

/**
 * The door every {@code @Schedule} job goes through ({@code ScheduledJobsTest} checks it): {@code if
 * (!leases.acquire(LEASE)) return;}. The lease is taken in a transaction of its own, committed before the job
 * starts, whatever transaction the timer runs in; this node's name is {@link ClusterNode#ID}. A job that does not
 * get it was run by another node: that is logged at FINE. A database that cannot be reached gives no lease (and
 * the job would have failed anyway): a warning. Like {@link JobLease} it is infrastructure, not audited.
 */
@Stateless
public class JobLeases {

    private static final Logger LOG = Logger.getLogger(JobLeases.class.getName());

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    private DataSource dataSource;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean acquire(JobLease lease) {
        try (Connection db = dataSource.getConnection()) {
            boolean held = lease.acquire(db, ClusterNode.ID);
            if (!held) {
                LOG.fine(() -> "Job " + lease.name() + " not run here: another node holds its lease");
            }
            return held;
        } catch (SQLException e) {
            LOG.warning(() -> "Job " + lease.name() + " not run: its lease could not be taken: " + e);
            return false;
        }
    }
}
