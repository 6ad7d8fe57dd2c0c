package vn.ansinh.devstack.bench;

import java.util.Arrays;

/** Measured durations of one kind of query, with their percentiles in milliseconds. */
public final class Latencies {

    private long[] nanos = new long[64];
    private int count;
    private long hits;

    public void add(long durationNanos, long hitCount) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = durationNanos;
        hits += hitCount;
    }

    public int count() {
        return count;
    }

    /** The nearest-rank percentile, e.g. {@code percentile(95)}. */
    public double percentile(double p) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count);
        return sorted[Math.max(0, Math.min(count - 1, rank - 1))] / 1e6;
    }

    public double max() {
        return percentile(100);
    }

    public double averageHits() {
        return count == 0 ? 0 : (double) hits / count;
    }
}
