package vn.ansinh.alert.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import vn.ansinh.alert.domain.AlertKind;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.text.VietnameseFormat;

/**
 * One line of a worklist: the open alert with the person's name and the case's category.
 *
 * @param daysLeft days from today to the due day; negative once it has passed
 */
public record AlertRow(
        Long id,
        AlertKind kind,
        Long caseId,
        Long personId,
        String personName,
        Category category,
        AdminUnitCode commune,
        LocalDate dueOn,
        long daysLeft)
        implements Serializable {

    /** A row of {@link AlertWorklist}'s query, seen on {@code today}. */
    static AlertRow of(Object[] row, LocalDate today) {
        LocalDate due = (LocalDate) row[7];
        return new AlertRow(
                (Long) row[0],
                (AlertKind) row[1],
                (Long) row[2],
                (Long) row[3],
                (String) row[4],
                (Category) row[5],
                AdminUnitCode.of((String) row[6]),
                due,
                ChronoUnit.DAYS.between(today, due));
    }

    /** The termination the alert needs, in the officer's words (reason and first month without benefit), or null. */
    public String terminationKey() {
        return kind.termination().map(reason -> reason.labelKey()).orElse(null);
    }

    /** The first month without benefit, MM/yyyy, or null. */
    public String stopFrom() {
        return kind.stopFrom(dueOn).map(VietnameseFormat::month).orElse(null);
    }

    public boolean isOverdue() {
        return daysLeft < 0;
    }

    public long overdueDays() {
        return -daysLeft;
    }
}
