package vn.ansinh.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The response times of the measured phase, by step and request name, as the simulation records them after each
 * request (Gatling's own report also holds the logins; this one holds only what comes after the ramp-up), and the
 * table printed at the end: p50/p95/p99 per request and overall, errors and throughput per step.
 */
final class LoadStats {

    /** One measured response: when it ended (ms since the epoch), how long it took, whether it passed its checks. */
    private record Sample(long endedAt, long millis, boolean ok) {}

    private static final Map<Integer, Map<String, ConcurrentLinkedQueue<Sample>>> SAMPLES = new ConcurrentHashMap<>();
    private static final Map<Integer, long[]> WINDOWS = new ConcurrentHashMap<>();
    private static final AtomicLong LOGIN_OK = new AtomicLong();
    private static final AtomicLong LOGIN_KO = new AtomicLong();

    private LoadStats() {}

    static void window(int step, long from, long to) {
        WINDOWS.put(step, new long[] {from, to});
    }

    static void record(int step, String name, long millis, boolean ok) {
        SAMPLES.computeIfAbsent(step, s -> new ConcurrentHashMap<>())
                .computeIfAbsent(name, n -> new ConcurrentLinkedQueue<>())
                .add(new Sample(System.currentTimeMillis(), millis, ok));
    }

    static void login(boolean ok) {
        (ok ? LOGIN_OK : LOGIN_KO).incrementAndGet();
    }

    /** The table, one block per step (one step for the 200-official run). */
    static String table(Map<Integer, String> stepNames) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%nLogins through Keycloak: %d ok, %d failed%n", LOGIN_OK.get(), LOGIN_KO.get()));
        for (Map.Entry<Integer, Map<String, ConcurrentLinkedQueue<Sample>>> step : new TreeMap<>(SAMPLES).entrySet()) {
            long[] window = WINDOWS.get(step.getKey());
            double seconds = window == null ? 1 : (window[1] - window[0]) / 1000.0;
            out.append(String.format("%n== %s (%.0f s measured) ==%n", stepNames.getOrDefault(step.getKey(),
                    "step " + step.getKey()), seconds));
            out.append(String.format("%-28s %8s %6s %8s %8s %8s %8s%n", "request", "count", "errors", "p50 ms",
                    "p95 ms", "p99 ms", "max ms"));
            List<Long> all = new ArrayList<>();
            long errors = 0;
            for (Map.Entry<String, ConcurrentLinkedQueue<Sample>> request : new TreeMap<>(step.getValue()).entrySet()) {
                List<Long> times = new ArrayList<>();
                long ko = 0;
                for (Sample s : request.getValue()) {
                    if (s.millis() >= 0) {
                        times.add(s.millis());
                    }
                    if (!s.ok()) {
                        ko++;
                    }
                }
                all.addAll(times);
                errors += ko;
                out.append(line(request.getKey(), times, ko));
            }
            out.append(line("ALL (measured)", all, errors));
            out.append(String.format("throughput: %.1f requests/s, errors: %d (%.2f %%)%n", all.size() / seconds, errors,
                    all.isEmpty() ? 0 : 100.0 * errors / all.size()));
        }
        return out.toString();
    }

    private static String line(String name, List<Long> times, long errors) {
        Collections.sort(times);
        return String.format("%-28s %8d %6d %8d %8d %8d %8d%n", name, times.size(), errors, pct(times, 50),
                pct(times, 95), pct(times, 99), times.isEmpty() ? 0 : times.get(times.size() - 1));
    }

    private static long pct(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
