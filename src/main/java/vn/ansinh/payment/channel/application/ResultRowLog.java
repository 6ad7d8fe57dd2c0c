package vn.ansinh.payment.channel.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

/**
 * Keeps every row of an applied result file in {@code bank_result_row}: the line, the outcome, and the
 * bank's reason for a failure or the rejection's message key. Written in multi-row inserts.
 */
final class ResultRowLog {

    private static final int CHUNK = 200;
    private static final int DETAIL_MAX = 300;

    private ResultRowLog() {}

    static void write(EntityManager em, long importId, List<ResultRow> rows, LocalDate day) {
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<ResultRow> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            Query insert =
                    em.createNativeQuery("INSERT INTO bank_result_row (import_id, file_row, line_id, outcome, detail, "
                            + "recorded_on) VALUES "
                            + String.join(", ", Collections.nCopies(chunk.size(), "(?, ?, ?, ?, ?, ?)")));
            int p = 1;
            for (ResultRow row : chunk) {
                insert.setParameter(p++, importId);
                insert.setParameter(p++, row.fileRow());
                insert.setParameter(p++, row.lineId());
                insert.setParameter(p++, row.outcome().name());
                insert.setParameter(p++, detail(row));
                insert.setParameter(p++, day);
            }
            insert.executeUpdate();
        }
    }

    private static String detail(ResultRow row) {
        String detail = row.problem() != null ? row.problem().describe() : row.reason();
        return detail == null || detail.length() <= DETAIL_MAX ? detail : detail.substring(0, DETAIL_MAX);
    }
}
