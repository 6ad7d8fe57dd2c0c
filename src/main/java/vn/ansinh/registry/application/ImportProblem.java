package vn.ansinh.registry.application;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * One thing wrong with an import file, or worth a look: where (the Excel row number and the column,
 * both absent for the file as a whole), how serious, and what, as a resource-bundle key with its
 * arguments (the value objects' own keys where they apply). Numbers that identify something (rows,
 * years) are passed as text so that no thousands separator is added to them.
 *
 * @param rowNumber the row as Excel numbers it (the header is usually row 1); 0 for the whole file
 * @param column the column of the template, or {@code null} for the whole row or file
 * @param columnLetter the column's letter in the uploaded file (columns may be in another order
 *        than in the template), or {@code null}
 */
public record ImportProblem(
        int rowNumber,
        ImportColumn column,
        String columnLetter,
        Severity severity,
        String messageKey,
        List<Object> arguments)
        implements Serializable {

    /** An error keeps the row (and its household) out of the import; a warning does not. */
    public enum Severity {
        ERROR,
        WARNING
    }

    public ImportProblem {
        arguments = List.copyOf(arguments);
    }

    static ImportProblem ofFile(String messageKey, Object... arguments) {
        return new ImportProblem(0, null, null, Severity.ERROR, messageKey, Arrays.asList(arguments));
    }

    static ImportProblem fileWarning(String messageKey, Object... arguments) {
        return new ImportProblem(0, null, null, Severity.WARNING, messageKey, Arrays.asList(arguments));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** Whether the problem concerns the file as a whole rather than one row. */
    public boolean isFileLevel() {
        return rowNumber == 0;
    }

    /** The cell as Excel names it, e.g. {@code F12}; {@code null} for a problem of a row or of the file. */
    public String cell() {
        return columnLetter == null || rowNumber == 0 ? null : columnLetter + rowNumber;
    }

    /** The arguments as {@link java.text.MessageFormat} takes them. */
    public Object[] messageArguments() {
        return arguments.toArray();
    }
}
