package vn.ansinh.registry.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.ansinh.registry.domain.PersonalId;
import vn.ansinh.registry.domain.Relationship;
import vn.ansinh.shared.upload.UploadMessage;

/**
 * A data row of a person import as read: what the checks across rows need of it, the person read
 * (when the row has no error of its own) and its own messages. Mutable, one per row.
 */
final class PersonRow {

    final int rowNumber;
    final Map<ImportColumn, Integer> columns;
    final List<UploadMessage<ImportColumn>> problems = new ArrayList<>();
    String householdKey;
    Relationship relationship;
    PersonalId personalId;
    ImportRow parsed;

    PersonRow(int rowNumber, Map<ImportColumn, Integer> columns) {
        this.rowNumber = rowNumber;
        this.columns = columns;
    }

    boolean hasErrors() {
        return problems.stream().anyMatch(UploadMessage::isError);
    }

    /** An error of the row in a column (with the cell's letter in the uploaded file). */
    UploadMessage<ImportColumn> problem(ImportColumn column, String key, Object... arguments) {
        return UploadMessage.error(rowNumber, column, letterOf(column), key, arguments);
    }

    UploadMessage<ImportColumn> warning(ImportColumn column, String key, Object... arguments) {
        return UploadMessage.warning(rowNumber, column, letterOf(column), key, arguments);
    }

    private String letterOf(ImportColumn column) {
        Integer index = columns.get(column);
        return index == null ? null : ImportColumn.letter(index);
    }
}
