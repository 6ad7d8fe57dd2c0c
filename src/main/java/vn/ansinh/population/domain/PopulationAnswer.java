package vn.ansinh.population.domain;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The population database's answer about one person, or why there is none.
 *
 * @param ref our reference of the query (the person's id)
 * @param matched the fields the database found equal
 * @param mismatches the fields it found different, with its value
 * @param deathDate the date of death it records, when {@link CheckOutcome#DECEASED} (may be null if it gives none)
 * @param messageKey for {@link CheckOutcome#UNAVAILABLE}: the bundle key saying why (timeout, unreachable…)
 */
public record PopulationAnswer(
        String ref,
        CheckOutcome outcome,
        List<PopulationField> matched,
        List<Mismatch> mismatches,
        LocalDate deathDate,
        String messageKey)
        implements Serializable {

    public PopulationAnswer {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(outcome, "outcome");
        matched = List.copyOf(matched);
        mismatches = List.copyOf(mismatches);
    }

    /**
     * The answer of a database that found the person: {@link CheckOutcome#DECEASED} when it says so, whatever else
     * differs; else {@link CheckOutcome#MISMATCHED} when a field differs; else {@link CheckOutcome#MATCHED}.
     */
    public static PopulationAnswer found(
            String ref,
            List<PopulationField> matched,
            List<Mismatch> mismatches,
            boolean deceased,
            LocalDate deathDate) {
        CheckOutcome outcome = deceased
                ? CheckOutcome.DECEASED
                : mismatches.isEmpty() ? CheckOutcome.MATCHED : CheckOutcome.MISMATCHED;
        return new PopulationAnswer(ref, outcome, matched, mismatches, deceased ? deathDate : null, null);
    }

    public static PopulationAnswer notFound(String ref) {
        return new PopulationAnswer(ref, CheckOutcome.NOT_FOUND, List.of(), List.of(), null, null);
    }

    /** No usable answer; {@code messageKey} says why, in the user's words. */
    public static PopulationAnswer unavailable(String ref, String messageKey) {
        return new PopulationAnswer(ref, CheckOutcome.UNAVAILABLE, List.of(), List.of(), null, messageKey);
    }
}
