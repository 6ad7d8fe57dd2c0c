package vn.ansinh.account.application;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * Something wrong with an import file or one of its rows, or worth a look: a resource-bundle key with
 * its arguments (identifying numbers passed as text, so that no thousands separator is added).
 *
 * @param column the column concerned, or null for the whole row or file
 */
public record AccountImportMessage(
        Severity severity, AccountImportColumn column, String messageKey, List<Object> arguments)
        implements Serializable {

    /** An error keeps the row (or, for the file, everything) out of the import; a warning does not. */
    public enum Severity {
        ERROR,
        WARNING
    }

    public AccountImportMessage {
        arguments = List.copyOf(arguments);
    }

    static AccountImportMessage error(AccountImportColumn column, String key, Object... arguments) {
        return new AccountImportMessage(Severity.ERROR, column, key, Arrays.asList(arguments));
    }

    static AccountImportMessage warning(AccountImportColumn column, String key, Object... arguments) {
        return new AccountImportMessage(Severity.WARNING, column, key, Arrays.asList(arguments));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The arguments as {@link java.text.MessageFormat} takes them. */
    public Object[] messageArguments() {
        return arguments.toArray();
    }
}
