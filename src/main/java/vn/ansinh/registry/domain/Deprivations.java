package vn.ansinh.registry.domain;

import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/** The set of indicators on which a household is deprived, stored as a 12-bit mask. */
public record Deprivations(Set<DeprivationIndicator> indicators) implements Serializable {

    public Deprivations {
        indicators = indicators.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(indicators));
    }

    public static Deprivations of(DeprivationIndicator... indicators) {
        return new Deprivations(indicators.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(indicators)));
    }

    public static Deprivations fromMask(int mask) {
        EnumSet<DeprivationIndicator> set = EnumSet.noneOf(DeprivationIndicator.class);
        for (DeprivationIndicator indicator : DeprivationIndicator.values()) {
            if ((mask & indicator.bit()) != 0) {
                set.add(indicator);
            }
        }
        return new Deprivations(set);
    }

    public int mask() {
        return indicators.stream().mapToInt(DeprivationIndicator::bit).reduce(0, (a, b) -> a | b);
    }

    public int count() {
        return indicators.size();
    }

    public boolean has(DeprivationIndicator indicator) {
        return indicators.contains(indicator);
    }
}
