package vn.ansinh.population.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.ansinh.population.domain.CheckOutcome;
import vn.ansinh.population.domain.PopulationAnswer;
import vn.ansinh.population.domain.PopulationQuery;
import vn.ansinh.population.domain.PopulationRegistry;
import vn.ansinh.shared.command.AccessDeniedException;
import vn.ansinh.shared.command.CommandEngine;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.security.Actor;
import vn.ansinh.shared.security.CurrentActor;

/**
 * The check of a whole commune against the population database, in the background: the people are asked about
 * {@value #CHUNK} at a time on a managed thread and each part's answers recorded by its own command (for the user who
 * started it), so a slow database never holds a page request, and what was answered stays recorded if the work
 * stops half-way. One check per commune at a time; the page follows its progress.
 */
@ApplicationScoped
public class CommuneChecks {

    private static final Logger LOG = Logger.getLogger(CommuneChecks.class.getName());

    /** How many people one request to the database and one recording command cover. */
    public static final int CHUNK = 500;

    @Resource
    private ManagedExecutorService executor;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CommandEngine engine;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private PopulationSettings settings;

    @Inject
    private Clock clock;

    private final ConcurrentMap<AdminUnitCode, Progress> runs = new ConcurrentHashMap<>();

    /** A commune's check as it stands: how many people of how many, the outcomes so far, whether it ended. */
    public static final class Progress implements Serializable {

        private static final long serialVersionUID = 1L;

        private final AdminUnitCode commune;
        private final int total;
        private final String startedBy;
        private final Instant startedAt;
        private final Map<CheckOutcome, Integer> outcomes = new EnumMap<>(CheckOutcome.class);
        private int done;
        private int alerts;
        private String unavailableKey;
        private String failureKey;
        private boolean finished;

        Progress(AdminUnitCode commune, int total, String startedBy, Instant startedAt) {
            this.commune = commune;
            this.total = total;
            this.startedBy = startedBy;
            this.startedAt = startedAt;
        }

        synchronized void recorded(List<PopulationAnswer> answers, int alertsRaised) {
            CheckSummary part = CheckSummary.of(answers, alertsRaised);
            part.outcomes().forEach((outcome, n) -> outcomes.merge(outcome, n, Integer::sum));
            done += answers.size();
            alerts += alertsRaised;
            if (unavailableKey == null) {
                unavailableKey = part.unavailableKey();
            }
        }

        synchronized void failed(String key) {
            failureKey = key;
        }

        synchronized void finish() {
            finished = true;
        }

        public AdminUnitCode commune() {
            return commune;
        }

        public int total() {
            return total;
        }

        public synchronized int done() {
            return done;
        }

        public String startedBy() {
            return startedBy;
        }

        public Instant startedAt() {
            return startedAt;
        }

        public synchronized boolean finished() {
            return finished;
        }

        /** Why the check stopped before the end (a population.unavailable.* key), or null. */
        public synchronized String failureKey() {
            return failureKey;
        }

        /** What was recorded so far, as one check's summary. */
        public synchronized CheckSummary summary() {
            return new CheckSummary(done, outcomes, alerts, unavailableKey);
        }
    }

    /**
     * Starts the check of the commune's living people with a personal ID, for the logged-in user, who must be allowed
     * to record checks there; refused while a check of the commune is running.
     */
    public Progress start(AdminUnitCode commune) {
        if (!engine.permits(new RecordPopulationChecksCommand(commune, List.of()))) {
            throw new AccessDeniedException("error.access.unit", "population check of commune " + commune.value())
                    .about(commune);
        }
        Actor actor = currentActor.get();
        List<PopulationQuery> queries = new CommunePeople(em).queries(commune);
        Progress progress = new Progress(commune, queries.size(), actor.username(), clock.instant());
        Progress running = runs.compute(commune, (code, old) -> old != null && !old.finished() ? old : progress);
        if (running != progress) {
            throw new BusinessRuleException("population.commune.running", running.done(), running.total());
        }
        if (queries.isEmpty()) {
            progress.finish();
            return progress;
        }
        try {
            executor.execute(() -> work(actor, commune, queries, progress));
        } catch (RuntimeException e) {
            progress.failed("population.unavailable.notRecorded");
            progress.finish();
            throw e;
        }
        return progress;
    }

    /** The commune's running check, or its last one since the server started. */
    public Optional<Progress> latest(AdminUnitCode commune) {
        return Optional.ofNullable(runs.get(commune));
    }

    private void work(Actor actor, AdminUnitCode commune, List<PopulationQuery> queries, Progress progress) {
        try {
            run(
                    queries,
                    settings.registry(),
                    answers -> engine.submitFor(actor, new RecordPopulationChecksCommand(commune, answers))
                            .alertsRaised(),
                    progress);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "population check of commune " + commune.value() + " stopped", e);
            progress.failed("population.unavailable.notRecorded");
        } finally {
            progress.finish();
        }
    }

    /** Records the answers of one part of a check and says how many alerts they raised. */
    interface Recorder {
        int record(List<PopulationAnswer> answers);
    }

    /**
     * The check itself: the people asked about {@value #CHUNK} at a time, each part's answers recorded before the next
     * is asked; a part the database answered for nobody (it is away) stops the check with its reason. Does not mark
     * the progress finished (its caller does, whatever happens).
     */
    static void run(List<PopulationQuery> queries, PopulationRegistry registry, Recorder recorder, Progress progress) {
        for (int from = 0; from < queries.size(); from += CHUNK) {
            List<PopulationQuery> part = queries.subList(from, Math.min(queries.size(), from + CHUNK));
            List<PopulationAnswer> answers = registry.check(part);
            progress.recorded(answers, recorder.record(answers));
            CheckSummary partSummary = CheckSummary.of(answers, 0);
            if (partSummary.nothingAnswered()) {
                // the database is away: the rest would only wait for the same timeout
                progress.failed(partSummary.unavailableKey());
                return;
            }
        }
    }
}
