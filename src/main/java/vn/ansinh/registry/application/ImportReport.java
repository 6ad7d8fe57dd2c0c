package vn.ansinh.registry.application;

import java.io.Serializable;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import vn.ansinh.shared.upload.UploadMessage;

/**
 * What {@link PersonImportParser} found in a file: the problems (of the file, of rows, of cells), the
 * rows read without error, and from them what an import would create. An error in a row keeps its
 * whole household out of the import (the household's other rows say so); warnings keep nothing out.
 * A page shows {@link #problems()} (row, column, message), and when {@link #canImport()} offers to
 * import {@link #rowsToImport()} with {@link ImportPersonsCommand#of}. Serializable, so that a
 * view-scoped page may keep it between the upload and the confirmation.
 */
public final class ImportReport implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Comparator<UploadMessage<ImportColumn>> ORDER =
            Comparator.<UploadMessage<ImportColumn>>comparingInt(UploadMessage::rowNumber)
                    .thenComparing(p -> p.column() == null ? -1 : p.column().ordinal())
                    .thenComparing(UploadMessage::severity);

    private final String fileName;
    private final int dataRowCount;
    private final List<UploadMessage<ImportColumn>> problems;
    private final List<ImportRow> rowsToImport;

    ImportReport(
            String fileName, int dataRowCount, List<UploadMessage<ImportColumn>> problems, List<ImportRow> parsedRows) {
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.dataRowCount = dataRowCount;
        this.problems = problems.stream().sorted(ORDER).toList();
        Set<Integer> rowsWithErrors = new HashSet<>();
        boolean fileError = false;
        for (UploadMessage<ImportColumn> problem : problems) {
            if (problem.isError()) {
                rowsWithErrors.add(problem.rowNumber());
                fileError |= problem.isFileLevel();
            }
        }
        this.rowsToImport = fileError
                ? List.of()
                : parsedRows.stream()
                        .filter(r -> !rowsWithErrors.contains(r.rowNumber()))
                        .toList();
    }

    /** A report of a file that could not be read at all (wrong type, too big, wrong headers). */
    static ImportReport ofFileProblems(String fileName, List<UploadMessage<ImportColumn>> problems) {
        return new ImportReport(fileName, 0, problems, List.of());
    }

    /** The name of the uploaded file, as the browser gave it. */
    public String fileName() {
        return fileName;
    }

    /** The rows with data below the header (blank rows not counted); 0 when the file could not be read. */
    public int dataRowCount() {
        return dataRowCount;
    }

    /** Every problem and warning: the file's first, then by row and by column of the template. */
    public List<UploadMessage<ImportColumn>> problems() {
        return problems;
    }

    /** The problems of the file as a whole; when one is an error, nothing of the file can be imported. */
    public List<UploadMessage<ImportColumn>> fileProblems() {
        return problems.stream().filter(UploadMessage::isFileLevel).toList();
    }

    public List<UploadMessage<ImportColumn>> problemsOfRow(int rowNumber) {
        return problems.stream().filter(p -> p.rowNumber() == rowNumber).toList();
    }

    public List<UploadMessage<ImportColumn>> errors() {
        return problems.stream().filter(UploadMessage::isError).toList();
    }

    public List<UploadMessage<ImportColumn>> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(UploadMessage::isError);
    }

    public boolean hasFileErrors() {
        return problems.stream().anyMatch(p -> p.isError() && p.isFileLevel());
    }

    /** The rows an import would create, in file order: the rows of the households without any error. */
    public List<ImportRow> rowsToImport() {
        return rowsToImport;
    }

    /** Whether there is something to import. With errors in some rows, only the other households are. */
    public boolean canImport() {
        return !rowsToImport.isEmpty();
    }

    /** The data rows that will not be imported, because of their own errors or their household's. */
    public int rowsLeftOut() {
        return dataRowCount - rowsToImport.size();
    }

    /** The households an import would found. */
    public int householdsToImport() {
        return (int) rowsToImport.stream()
                .map(ImportRow::householdIdentity)
                .distinct()
                .count();
    }

    /** The poverty reviews an import would record. */
    public int reviewsToImport() {
        return (int) rowsToImport.stream().filter(r -> r.review() != null).count();
    }

    /** The Excel row numbers with at least one error, for a page that highlights them. */
    public Set<Integer> rowsWithErrors() {
        return problems.stream()
                .filter(p -> p.isError() && !p.isFileLevel())
                .map(UploadMessage::rowNumber)
                .collect(Collectors.toUnmodifiableSet());
    }
}
