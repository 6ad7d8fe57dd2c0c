package vn.ansinh.shared.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * Vietnam's time (Asia/Ho_Chi_Minh, UTC+7, no daylight saving): the zone every day and month the users see,
 * type and are bound by is read in. The moment comes from the application's one {@link Clock} (see
 * {@link ClockProducer}), never from the system: main code calls no {@code LocalDate.now()} and the like
 * ({@code NoSystemClockTest}).
 */
public final class VietnamTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private VietnamTime() {}

    /** Today in Vietnam on the clock, whatever zone the clock itself carries. */
    public static LocalDate today(Clock clock) {
        return dayOf(clock.instant());
    }

    /** This month in Vietnam on the clock. */
    public static YearMonth thisMonth(Clock clock) {
        return YearMonth.from(today(clock));
    }

    /** The day in Vietnam at a moment. */
    public static LocalDate dayOf(Instant moment) {
        return LocalDate.ofInstant(moment, ZONE);
    }
}
