package vn.ansinh.account.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reports kept for a while after they were counted, so that many readers of a costly count share one: a report
 * younger than the keeping time is given as it is; an older one is given too, while it is counted again in the
 * background (one count per report at a time), so that no reader waits for the count; one never counted (or
 * forgotten: unread for four keeping times) is counted for the reader who asks. A keeping time of zero counts at
 * every request and keeps nothing.
 *
 * @param <V> the report
 */
final class KeptReports<V> {

    private static final Logger LOG = Logger.getLogger(KeptReports.class.getName());

    /** A report and the moment it was counted. */
    record Kept<V>(V report, Instant at) {}

    private final Duration keep;
    private final Clock clock;
    private final Executor background;
    private final Map<String, Kept<V>> kept = new ConcurrentHashMap<>();
    private final Set<String> counting = ConcurrentHashMap.newKeySet();

    KeptReports(Duration keep, Clock clock, Executor background) {
        this.keep = keep;
        this.clock = clock;
        this.background = background;
    }

    /** The report of the key: kept, kept and being counted again, or counted now by {@code count}. */
    Kept<V> get(String key, Supplier<V> count) {
        Kept<V> found = kept.get(key);
        if (found == null || keep.isZero()) {
            return count(key, count);
        }
        if (!found.at().plus(keep).isAfter(clock.instant())) {
            countInBackground(key, count);
        }
        return found;
    }

    /** Counts the report in the background unless it is kept or being counted already; failures are logged. */
    void countInBackground(String key, Supplier<V> count) {
        countInBackground(key, count, background);
    }

    /** As {@link #countInBackground(String, Supplier)}, on the given executor (the caller's thread: {@code Runnable::run}). */
    void countInBackground(String key, Supplier<V> count, Executor on) {
        Kept<V> found = kept.get(key);
        if (keep.isZero() || (found != null && found.at().plus(keep).isAfter(clock.instant()))) {
            return;
        }
        if (!counting.add(key)) {
            return;
        }
        try {
            on.execute(() -> {
                try {
                    count(key, count);
                } catch (RuntimeException e) {
                    // the kept report stays; the next reader after the keeping time tries again
                    LOG.log(Level.WARNING, "The report " + key + " could not be counted in the background", e);
                } finally {
                    counting.remove(key);
                }
            });
        } catch (RuntimeException e) {
            counting.remove(key);
            LOG.log(Level.WARNING, "The report " + key + " could not be counted in the background", e);
        }
    }

    /** Whether the report of the key is kept (of any age). */
    boolean holds(String key) {
        return kept.containsKey(key);
    }

    private Kept<V> count(String key, Supplier<V> count) {
        V report = count.get();
        Kept<V> fresh = new Kept<>(report, clock.instant());
        if (!keep.isZero()) {
            Instant forgotten = fresh.at().minus(keep.multipliedBy(4));
            kept.values().removeIf(k -> k.at().isBefore(forgotten));
            kept.put(key, fresh);
        }
        return fresh;
    }
}
