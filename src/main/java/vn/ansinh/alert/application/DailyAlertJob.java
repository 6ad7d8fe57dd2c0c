package vn.ansinh.alert.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Logger;
import vn.ansinh.casework.application.ActivateDueCasesCommand;
import vn.ansinh.shared.cluster.JobLease;
import vn.ansinh.shared.cluster.JobLeases;
import vn.ansinh.shared.command.CommandEngine;
import vn.ansinh.shared.time.VietnamTime;

/**
 * Runs the alert scan every night at 01:15 Vietnam time, in one container transaction, with the
 * day taken from the application's {@link Clock} and the settings of the moment. Both steps are
 * commands run as the system ({@link CommandEngine#runAsSystem}), each with its audit row: the benefits
 * whose first month has come start ({@link ActivateDueCasesCommand}), then the scan
 * ({@link RunAlertScanCommand}, whose row carries what it raised and closed). Not persistent: a
 * night missed while the server was down is not replayed; the next run (or the administrator's
 * "run now") raises what is still due, since stale records and overdue decisions stay due and a
 * birthday stays inside the lookahead window for that many nights. A singleton, so two runs never
 * overlap on one server; on several servers the one that takes the job's lease runs it ({@link JobLeases}), and
 * the unique key would keep their alerts single anyway.
 */
@Singleton
public class DailyAlertJob {

    private static final Logger LOG = Logger.getLogger(DailyAlertJob.class.getName());
    private static final JobLease LEASE = JobLease.nightly("alert.daily");

    @Inject
    private JobLeases leases;

    @Inject
    private CommandEngine engine;

    @Inject
    private Clock clock;

    @Schedule(hour = "1", minute = "15", persistent = false, timezone = "Asia/Ho_Chi_Minh")
    public void runNightly() {
        if (!leases.acquire(LEASE)) {
            return;
        }
        LocalDate today = VietnamTime.today(clock);
        int activated = engine.runAsSystem(new ActivateDueCasesCommand());
        LOG.info(() -> "Benefits started on " + today + ": " + activated);
        ScanResult result = engine.runAsSystem(new RunAlertScanCommand());
        LOG.info(() -> "Alert scan of " + today + ": " + result);
    }
}
