package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.ansinh.benefit.domain.ConfirmedRates;
import vn.ansinh.benefit.domain.LegalAct;
import vn.ansinh.benefit.domain.Scheme;
import vn.ansinh.benefit.domain.StandardLevel;
import vn.ansinh.devstack.Transactions;

/**
 * The rule "confirmed as of a moment" gives the same rows in Java and in SQL (as a literal and as a
 * bound parameter), on the real database, for rows in every status and moments on every boundary.
 * The rows go to a temporary copy of {@code standard_level}, so no payroll ever sees them.
 */
class ConfirmedRatesIT {

    /** Fractions of a second: the rows keep whole seconds, and the rule reads a moment the same way. */
    private static final Instant T1 = Instant.parse("2026-07-01T03:00:00.923456Z");

    private static final Instant T2 = Instant.parse("2026-08-21T09:30:00Z");
    private static final Instant T3 = Instant.parse("2026-10-05T00:00:00.000001Z");

    @Test
    void javaAndSqlAgreeOnWhichRowsCountAtEachMoment() {
        List<StandardLevel> rows = new ArrayList<>();
        StandardLevel pending = level(rows);
        StandardLevel rejected = level(rows);
        rejected.reject("admin2", T1, "Sai số văn bản");
        StandardLevel confirmed = level(rows);
        confirmed.confirm("admin2", T1);
        StandardLevel superseded = level(rows);
        superseded.confirm("admin2", T1);
        StandardLevel replacement = level(rows);
        replacement.confirm("admin", T3);
        superseded.supersede(replacement, T3);
        StandardLevel later = level(rows);
        later.confirm("admin2", T2);
        List<Instant> moments = List.of(
                T1.minusSeconds(86_400),
                T1.minusSeconds(1),
                T1.minusMillis(923),
                T1.minusMillis(924),
                T1,
                T1.plusMillis(500),
                T2.minusNanos(1),
                T2,
                T3.minusNanos(2),
                T3,
                T3.plusNanos(1),
                T3.plusSeconds(1),
                T3.plusSeconds(86_400));

        Transactions.rolledBack(MigratedDatabase.get().emf(), em -> {
            em.createNativeQuery("CREATE TEMPORARY TABLE parity_rate LIKE standard_level")
                    .executeUpdate();
            for (int i = 0; i < rows.size(); i++) {
                StandardLevel row = rows.get(i);
                em.createNativeQuery(
                                "INSERT INTO parity_rate (id, scheme, effective_from, amount, legal_basis, status,"
                                        + " confirmed_at, superseded_at) VALUES (?, 'SOCIAL_ASSISTANCE', '2026-07-01', 540000, 'thử', ?, ?, ?)")
                        .setParameter(1, i + 1)
                        .setParameter(2, row.status().name())
                        .setParameter(3, row.confirmedAt())
                        .setParameter(4, row.supersededAt())
                        .executeUpdate();
            }
            assertThat(em.createNativeQuery("SELECT CAST(confirmed_at AS CHAR) FROM parity_rate WHERE id = 3")
                            .getSingleResult())
                    .as("stored as the entity holds it")
                    .isEqualTo("2026-07-01 03:00:00.000000");
            for (Instant moment : moments) {
                Set<Integer> java = IntStream.range(0, rows.size())
                        .filter(i -> ConfirmedRates.counts(rows.get(i), moment))
                        .mapToObj(i -> i + 1)
                        .collect(Collectors.toCollection(TreeSet::new));
                assertThat(ids(em.createNativeQuery("SELECT r.id FROM parity_rate r WHERE "
                                        + ConfirmedRates.condition("r", ConfirmedRates.at(moment)))
                                .getResultList()))
                        .as("literal at %s", moment)
                        .isEqualTo(java);
                assertThat(ids(em.createNativeQuery(
                                        "SELECT r.id FROM parity_rate r WHERE " + ConfirmedRates.condition("r", "?"))
                                .setParameter(1, ConfirmedRates.parameter(moment))
                                .setParameter(2, ConfirmedRates.parameter(moment))
                                .getResultList()))
                        .as("parameter at %s", moment)
                        .isEqualTo(java);
            }
            assertThat(ConfirmedRates.of(rows, T1)).containsExactlyInAnyOrder(confirmed, superseded);
            assertThat(ConfirmedRates.of(rows, T2)).containsExactlyInAnyOrder(confirmed, superseded, later);
            assertThat(ConfirmedRates.of(rows, T3))
                    .containsExactlyInAnyOrder(confirmed, replacement, later)
                    .doesNotContain(pending, rejected);
        });
    }

    private static Set<Integer> ids(List<?> result) {
        return result.stream().map(o -> ((Number) o).intValue()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static StandardLevel level(List<StandardLevel> rows) {
        StandardLevel row = new StandardLevel(
                Scheme.SOCIAL_ASSISTANCE,
                null,
                LocalDate.of(2026, 7, 1),
                540_000,
                new LegalAct("Nghị định số 335/2026/NĐ-CP", "335/2026/NĐ-CP", LocalDate.of(2026, 8, 21)));
        row.recordAuthor("admin", T1.minusSeconds(3_600));
        rows.add(row);
        return row;
    }
}
