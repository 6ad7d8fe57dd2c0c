package vn.ansinh.registry.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import vn.ansinh.shared.upload.Cell;
import vn.ansinh.shared.upload.RowLimit;
import vn.ansinh.shared.upload.UploadMessage;
import vn.ansinh.shared.upload.XlsxSheetReader;

/**
 * One person list being read, as {@link XlsxSheetReader} hands it over: the header (looked for in the
 * first rows: a title may stand above it), then row after row ({@link PersonRowReader}), then the
 * checks across rows and against the registry ({@link PersonImportChecks}) and the report.
 */
final class PersonSheet implements XlsxSheetReader.RowHandler {

    /** The header row is looked for in this many first rows (a title may stand above it). */
    static final int HEADER_SEARCH_ROWS = 10;

    private final String fileName;
    private final LocalDate today;
    private final RowLimit limit;
    private final PersonImportChecks.Registry registry;
    private final List<UploadMessage<ImportColumn>> problems = new ArrayList<>();
    private final List<PersonRow> rows = new ArrayList<>();
    private String sheetName = "";
    private Map<ImportColumn, Integer> columns;
    private boolean headerFailed;

    /** {@code registry} is null for a file checked on its own. */
    PersonSheet(String fileName, LocalDate today, RowLimit limit, PersonImportChecks.Registry registry) {
        this.fileName = fileName;
        this.today = today;
        this.limit = limit;
        this.registry = registry;
    }

    @Override
    public void sheet(String name) {
        sheetName = name == null ? "" : name;
    }

    @Override
    public boolean row(int rowNumber, Map<Integer, Cell> cells) {
        if (columns == null) {
            if (rowNumber > HEADER_SEARCH_ROWS) {
                return false;
            }
            if (isHeader(cells)) {
                readHeader(rowNumber, cells);
                return !headerFailed;
            }
            return true;
        }
        if (isBlank(cells)) {
            return true;
        }
        if (!limit.admit()) {
            return false;
        }
        rows.add(readRow(rowNumber, cells));
        return true;
    }

    private static boolean isHeader(Map<Integer, Cell> cells) {
        return cells.values().stream()
                .anyMatch(c -> c.kind() == Cell.Kind.TEXT
                        && ImportColumn.ofHeader(c.text()).orElse(null) == ImportColumn.FULL_NAME);
    }

    private void readHeader(int rowNumber, Map<Integer, Cell> cells) {
        columns = new EnumMap<>(ImportColumn.class);
        for (Map.Entry<Integer, Cell> cell : cells.entrySet()) {
            String letter = ImportColumn.letter(cell.getKey());
            String text = cell.getValue().text();
            ImportColumn column = ImportColumn.ofHeader(text).orElse(null);
            if (column == null) {
                problems.add(UploadMessage.fileWarning("import.warning.header.unknown", letter + rowNumber, text));
            } else if (columns.containsKey(column)) {
                problems.add(UploadMessage.fileError(
                        "import.error.header.repeated",
                        column.header(),
                        ImportColumn.letter(columns.get(column)),
                        letter));
                headerFailed = true;
            } else {
                columns.put(column, cell.getKey());
            }
        }
        for (ImportColumn column : ImportColumn.values()) {
            if (column != ImportColumn.ROW_NUMBER && !columns.containsKey(column)) {
                problems.add(UploadMessage.fileError(
                        "import.error.header.missing", column.header(), String.valueOf(rowNumber)));
                headerFailed = true;
            }
        }
    }

    private boolean isBlank(Map<Integer, Cell> cells) {
        return columns.entrySet().stream()
                .filter(c -> c.getKey() != ImportColumn.ROW_NUMBER)
                .map(c -> cells.get(c.getValue()))
                .allMatch(c -> c == null || c.isBlank());
    }

    private PersonRow readRow(int rowNumber, Map<Integer, Cell> cells) {
        Map<ImportColumn, Cell> values = new EnumMap<>(ImportColumn.class);
        columns.forEach((column, index) -> {
            Cell cell = cells.get(index);
            if (cell != null && !cell.isBlank()) {
                values.put(column, cell);
            }
        });
        return new PersonRowReader(today, rowNumber, columns, values).read();
    }

    /** The report: the file's problems alone when it could not be read, else every row's and the checks'. */
    ImportReport finish() {
        if (columns == null) {
            problems.add(UploadMessage.fileError("import.error.header.notFound", sheetName, HEADER_SEARCH_ROWS));
            return ImportReport.ofFileProblems(fileName, problems);
        }
        if (headerFailed) {
            return ImportReport.ofFileProblems(fileName, problems);
        }
        if (limit.exceeded()) {
            problems.add(UploadMessage.fileError("import.error.tooManyRows", limit.max()));
            return ImportReport.ofFileProblems(fileName, problems);
        }
        if (rows.isEmpty()) {
            problems.add(UploadMessage.fileError("import.error.noRows", sheetName));
            return ImportReport.ofFileProblems(fileName, problems);
        }
        for (PersonRow row : rows) {
            problems.addAll(row.problems);
        }
        PersonImportChecks checks = new PersonImportChecks(rows, problems);
        checks.repeatedPersonalIds();
        checks.households();
        if (registry != null) {
            checks.registeredPersonalIds(registry);
            checks.povertyLines(registry);
        }
        Set<Integer> rowsWithErrors = problems.stream()
                .filter(UploadMessage::isError)
                .map(UploadMessage::rowNumber)
                .collect(Collectors.toSet());
        checks.leaveOutHouseholdsWithErrors(rowsWithErrors);
        List<ImportRow> parsed =
                rows.stream().map(r -> r.parsed).filter(Objects::nonNull).toList();
        if (registry != null) {
            checks.possibleDuplicates(
                    registry,
                    parsed.stream()
                            .filter(r -> !rowsWithErrors.contains(r.rowNumber()))
                            .toList());
        }
        return new ImportReport(fileName, limit.count(), problems, parsed);
    }
}
