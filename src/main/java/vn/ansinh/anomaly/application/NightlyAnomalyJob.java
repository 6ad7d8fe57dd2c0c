package vn.ansinh.anomaly.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.YearMonth;
import java.util.logging.Logger;
import vn.ansinh.registry.application.AdminUnitDirectory;
import vn.ansinh.shared.cluster.JobLease;
import vn.ansinh.shared.cluster.JobLeases;
import vn.ansinh.shared.command.CommandEngine;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.persistence.ReadDatabase;
import vn.ansinh.shared.time.VietnamTime;

/**
 * Runs the anomaly checks for the whole country every night at 02:30 Vietnam time, as the system
 * ({@link CommandEngine#runAsSystem}), over this month's approved payrolls and last month's (a payroll approved
 * late in the month, or lines paid after the month turned). Not persistent: a night missed while the server was
 * down is not replayed; the next run, or an auditor's "run now", finds what is still there, and never twice.
 * On several servers, only the one that takes the job's lease runs it ({@link JobLeases}).
 */
@Singleton
public class NightlyAnomalyJob {

    private static final Logger LOG = Logger.getLogger(NightlyAnomalyJob.class.getName());
    private static final JobLease LEASE = JobLease.nightly("anomaly.nightly");

    @Inject
    private JobLeases leases;

    @Inject
    private CommandEngine engine;

    @Inject
    private AdminUnitDirectory directory;

    @Inject
    private Clock clock;

    @Inject
    private ReadDatabase reads;

    @Schedule(hour = "2", minute = "30", persistent = false, timezone = "Asia/Ho_Chi_Minh")
    public void runNightly() {
        if (!leases.acquire(LEASE)) {
            return;
        }
        YearMonth month = YearMonth.from(VietnamTime.today(clock));
        for (YearMonth checked : new YearMonth[] {month.minusMonths(1), month}) {
            AnomalyChecks.Result result = engine.runAsSystem(
                    new RunAnomalyChecksCommand(AdminUnitCode.NATIONAL, checked, directory.tree(), reads));
            LOG.info(() ->
                    "Anomaly checks of " + checked + ": " + result.found() + " in " + result.totalMillis() + " ms");
        }
    }
}
