package vn.ansinh.payment.channel.application;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import vn.ansinh.shared.persistence.MultiRowInsert;

/**
 * Keeps every row of an applied result file in {@code bank_result_row}: the line, the outcome, and the
 * bank's reason for a failure or the rejection's message key. Written in multi-row inserts ({@link MultiRowInsert}).
 */
final class ResultRowLog {

    private static final int DETAIL_MAX = 300;

    private ResultRowLog() {}

    static void write(EntityManager em, long importId, List<ResultRow> rows, LocalDate day) {
        MultiRowInsert insert = new MultiRowInsert(
                em, "bank_result_row", "import_id", "file_row", "line_id", "outcome", "detail", "recorded_on");
        for (ResultRow row : rows) {
            insert.add(importId, row.fileRow(), row.lineId(), row.outcome().name(), detail(row), day);
        }
        insert.execute();
    }

    private static String detail(ResultRow row) {
        String detail = row.problem() != null ? row.problem().describe() : row.reason();
        return detail == null || detail.length() <= DETAIL_MAX ? detail : detail.substring(0, DETAIL_MAX);
    }
}
