package vn.ansinh.population.domain;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import vn.ansinh.registry.domain.PartialDate;
import vn.ansinh.registry.domain.Person;

/**
 * What is asked of the population database about one person: the personal ID (the key) and the fields to compare.
 * {@code ref} is our own reference (the person's id), echoed in the answer.
 *
 * @param birthDate ISO, as precise as we know it: {@code 1948}, {@code 1948-03} or {@code 1948-03-15}
 * @param sex {@code MALE} or {@code FEMALE}
 * @param residence the code of the commune of residence
 */
public record PopulationQuery(
        String ref, String personalId, String fullName, String birthDate, String sex, String residence)
        implements Serializable {

    public PopulationQuery {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(personalId, "personalId");
    }

    /** The query for a registered person; empty for a person without a personal ID (nothing to look up). */
    public static Optional<PopulationQuery> of(Person person) {
        if (person.personalId() == null) {
            return Optional.empty();
        }
        return Optional.of(new PopulationQuery(
                String.valueOf(person.id()),
                person.personalId().value(),
                person.fullName(),
                iso(person.birthDate()),
                person.sex().name(),
                person.communeCode().value()));
    }

    /** A partial date in ISO 8601 reduced precision: {@code 1948}, {@code 1948-03}, {@code 1948-03-15}. */
    public static String iso(PartialDate date) {
        if (date == null) {
            return null;
        }
        StringBuilder text = new StringBuilder(String.format("%04d", date.year()));
        if (date.month() != null) {
            text.append(String.format("-%02d", date.month()));
        }
        if (date.day() != null) {
            text.append(String.format("-%02d", date.day()));
        }
        return text.toString();
    }

    /** The person's id this query is for. */
    public long personId() {
        return Long.parseLong(ref);
    }
}
