package vn.ansinh.population.domain;

import java.io.Serializable;
import java.util.Objects;

/**
 * A field on which the population database disagrees, with the value it holds (as written in the exchange: ISO
 * dates, {@code MALE}/{@code FEMALE}, a commune code, the name as registered).
 */
public record Mismatch(PopulationField field, String registryValue) implements Serializable {

    public Mismatch {
        Objects.requireNonNull(field, "field");
        registryValue = registryValue == null ? "" : registryValue;
    }
}
