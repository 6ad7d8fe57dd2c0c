package vn.ansinh.api.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Removes the recorded answers of idempotency keys older than {@link IdempotentWrites#RETENTION}, at most once every
 * {@link #EVERY} on each server and in a transaction of its own. Inside a creating write, the range delete's gap locks
 * on the table made concurrent writes deadlock on the insert of their own key (found by {@code ClusterFailoverIT}, two
 * nodes writing at once: 1 request in 2 answered 500); a purge that fails is left to the next one ({@link IdempotentWrites}), never failing a write.
 */
@ApplicationScoped
public class IdempotencyPurge {

    static final Duration EVERY = Duration.ofMinutes(10);

    private final AtomicReference<Instant> last = new AtomicReference<>(Instant.EPOCH);

    @PersistenceContext
    private EntityManager em;

    /** Whether a purge is due at {@code now} on this server (and claims it for this caller). */
    public boolean due(Instant now) {
        Instant before = last.get();
        return !now.isBefore(before.plus(EVERY)) && last.compareAndSet(before, now);
    }

    /** Deletes the keys recorded before {@code cutoff}, in a transaction of its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void purgeBefore(Instant cutoff) {
        em.createQuery("delete from IdempotentRequest r where r.createdAt < :cutoff")
                .setParameter("cutoff", LocalDateTime.ofInstant(cutoff, ZoneOffset.UTC))
                .executeUpdate();
    }
}
