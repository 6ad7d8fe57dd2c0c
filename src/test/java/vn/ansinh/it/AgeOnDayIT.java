package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ansinh.benefit.domain.AgeOnDay;
import vn.ansinh.devstack.Transactions;

/**
 * The age a coefficient is banded by is the same in Java and in the SQL the payroll statements embed (a day
 * column, a parameter and a literal), on the real database, for births with and without month and day, on
 * birthdays, the day before and after, 29 February and the turn of a year.
 */
class AgeOnDayIT {

    private record Birth(int year, Integer month, Integer day) {}

    @Test
    void javaAndSqlGiveTheSameAgeOnEveryDay() {
        List<Birth> births = List.of(
                new Birth(1950, null, null),
                new Birth(1950, 7, null),
                new Birth(1950, 7, 1),
                new Birth(1950, 7, 2),
                new Birth(1951, 6, 30),
                new Birth(1952, 2, 29),
                new Birth(2010, 12, 31),
                new Birth(2022, 1, 1),
                new Birth(1946, 10, 5));
        List<LocalDate> days = new ArrayList<>();
        for (int year : new int[] {2024, 2025, 2026}) {
            for (int month = 1; month <= 12; month++) {
                days.add(LocalDate.of(year, month, 1));
            }
        }
        days.addAll(List.of(
                LocalDate.of(2025, 7, 2),
                LocalDate.of(2025, 6, 30),
                LocalDate.of(2024, 2, 29),
                LocalDate.of(2025, 2, 28),
                LocalDate.of(2025, 12, 31),
                LocalDate.of(2026, 10, 4),
                LocalDate.of(2026, 10, 5)));

        Transactions.rolledBack(MigratedDatabase.get().emf(), em -> {
            em.createNativeQuery("CREATE TEMPORARY TABLE age_person (id INT PRIMARY KEY, birth_year INT NOT NULL,"
                            + " birth_month INT NULL, birth_day INT NULL)")
                    .executeUpdate();
            em.createNativeQuery("CREATE TEMPORARY TABLE age_day (day_start DATE PRIMARY KEY)")
                    .executeUpdate();
            for (int i = 0; i < births.size(); i++) {
                Birth b = births.get(i);
                em.createNativeQuery("INSERT INTO age_person VALUES (?, ?, ?, ?)")
                        .setParameter(1, i)
                        .setParameter(2, b.year())
                        .setParameter(3, b.month())
                        .setParameter(4, b.day())
                        .executeUpdate();
            }
            for (LocalDate day : days) {
                em.createNativeQuery("INSERT INTO age_day VALUES (?)")
                        .setParameter(1, java.sql.Date.valueOf(day))
                        .executeUpdate();
            }
            int compared = 0;
            for (LocalDate day : days) {
                for (int i = 0; i < births.size(); i++) {
                    Birth b = births.get(i);
                    int expected = AgeOnDay.years(b.year(), b.month(), b.day(), day);
                    String where = " FROM age_person p JOIN age_day d ON d.day_start = ? WHERE p.id = ?";
                    Number column = (Number) em.createNativeQuery("SELECT " + AgeOnDay.sql("p", "d.day_start") + where)
                            .setParameter(1, java.sql.Date.valueOf(day))
                            .setParameter(2, i)
                            .getSingleResult();
                    Number literal =
                            (Number) em.createNativeQuery("SELECT " + AgeOnDay.sql("p", AgeOnDay.literal(day)) + where)
                                    .setParameter(1, java.sql.Date.valueOf(day))
                                    .setParameter(2, i)
                                    .getSingleResult();
                    Number parameter = (Number) em.createNativeQuery(
                                    "SELECT " + AgeOnDay.sql("p", "?") + " FROM age_person p WHERE p.id = ?")
                            .setParameter(1, java.sql.Date.valueOf(day))
                            .setParameter(2, java.sql.Date.valueOf(day))
                            .setParameter(3, java.sql.Date.valueOf(day))
                            .setParameter(4, i)
                            .getSingleResult();
                    String what = b + " on " + day;
                    assertThat(column.intValue()).as(what + " (column)").isEqualTo(expected);
                    assertThat(literal.intValue()).as(what + " (literal)").isEqualTo(expected);
                    assertThat(parameter.intValue()).as(what + " (parameter)").isEqualTo(expected);
                    compared++;
                }
            }
            assertThat(compared).isEqualTo(days.size() * births.size());
            assertThat(AgeOnDay.years(1950, null, null, LocalDate.of(2025, 1, 1)))
                    .as("born 1950: 75 from 1 Jan 2025")
                    .isEqualTo(75);
            assertThat(AgeOnDay.years(1950, 7, 2, LocalDate.of(2025, 7, 1)))
                    .as("the day before the birthday")
                    .isEqualTo(74);
        });
    }
}
