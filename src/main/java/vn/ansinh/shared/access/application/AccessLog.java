package vn.ansinh.shared.access.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.ansinh.shared.access.domain.AccessEntry;
import vn.ansinh.shared.access.domain.AccessKind;
import vn.ansinh.shared.access.domain.AccessOutcome;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.security.Actor;
import vn.ansinh.shared.security.CurrentActor;

/**
 * Where pages and downloads note a read of personal data (or a refused read). Noting never fails and never waits on
 * the database: the entry, with the logged-in reader and the clock's moment, joins a bounded queue in memory, and
 * {@link AccessLogFlusher} writes the queue in batches, in transactions of its own, every two seconds. A failure to
 * note or to write is reported to the server log; the read goes on. What a crash loses is at most the last two
 * seconds of entries (the log is not the audit trail).
 */
@ApplicationScoped
public class AccessLog {

    private static final Logger LOG = Logger.getLogger(AccessLog.class.getName());
    static final int CAPACITY = 50_000;

    private final BlockingQueue<AccessEntry> pending = new ArrayBlockingQueue<>(CAPACITY);

    @Inject
    private CurrentActor currentActor;

    @Inject
    private Clock clock;

    /** The reader was shown data of {@code unit}, about one person ({@code personId}) or none. */
    public void read(AccessKind kind, AdminUnitCode unit, Long personId, String target) {
        note(kind, AccessOutcome.READ, unit, personId, target);
    }

    /**
     * The reader was refused a read: of data of {@code unit} when it is known (the record outside their
     * jurisdiction), else noted on the reader's own unit.
     */
    public void refused(AccessKind kind, AdminUnitCode unit, Long personId, String target) {
        note(kind, AccessOutcome.REFUSED, unit, personId, target);
    }

    private void note(AccessKind kind, AccessOutcome outcome, AdminUnitCode unit, Long personId, String target) {
        try {
            Actor reader = currentActor.get();
            AccessEntry entry = new AccessEntry(
                    reader.username(),
                    reader.unit(),
                    kind,
                    outcome,
                    unit == null ? reader.unit() : unit,
                    personId,
                    target,
                    clock.instant());
            if (!pending.offer(entry)) {
                LOG.warning(() -> "Access log queue full, entry dropped: " + kind + " " + outcome + " " + target);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Access log: could not note " + kind + " " + outcome + " " + target, e);
        }
    }

    /** Takes up to {@code max} waiting entries, oldest first. */
    List<AccessEntry> take(int max) {
        List<AccessEntry> batch = new ArrayList<>(Math.min(max, pending.size()));
        pending.drainTo(batch, max);
        return batch;
    }

    boolean isEmpty() {
        return pending.isEmpty();
    }
}
