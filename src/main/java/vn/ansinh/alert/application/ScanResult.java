package vn.ansinh.alert.application;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import vn.ansinh.alert.domain.AlertKind;

/**
 * What one run of the alert scan did: the alerts it raised, per kind (every kind present, zero
 * included), and the overdue-decision alerts it closed because the case has moved on.
 */
public record ScanResult(Map<AlertKind, Integer> raised, int resolved) {

    public ScanResult {
        Map<AlertKind, Integer> all = new EnumMap<>(AlertKind.class);
        for (AlertKind kind : AlertKind.values()) {
            all.put(kind, raised.getOrDefault(kind, 0));
        }
        raised = Collections.unmodifiableMap(all);
    }

    public int raised(AlertKind kind) {
        return raised.get(kind);
    }

    public int totalRaised() {
        return raised.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** For the log and the audit row, e.g. {@code CHILD_TURNS_16=3, TURNS_80=1; resolved=2}. */
    @Override
    public String toString() {
        return raised.entrySet().stream()
                        .filter(e -> e.getValue() > 0)
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining(", "))
                + "; raised=" + totalRaised() + "; resolved=" + resolved;
    }
}
