package vn.ansinh.report.application;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;
import vn.ansinh.report.domain.StopReason;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.Programme;

/**
 * One line of the movement report: the beneficiaries of a programme and category at the start of the period, the
 * new ones, those who stopped (by reason) and those at the end. {@code atStart + added - stopped = atEnd}.
 * A total line has no category (and, for the whole report, no programme).
 */
public record MovementRow(
        Programme programme, Category category, long atStart, long added, Map<StopReason, Long> stoppedBy, long atEnd)
        implements Serializable {

    public MovementRow {
        stoppedBy = Map.copyOf(stoppedBy);
    }

    static MovementRow empty(Programme programme) {
        Map<StopReason, Long> none = new EnumMap<>(StopReason.class);
        for (StopReason reason : StopReason.values()) {
            none.put(reason, 0L);
        }
        return new MovementRow(programme, null, 0, 0, none, 0);
    }

    public long stopped() {
        return stoppedBy.values().stream().mapToLong(Long::longValue).sum();
    }

    public long stopped(StopReason reason) {
        return stoppedBy.getOrDefault(reason, 0L);
    }

    MovementRow plus(MovementRow other) {
        Map<StopReason, Long> sum = new EnumMap<>(StopReason.class);
        for (StopReason reason : StopReason.values()) {
            sum.put(reason, stopped(reason) + other.stopped(reason));
        }
        return new MovementRow(
                programme, category, atStart + other.atStart, added + other.added, sum, atEnd + other.atEnd);
    }

    /** Whether the line is a total (of a programme, or of the report). */
    public boolean isTotal() {
        return category == null;
    }
}
