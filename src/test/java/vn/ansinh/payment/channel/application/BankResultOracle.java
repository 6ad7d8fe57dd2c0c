package vn.ansinh.payment.channel.application;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Map;
import vn.ansinh.fuzz.MessageKeys;
import vn.ansinh.payment.domain.PaymentChannel;
import vn.ansinh.payment.domain.PaymentStatus;
import vn.ansinh.shared.upload.UploadMessage;

/**
 * What must hold for any bytes uploaded as a bank's result file, shared by the property tests and the
 * fuzz target: a report, never an exception; every message with a key in both bundles; a row to apply has
 * no problem, names a line that exists and is exported in this run and bank, and no line is applied twice.
 */
public final class BankResultOracle {

    public static final long RUN = 12;
    public static final String BANK = "VBSP";

    /** Lines 1 to 5 of the run exported to the bank (100,000 đồng × id), 6 paid, 7 of another run, 8 of another bank. */
    static final Map<Long, LineState> LINES = new HashMap<>();

    static {
        for (long id = 1; id <= 5; id++) {
            LINES.put(id, line(id, RUN, BANK, PaymentStatus.EXPORTED));
        }
        LINES.put(6L, line(6, RUN, BANK, PaymentStatus.PAID));
        LINES.put(7L, line(7, RUN + 1, BANK, PaymentStatus.EXPORTED));
        LINES.put(8L, line(8, RUN, "AGRIBANK", PaymentStatus.EXPORTED));
    }

    private BankResultOracle() {}

    private static LineState line(long id, long run, String bank, PaymentStatus status) {
        return new LineState(id, run, PaymentChannel.BANK_TRANSFER, bank, "ACC" + id, id * 100_000, status);
    }

    public static BankResultReport check(byte[] bytes) {
        BankResultParser parser = new BankResultParser(RUN, BANK, ids -> {
            Map<Long, LineState> found = new HashMap<>();
            ids.forEach(id -> {
                if (LINES.containsKey(id)) {
                    found.put(id, LINES.get(id));
                }
            });
            return found;
        });
        BankResultReport report = parser.parse("ket-qua.csv", bytes.length, new ByteArrayInputStream(bytes));
        for (UploadMessage<BankColumn> problem : report.fileProblems()) {
            MessageKeys.requireKnown(problem);
        }
        java.util.Set<Long> applied = new java.util.HashSet<>();
        for (ResultRow row : report.rows()) {
            if (row.problem() != null) {
                MessageKeys.requireKnown(row.problem());
            }
        }
        for (ResultRow row : report.toApply()) {
            if (row.problem() != null && row.problem().isError()) {
                throw new AssertionError("row " + row.fileRow() + " applied despite " + row.problem());
            }
            LineState line = LINES.get(row.lineId());
            if (line == null || line.runId() != RUN || !BANK.equals(line.bankCode())) {
                throw new AssertionError("row " + row.fileRow() + " applied to a line outside the run and bank");
            }
            if (row.amount() != line.amount()) {
                throw new AssertionError("row " + row.fileRow() + " applied with another amount than its line's");
            }
            if (!applied.add(row.lineId())) {
                throw new AssertionError("line " + row.lineId() + " applied twice");
            }
        }
        if (!report.fileProblems().isEmpty() && !report.toApply().isEmpty()) {
            throw new AssertionError("rows applied from a file refused as a whole");
        }
        return report;
    }
}
