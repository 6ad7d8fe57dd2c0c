package vn.ansinh.devstack.bench;

import java.io.PrintStream;

/** The printed table of latencies: one line per kind of query, with its target when it has one. */
public final class ReportTable {

    private final PrintStream out;
    private boolean allTargetsMet = true;

    public ReportTable(PrintStream out) {
        this.out = out;
    }

    public void header(String title) {
        out.println();
        out.println(title);
        out.printf(
                "  %-44s %6s %8s %8s %8s %8s %10s  %s%n",
                "query", "n", "p50 ms", "p95 ms", "p99 ms", "max ms", "avg count", "target");
    }

    public void row(String label, Latencies l) {
        out.printf(
                "  %-44s %6d %8.1f %8.1f %8.1f %8.1f %10.1f%n",
                label, l.count(), l.percentile(50), l.percentile(95), l.percentile(99), l.max(), l.averageHits());
    }

    /** A row checked against a target: the given percentile at most {@code limitMs}. */
    public void row(String label, Latencies l, int percentile, double limitMs) {
        boolean met = l.percentile(percentile) <= limitMs;
        allTargetsMet &= met;
        out.printf(
                "  %-44s %6d %8.1f %8.1f %8.1f %8.1f %10.1f  p%d <= %.0f ms: %s%n",
                label,
                l.count(),
                l.percentile(50),
                l.percentile(95),
                l.percentile(99),
                l.max(),
                l.averageHits(),
                percentile,
                limitMs,
                met ? "MET" : "MISSED");
    }

    public boolean allTargetsMet() {
        return allTargetsMet;
    }
}
