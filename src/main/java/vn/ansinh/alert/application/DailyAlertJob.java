package vn.ansinh.alert.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.logging.Logger;
import vn.ansinh.casework.application.ActivateDueCasesCommand;
import vn.ansinh.shared.command.CommandRunner;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.security.Actor;
import vn.ansinh.shared.security.Role;
import vn.ansinh.shared.time.VietnamTime;

/**
 * Runs the alert scan every night at 01:15 Vietnam time, in one container transaction, with the
 * day taken from the application's {@link Clock} and the settings of the moment. Not persistent: a
 * night missed while the server was down is not replayed; the next run (or the administrator's
 * "run now") raises what is still due, since stale records and overdue decisions stay due and a
 * birthday stays inside the lookahead window for that many nights. A singleton, so two runs never
 * overlap on one server; on several servers the unique key keeps their alerts single.
 */
@Singleton
public class DailyAlertJob {

    private static final Logger LOG = Logger.getLogger(DailyAlertJob.class.getName());

    /** The nightly jobs act as the system, with an audit row like everyone else. */
    static final Actor SYSTEM = new Actor("system", "Hệ thống", Set.of(Role.ADMIN), AdminUnitCode.NATIONAL);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Schedule(hour = "1", minute = "15", persistent = false, timezone = "Asia/Ho_Chi_Minh")
    public void runNightly() {
        LocalDate today = VietnamTime.today(clock);
        int activated = new CommandRunner(em, (unit, target) -> true, denial -> {}, clock)
                .run(SYSTEM, new ActivateDueCasesCommand());
        LOG.info(() -> "Benefits started on " + today + ": " + activated);
        ScanSettings settings = ScanSettings.read(em);
        ScanResult result = new AlertScan().scan(em, today, settings.lookaheadDays(), settings.reviewMonths());
        LOG.info(() -> "Alert scan of " + today + " (lookahead " + settings.lookaheadDays() + " days, review "
                + settings.reviewMonths() + " months): " + result);
    }
}
