package vn.ansinh.shared.upload;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * One thing wrong with an uploaded file, or worth a look, in the report of any import: where (the row
 * number and the column, both absent for the file as a whole), how serious, and what, as a
 * resource-bundle key with its arguments (the value objects' own keys where they apply). Numbers that
 * identify something (rows, years) are passed as text so that no thousands separator is added to them.
 *
 * @param rowNumber the row as the file numbers it (Excel's row, the CSV line or record); 0 for the whole file
 * @param column the import's column, or {@code null} for the whole row or file
 * @param columnLetter the column's letter in the uploaded file (columns may be in another order than in
 *        the template), or {@code null}
 * @param <C> the import's columns
 */
public record UploadMessage<C extends Enum<C>>(
        int rowNumber, C column, String columnLetter, Severity severity, String messageKey, List<Object> arguments)
        implements Serializable {

    /** An error keeps the row (or, for the file, everything) out of the import; a warning does not. */
    public enum Severity {
        ERROR,
        WARNING
    }

    public UploadMessage {
        arguments = List.copyOf(arguments);
    }

    /** An error of the file as a whole. */
    public static <C extends Enum<C>> UploadMessage<C> fileError(String messageKey, Object... arguments) {
        return new UploadMessage<>(0, null, null, Severity.ERROR, messageKey, Arrays.asList(arguments));
    }

    /** A warning about the file as a whole. */
    public static <C extends Enum<C>> UploadMessage<C> fileWarning(String messageKey, Object... arguments) {
        return new UploadMessage<>(0, null, null, Severity.WARNING, messageKey, Arrays.asList(arguments));
    }

    /** An error of a row, in a column when given. */
    public static <C extends Enum<C>> UploadMessage<C> error(
            int rowNumber, C column, String columnLetter, String messageKey, Object... arguments) {
        return new UploadMessage<>(
                rowNumber, column, columnLetter, Severity.ERROR, messageKey, Arrays.asList(arguments));
    }

    /** A warning about a row, in a column when given. */
    public static <C extends Enum<C>> UploadMessage<C> warning(
            int rowNumber, C column, String columnLetter, String messageKey, Object... arguments) {
        return new UploadMessage<>(
                rowNumber, column, columnLetter, Severity.WARNING, messageKey, Arrays.asList(arguments));
    }

    /** The same message about another row. */
    public UploadMessage<C> atRow(int row) {
        return new UploadMessage<>(row, column, columnLetter, severity, messageKey, arguments);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** Whether the message concerns the file as a whole rather than one row. */
    public boolean isFileLevel() {
        return rowNumber == 0;
    }

    /** The cell as Excel names it, e.g. {@code F12}; {@code null} for a message about a row or the file. */
    public String cell() {
        return columnLetter == null || rowNumber == 0 ? null : columnLetter + rowNumber;
    }

    /** The arguments as {@link java.text.MessageFormat} takes them. */
    public Object[] messageArguments() {
        return arguments.toArray();
    }

    /** The key and arguments in one line, for a stored row and the logs. */
    public String describe() {
        return arguments.isEmpty() ? messageKey : messageKey + " " + arguments;
    }
}
