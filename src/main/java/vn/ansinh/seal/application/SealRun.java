package vn.ansinh.seal.application;

import java.util.List;
import java.util.Map;

/**
 * One sealing run: whether it held the lease (another server's sealer may have), how many rows it sealed
 * per table, and the gaps (ids no committed row holds) it recorded.
 */
public record SealRun(boolean ran, Map<String, Integer> sealed, List<Gap> gaps) {

    public SealRun {
        sealed = Map.copyOf(sealed);
        gaps = List.copyOf(gaps);
    }

    static SealRun busy() {
        return new SealRun(false, Map.of(), List.of());
    }

    public int total() {
        return sealed.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Ids from {@code fromId} to {@code toId} (both included) of a table that no committed row holds. */
    public record Gap(String table, long fromId, long toId) {}
}
