package vn.ansinh.payment.channel.application;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import vn.ansinh.payment.channel.domain.ResultOutcome;
import vn.ansinh.shared.upload.UploadMessage;

/**
 * What {@link BankResultParser} found in a bank's result file for a run and a bank: the problems of
 * the file as a whole (then nothing is applied), and each data row with its outcome. A page shows it;
 * on confirmation {@link ImportBankResultCommand} applies the PAID and FAILED rows. Serializable, so
 * that a view-scoped page may keep it between the upload and the confirmation.
 */
public final class BankResultReport implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String fileName;
    private final long runId;
    private final String bankCode;
    private final List<UploadMessage<BankColumn>> fileProblems;
    private final List<ResultRow> rows;

    BankResultReport(
            String fileName,
            long runId,
            String bankCode,
            List<UploadMessage<BankColumn>> fileProblems,
            List<ResultRow> rows) {
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.runId = runId;
        this.bankCode = Objects.requireNonNull(bankCode, "bankCode");
        this.fileProblems = List.copyOf(fileProblems);
        this.rows = fileProblems.isEmpty() ? List.copyOf(rows) : List.of();
    }

    static BankResultReport ofFileProblem(
            String fileName, long runId, String bankCode, UploadMessage<BankColumn> problem) {
        return new BankResultReport(fileName, runId, bankCode, List.of(problem), List.of());
    }

    public String fileName() {
        return fileName;
    }

    public long runId() {
        return runId;
    }

    public String bankCode() {
        return bankCode;
    }

    /** Problems of the whole file (wrong type, encoding, headers, size); when any, no row is read. */
    public List<UploadMessage<BankColumn>> fileProblems() {
        return fileProblems;
    }

    /** Every data row, in file order. */
    public List<ResultRow> rows() {
        return rows;
    }

    public List<ResultRow> rows(ResultOutcome outcome) {
        return rows.stream().filter(r -> r.outcome() == outcome).toList();
    }

    public int count(ResultOutcome outcome) {
        return (int) rows.stream().filter(r -> r.outcome() == outcome).count();
    }

    /** The rows an import changes: PAID and FAILED, in file order. */
    public List<ResultRow> toApply() {
        return rows.stream().filter(r -> r.outcome().applies()).toList();
    }

    /** The rows an import leaves alone: rejected, or already recorded. */
    public int notApplied() {
        return rows.size() - toApply().size();
    }

    public boolean canApply() {
        return fileProblems.isEmpty() && rows.stream().anyMatch(r -> r.outcome().applies());
    }
}
