package vn.ansinh.seal.application;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.logging.Logger;
import javax.sql.DataSource;
import vn.ansinh.shared.cluster.JobLease;
import vn.ansinh.shared.cluster.JobLeases;
import vn.ansinh.shared.cluster.OnEveryNode;
import vn.ansinh.shared.command.CommandEngine;
import vn.ansinh.shared.persistence.DatabaseMigration;

/**
 * The sealer's timer: every 15 seconds it seals what was committed since ({@link Sealer}), on a connection
 * of its own outside any container transaction, so no request waits for it; on two servers both timers
 * fire and the sealer's own lease ({@code seal_lease}, locked by {@link Sealer}) lets one of them work. Every night
 * at 00:10 Vietnam time the node that takes the job lease ({@link JobLeases}) seals, then writes the day's
 * checkpoint ({@link WriteCheckpointCommand}) if a checkpoint directory is configured. Bean-managed
 * transactions: the container starts none around the timer (the sealer commits on its own connection; the
 * checkpoint command runs in the engine's transaction).
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class SealJob {

    private static final Logger LOG = Logger.getLogger(SealJob.class.getName());
    private static final JobLease LEASE = JobLease.nightly("seal.checkpoint");

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    private DataSource dataSource;

    @Inject
    private JobLeases leases;

    @Inject
    private Clock clock;

    @Inject
    private CommandEngine engine;

    @Inject
    private SealSettings settings;

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
    @OnEveryNode("the sealer locks its seal_lease row (FOR UPDATE NOWAIT): one node seals, the others find it busy")
    public void seal() {
        try (Connection db = dataSource.getConnection()) {
            int isolation = db.getTransactionIsolation();
            try {
                SealRun run =
                        new Sealer(db, ManagementFactory.getRuntimeMXBean().getName()).sealAll(clock.instant());
                if (run.total() > 0 || !run.gaps().isEmpty()) {
                    LOG.fine(() -> "Sealed " + run.sealed() + ", gaps " + run.gaps());
                }
                run.gaps().forEach(gap -> LOG.info(() -> "Seal gap (ids no committed row holds): " + gap));
            } finally {
                db.setAutoCommit(true);
                db.setTransactionIsolation(isolation);
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warning(() -> "Sealing failed: " + e);
        }
    }

    @Schedule(hour = "0", minute = "10", persistent = false, timezone = "Asia/Ho_Chi_Minh")
    public void checkpoint() {
        if (!leases.acquire(LEASE)) {
            return;
        }
        seal();
        settings.checkpoints()
                .ifPresentOrElse(
                        files -> engine.runAsSystem(new WriteCheckpointCommand(files, settings.signingKeyPem())),
                        () -> LOG.warning("No checkpoint written: ansinh.seal.checkpoint-dir is not configured"));
    }
}
