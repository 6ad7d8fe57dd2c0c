package vn.ansinh.portal.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.ansinh.casework.application.CaseService;
import vn.ansinh.shared.cluster.JobLease;
import vn.ansinh.shared.cluster.JobLeases;
import vn.ansinh.shared.command.CommandEngine;

/**
 * Every minute, sends the portal the statuses due ({@link DeliverPortalStatusesCommand}, as the system) to
 * {@code ansinh.portal.status-url}; with no URL configured nothing is sent and the statuses wait in the outbox. On
 * several servers, the one that takes the job's lease sends ({@link JobLeases}).
 */
@Singleton
public class PortalOutboxJob {

    private static final Logger LOG = Logger.getLogger(PortalOutboxJob.class.getName());
    /**
     * Shorter than the minute between firings, so the next one finds it free on whichever node; the delivery locks
     * the statuses it sends, so a run that outlasts it (five sends that all time out) does not send one twice.
     */
    private static final JobLease LEASE = new JobLease("portal.outbox", Duration.ofSeconds(50));

    private static final int BATCH = 5;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private JobLeases leases;

    @Inject
    private CommandEngine engine;

    @Inject
    private CaseService cases;

    @Inject
    private Clock clock;

    // an empty default is no value to MicroProfile Config (the deployment fails): the URL and token are optional
    @Inject
    @ConfigProperty(name = "ansinh.portal.status-url")
    Optional<String> statusUrl;

    @Inject
    @ConfigProperty(name = "ansinh.portal.status-token")
    Optional<String> statusToken;

    @Inject
    @ConfigProperty(name = "ansinh.portal.timeout-seconds", defaultValue = "10")
    int timeoutSeconds;

    @Schedule(hour = "*", minute = "*", persistent = false)
    public void deliver() {
        String url = statusUrl.map(String::strip).orElse("");
        if (url.isEmpty()) {
            return;
        }
        long due = em.createQuery(
                        "select count(s) from PortalStatusChange s where s.sentAt is null and s.nextAttemptAt <= :now",
                        Long.class)
                .setParameter("now", LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .getSingleResult();
        if (due == 0 || !leases.acquire(LEASE)) { // a count on every node; the lease only when there is work
            return;
        }
        try {
            PortalStatusSender sender = new HttpPortalStatusSender(
                    URI.create(url), statusToken.orElse(null), Duration.ofSeconds(timeoutSeconds));
            DeliverPortalStatusesCommand.Result result =
                    engine.runAsSystem(new DeliverPortalStatusesCommand(sender, cases::decisionPdf, BATCH));
            if (result.failed() > 0) {
                LOG.warning(() -> "Portal statuses: " + result.sent() + " sent, " + result.failed()
                        + " failed (tried again later)");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Portal statuses not sent this time", e);
        }
    }
}
