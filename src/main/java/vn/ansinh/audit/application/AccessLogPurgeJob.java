package vn.ansinh.audit.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import vn.ansinh.shared.cluster.JobLease;
import vn.ansinh.shared.cluster.JobLeases;
import vn.ansinh.shared.command.CommandEngine;

/**
 * Purges the access log every night at 02:30 Vietnam time, as the system ({@link PurgeAccessLogCommand}, with its
 * audit row). Not persistent: a night missed is caught up by the next one, which removes everything past the
 * retention.
 * On several servers, only the one that takes the job's lease runs it ({@link JobLeases}).
 */
@Singleton
public class AccessLogPurgeJob {

    private static final Logger LOG = Logger.getLogger(AccessLogPurgeJob.class.getName());
    private static final JobLease LEASE = JobLease.nightly("audit.access-log-purge");

    @Inject
    private JobLeases leases;

    @Inject
    private CommandEngine engine;

    @Schedule(hour = "2", minute = "30", persistent = false, timezone = "Asia/Ho_Chi_Minh")
    public void runNightly() {
        if (!leases.acquire(LEASE)) {
            return;
        }
        int deleted = engine.runAsSystem(new PurgeAccessLogCommand());
        LOG.info(() -> "Access log purge: " + deleted + " entries removed");
    }
}
