package vn.ansinh.account.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class KeptReportsTest {

    /** A clock the test moves. */
    private static final class Moving extends Clock {
        Instant now = Instant.parse("2026-12-03T02:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** Background work the test runs when it chooses. */
    private static final class Queued implements Executor {
        final Deque<Runnable> tasks = new ArrayDeque<>();

        @Override
        public void execute(Runnable task) {
            tasks.add(task);
        }

        void runAll() {
            while (!tasks.isEmpty()) {
                tasks.poll().run();
            }
        }
    }

    private final Moving clock = new Moving();
    private final Queued background = new Queued();
    private final AtomicInteger counts = new AtomicInteger();
    private final Supplier<String> count = () -> "report " + counts.incrementAndGet();

    @Test
    void theFirstReaderCountsAndTheNextOnesShareTheCountWhileItIsYoung() {
        KeptReports<String> reports = new KeptReports<>(Duration.ofMinutes(5), clock, background);
        KeptReports.Kept<String> first = reports.get("HN|2026-12", count);
        clock.now = clock.now.plusSeconds(299);
        KeptReports.Kept<String> second = reports.get("HN|2026-12", count);

        assertEquals("report 1", first.report());
        assertEquals(first, second);
        assertEquals(Instant.parse("2026-12-03T02:00:00Z"), second.at());
        assertTrue(background.tasks.isEmpty());
        assertEquals("report 2", reports.get("HCM|2026-12", count).report(), "another key is counted apart");
    }

    @Test
    void anOldReportIsShownWhileOneBackgroundCountReplacesIt() {
        KeptReports<String> reports = new KeptReports<>(Duration.ofMinutes(5), clock, background);
        reports.get("HN|2026-12", count);
        clock.now = clock.now.plusSeconds(300);

        KeptReports.Kept<String> stale = reports.get("HN|2026-12", count);
        reports.get("HN|2026-12", count); // a second reader meanwhile: no second count

        assertEquals("report 1", stale.report(), "the reader does not wait");
        assertEquals(1, background.tasks.size());
        background.runAll();
        KeptReports.Kept<String> fresh = reports.get("HN|2026-12", count);
        assertEquals("report 2", fresh.report());
        assertEquals(clock.now, fresh.at());
        assertTrue(background.tasks.isEmpty());
    }

    @Test
    void aFailedBackgroundCountKeepsTheOldReportAndIsTriedAgain() {
        KeptReports<String> reports = new KeptReports<>(Duration.ofMinutes(5), clock, background);
        reports.get("HN|2026-12", count);
        clock.now = clock.now.plusSeconds(600);

        reports.get("HN|2026-12", () -> {
            throw new IllegalStateException("database away");
        });
        background.runAll();

        assertEquals("report 1", reports.get("HN|2026-12", count).report());
        assertEquals(1, background.tasks.size(), "tried again by the next reader");
        background.runAll();
        assertEquals("report 2", reports.get("HN|2026-12", count).report());
    }

    @Test
    void countingAheadSkipsAYoungReportAndFillsAMissingOne() {
        KeptReports<String> reports = new KeptReports<>(Duration.ofMinutes(5), clock, background);
        reports.get("HN|2026-12", count);

        reports.countInBackground("HN|2026-12", count, Runnable::run);
        reports.countInBackground("HCM|2026-12", count, Runnable::run);

        assertEquals(2, counts.get());
        assertTrue(reports.holds("HCM|2026-12"));
        assertEquals("report 2", reports.get("HCM|2026-12", count).report());
    }

    @Test
    void aReportUnreadForFourKeepingTimesIsForgotten() {
        KeptReports<String> reports = new KeptReports<>(Duration.ofMinutes(5), clock, background);
        reports.get("HN|2026-12", count);
        clock.now = clock.now.plus(Duration.ofMinutes(21));

        reports.get("HCM|2026-12", count);

        assertFalse(reports.holds("HN|2026-12"));
        assertEquals("report 3", reports.get("HN|2026-12", count).report(), "counted again for its reader");
    }

    @Test
    void aKeepingTimeOfZeroCountsEveryTimeAndKeepsNothing() {
        KeptReports<String> reports = new KeptReports<>(Duration.ZERO, clock, background);
        reports.get("HN|2026-12", count);
        reports.get("HN|2026-12", count);
        reports.countInBackground("HN|2026-12", count);

        assertEquals(2, counts.get());
        assertFalse(reports.holds("HN|2026-12"));
        assertTrue(background.tasks.isEmpty());
    }

    @Test
    void aReaderWhoCountsSeesTheFailure() {
        KeptReports<String> reports = new KeptReports<>(Duration.ofMinutes(5), clock, background);
        assertThrows(
                IllegalStateException.class,
                () -> reports.get("HN|2026-12", () -> {
                    throw new IllegalStateException("database away");
                }));
        assertFalse(reports.holds("HN|2026-12"));
    }
}
