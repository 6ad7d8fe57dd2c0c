package vn.ansinh.casework.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    private final WorkingCalendar calendar =
            new WorkingCalendar(Set.of(LocalDate.of(2026, 4, 27), LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 1)));

    @Test
    void weekendsAndHolidaysAreNotCounted() {
        // Friday 24 April 2026 + 3 working days: Mon 27 (holiday), Tue 28, Wed 29, Thu 30 (holiday), Fri 1 May
        // (holiday), Mon 4 May
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 4, 24), 3)).isEqualTo(LocalDate.of(2026, 5, 4));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 3, 2), 10)).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 7))).isFalse();
    }

    @Test
    void daysLeftArePositiveBeforeTheDeadlineZeroOnItAndNegativeAfter() {
        LocalDate due = LocalDate.of(2026, 3, 16);
        assertThat(calendar.workingDaysLeft(LocalDate.of(2026, 3, 12), due)).isEqualTo(2);
        assertThat(calendar.workingDaysLeft(due, due)).isZero();
        assertThat(calendar.workingDaysLeft(LocalDate.of(2026, 3, 18), due)).isEqualTo(-2);
    }
}
