package vn.ansinh.population.application;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.ansinh.population.domain.CheckOutcome;
import vn.ansinh.population.domain.PopulationAnswer;

/**
 * What a check did: how many people were asked about, the outcomes, the alerts raised, and when the database gave
 * no answer at all, why ({@code unavailableKey}, a population.unavailable.* key).
 */
public record CheckSummary(int people, Map<CheckOutcome, Integer> outcomes, int alertsRaised, String unavailableKey)
        implements Serializable {

    public CheckSummary {
        outcomes = Map.copyOf(outcomes);
    }

    /** Nobody to check (no one with a personal ID). */
    public static CheckSummary nobody() {
        return new CheckSummary(0, Map.of(), 0, null);
    }

    static CheckSummary of(List<PopulationAnswer> answers, int alertsRaised) {
        Map<CheckOutcome, Integer> outcomes = new EnumMap<>(CheckOutcome.class);
        answers.forEach(a -> outcomes.merge(a.outcome(), 1, Integer::sum));
        String why = answers.stream()
                .filter(a -> !a.outcome().isAnswer())
                .map(PopulationAnswer::messageKey)
                .findFirst()
                .orElse(null);
        return new CheckSummary(answers.size(), outcomes, alertsRaised, why);
    }

    /** A check that could not be recorded (the database of AnSinh failed): nothing is known. */
    static CheckSummary failed(int people, String key) {
        return new CheckSummary(people, Map.of(CheckOutcome.UNAVAILABLE, people), 0, key);
    }

    public int count(CheckOutcome outcome) {
        return outcomes.getOrDefault(outcome, 0);
    }

    /** Whether the database answered for nobody. */
    public boolean nothingAnswered() {
        return people > 0 && count(CheckOutcome.UNAVAILABLE) == people;
    }
}
