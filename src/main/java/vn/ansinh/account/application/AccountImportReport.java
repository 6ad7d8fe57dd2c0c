package vn.ansinh.account.application;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import vn.ansinh.shared.upload.UploadMessage;

/**
 * What {@link AccountImportParser} found in a file: problems of the file as a whole, and each data row
 * with its outcome. Serializable, so that a view-scoped page keeps it between upload and confirmation.
 * An error in the file (wrong type, missing column) leaves nothing to import; an error in a row leaves
 * out that row only.
 */
public final class AccountImportReport implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String fileName;
    private final List<UploadMessage<AccountImportColumn>> fileMessages;
    private final List<AccountImportRow> rows;

    AccountImportReport(
            String fileName, List<UploadMessage<AccountImportColumn>> fileMessages, List<AccountImportRow> rows) {
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.fileMessages = List.copyOf(fileMessages);
        this.rows = List.copyOf(rows);
    }

    static AccountImportReport ofFileError(String fileName, UploadMessage<AccountImportColumn> problem) {
        return new AccountImportReport(fileName, List.of(problem), List.of());
    }

    public String fileName() {
        return fileName;
    }

    public List<UploadMessage<AccountImportColumn>> fileMessages() {
        return fileMessages;
    }

    public boolean hasFileErrors() {
        return fileMessages.stream().anyMatch(UploadMessage::isError);
    }

    /** Every data row, in file order. */
    public List<AccountImportRow> rows() {
        return rows;
    }

    public AccountImportRow row(int rowNumber) {
        return rows.stream()
                .filter(r -> r.rowNumber() == rowNumber)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no data row " + rowNumber));
    }

    /** The steps a confirmation applies, in file order: the READY rows (none when the file has an error). */
    public List<AccountImportLine> linesToApply() {
        if (hasFileErrors()) {
            return List.of();
        }
        return rows.stream()
                .filter(r -> r.outcome() == AccountImportRow.Outcome.READY)
                .map(AccountImportRow::line)
                .toList();
    }

    public boolean canImport() {
        return !linesToApply().isEmpty();
    }

    public int readyCount() {
        return count(AccountImportRow.Outcome.READY);
    }

    public int alreadyRecordedCount() {
        return count(AccountImportRow.Outcome.ALREADY_RECORDED);
    }

    public int errorCount() {
        return count(AccountImportRow.Outcome.ERROR);
    }

    public int warningCount() {
        return (int) rows.stream().filter(AccountImportRow::hasWarnings).count();
    }

    private int count(AccountImportRow.Outcome outcome) {
        return (int) rows.stream().filter(r -> r.outcome() == outcome).count();
    }
}
