package vn.ansinh.devstack.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** A fixed set of values drawn at random in proportion to their weights. */
final class Weighted<T> {

    private final List<T> values = new ArrayList<>();
    private double[] cumulative = new double[16];
    private double total;

    static <T> Weighted<T> of() {
        return new Weighted<>();
    }

    /** Pairs of value and weight: {@code ofPairs("Văn", 45, "Đức", 5)}. */
    @SuppressWarnings("unchecked")
    static <T> Weighted<T> ofPairs(Object... valueWeightPairs) {
        Weighted<T> weighted = new Weighted<>();
        for (int i = 0; i < valueWeightPairs.length; i += 2) {
            weighted.add((T) valueWeightPairs[i], ((Number) valueWeightPairs[i + 1]).doubleValue());
        }
        return weighted;
    }

    /** The same weight for every value. */
    static Weighted<String> uniform(String... values) {
        Weighted<String> weighted = new Weighted<>();
        for (String value : values) {
            weighted.add(value, 1);
        }
        return weighted;
    }

    Weighted<T> add(T value, double weight) {
        if (weight <= 0) {
            return this;
        }
        if (values.size() == cumulative.length) {
            cumulative = java.util.Arrays.copyOf(cumulative, cumulative.length * 2);
        }
        total += weight;
        cumulative[values.size()] = total;
        values.add(value);
        return this;
    }

    T pick(RandomGenerator random) {
        double x = random.nextDouble() * total;
        int low = 0;
        int high = values.size() - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid] > x) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return values.get(low);
    }

    boolean isEmpty() {
        return values.isEmpty();
    }
}
