package vn.ansinh.seal.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import vn.ansinh.seal.domain.TableHead;

/**
 * What the chain page shows before any verification: the sealer's last run (which server, when, how many
 * rows, its last error; times in UTC as stored), every table's chain head, the latest gaps and the latest checkpoint.
 */
public record SealerState(
        String holder,
        LocalDateTime lastRunAt,
        int lastSealed,
        String lastError,
        List<TableHead> heads,
        List<GapRow> gaps,
        CheckpointRow lastCheckpoint,
        boolean checkpointsConfigured,
        boolean signaturesChecked)
        implements Serializable {

    public SealerState {
        heads = List.copyOf(heads);
        gaps = List.copyOf(gaps);
    }

    /** A recorded gap: ids no committed row held when the sealer passed them. */
    public record GapRow(String table, long fromId, long toId, LocalDateTime foundAt) implements Serializable {}

    /** A checkpoint as written (null when none yet). */
    public record CheckpointRow(LocalDate day, LocalDateTime writtenAt, String fileName, boolean signed)
            implements Serializable {}
}
