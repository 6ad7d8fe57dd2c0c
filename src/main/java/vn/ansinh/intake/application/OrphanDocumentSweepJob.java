package vn.ansinh.intake.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.ansinh.shared.cluster.JobLease;
import vn.ansinh.shared.cluster.JobLeases;
import vn.ansinh.shared.command.CommandEngine;

/**
 * Sweeps the document store every night at 03:15 Vietnam time, as the system ({@link SweepOrphanDocumentsCommand},
 * with its audit row): files without a row, older than {@code ansinh.storage.orphan-grace-hours} (24 by default), go
 * to {@code orphans/<day>/}. Not persistent: a night missed is caught up by the next one.
 * On several servers, only the one that takes the job's lease runs it ({@link JobLeases}).
 */
@Singleton
public class OrphanDocumentSweepJob {

    private static final Logger LOG = Logger.getLogger(OrphanDocumentSweepJob.class.getName());
    private static final JobLease LEASE = JobLease.nightly("intake.orphan-sweep");

    @Inject
    private JobLeases leases;

    @Inject
    private CommandEngine engine;

    @Inject
    private DocumentStore store;

    @Inject
    @ConfigProperty(name = "ansinh.storage.orphan-grace-hours", defaultValue = "24")
    int graceHours;

    @Schedule(hour = "3", minute = "15", persistent = false, timezone = "Asia/Ho_Chi_Minh")
    public void runNightly() {
        if (!leases.acquire(LEASE)) {
            return;
        }
        SweepOrphanDocumentsCommand.Result result =
                engine.runAsSystem(new SweepOrphanDocumentsCommand(store, Duration.ofHours(graceHours)));
        LOG.info(() -> "Document store sweep: " + result.checked() + " files checked, " + result.quarantined()
                + " without a row moved to orphans/, " + result.staleParts() + " stale upload parts removed");
    }
}
