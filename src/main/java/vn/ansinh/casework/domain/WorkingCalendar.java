package vn.ansinh.casework.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Working days (ngày làm việc): Monday to Friday except public holidays. Statutory time limits and
 * posting periods count in working days.
 */
public final class WorkingCalendar {

    private final Set<LocalDate> holidays;

    public WorkingCalendar(Set<LocalDate> holidays) {
        this.holidays = Set.copyOf(holidays);
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /** The day that is {@code days} working days after {@code start} (start itself not counted). */
    public LocalDate plusWorkingDays(LocalDate start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days " + days);
        }
        LocalDate day = start;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * Working days from {@code today} to {@code due}: positive while time is left, 0 on the due day,
     * negative when overdue (the working days past it).
     */
    public int workingDaysLeft(LocalDate today, LocalDate due) {
        int sign = due.isBefore(today) ? -1 : 1;
        LocalDate from = sign > 0 ? today : due;
        LocalDate to = sign > 0 ? due : today;
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return sign * count;
    }
}
