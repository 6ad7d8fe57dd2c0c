package vn.ansinh.api.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.ansinh.api.domain.IdempotencyKey;
import vn.ansinh.api.domain.IdempotentRequest;
import vn.ansinh.shared.command.AccessDeniedException;
import vn.ansinh.shared.kernel.BusinessRuleException;

/**
 * Runs a creating write of the REST API once per {@code Idempotency-Key}: the write (a command, through the engine)
 * and the record of its answer commit together, so a retried request gets the recorded answer and nothing is created
 * twice; two requests racing with one key cannot both commit (the key is the table's primary key). Keys are kept
 * {@link #RETENTION}.
 */
@ApplicationScoped
public class IdempotentWrites {

    private static final Logger LOG = Logger.getLogger(IdempotentWrites.class.getName());

    public static final Duration RETENTION = Duration.ofHours(24);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private IdempotencyPurge purge;

    /** What the API answered to a creating write. */
    public record Answer(int status, String location, String body) {}

    /**
     * The recorded answer to {@code key} if the caller asked the same before, else {@code write}'s answer, recorded.
     * The same key with another request is refused ({@code api.error.idempotencyKeyReused}).
     */
    @Transactional(
            value = Transactional.TxType.REQUIRED,
            rollbackOn = {AccessDeniedException.class, BusinessRuleException.class})
    public Answer once(IdempotencyKey key, String requestHash, Supplier<Answer> write) {
        Optional<IdempotentRequest> earlier = Optional.ofNullable(em.find(IdempotentRequest.class, key))
                .filter(r -> !r.isOlderThan(clock.instant().minus(RETENTION)));
        if (earlier.isPresent()) {
            if (!earlier.get().sameRequestAs(requestHash)) {
                throw new BusinessRuleException("api.error.idempotencyKeyReused");
            }
            return new Answer(
                    earlier.get().status(),
                    earlier.get().location(),
                    earlier.get().body());
        }
        Instant now = clock.instant();
        if (purge.due(now)) {
            try {
                purge.purgeBefore(now.minus(RETENTION));
            } catch (RuntimeException e) {
                // a lock wait or a deadlock: left for the next purge (old keys only take room)
                LOG.log(Level.FINE, "Old idempotency keys not purged this time", e);
            }
        }
        Answer answer = write.get();
        em.persist(IdempotentRequest.answered(
                key, requestHash, answer.status(), answer.location(), answer.body(), clock.instant()));
        em.flush();
        return answer;
    }
}
