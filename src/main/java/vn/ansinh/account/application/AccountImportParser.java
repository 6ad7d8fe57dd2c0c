package vn.ansinh.account.application;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.upload.Cell;
import vn.ansinh.shared.upload.CsvReader;
import vn.ansinh.shared.upload.FileSniffer;
import vn.ansinh.shared.upload.RowLimit;
import vn.ansinh.shared.upload.UploadMessage;
import vn.ansinh.shared.upload.XlsxSheetReader;

/**
 * Reads a bank or VNeID export of account openings and registrations, CSV (UTF-8) or Excel (.xlsx),
 * and reports row by row what an import would do, writing nothing. Checks the file (size and kind by
 * its content, {@link FileSniffer}; encoding), reads it with the imports' readers ({@link CsvReader}
 * with strict quotes, {@link XlsxSheetReader}), then the header row within the first rows, the number
 * of rows, each cell (personal ID, bank, account number, event, date dd/MM/yyyy) and then each row
 * against the registry and the accounts ({@link AccountRowChecker}). One parser per upload.
 */
public final class AccountImportParser {

    public static final long MAX_BYTES = FileSniffer.DEFAULT_MAX_BYTES;
    public static final int MAX_DATA_ROWS = 20_000;
    static final int HEADER_SEARCH_ROWS = 10;

    private static final Map<CsvReader.Malformed, String> MALFORMED = Map.of(
            CsvReader.Malformed.UNCLOSED_QUOTE, "account.import.error.malformed.quote",
            CsvReader.Malformed.TEXT_AFTER_QUOTE, "account.import.error.malformed.afterQuote",
            CsvReader.Malformed.STRAY_QUOTE, "account.import.error.malformed.strayQuote");

    private final AccountRowReader reader;
    private final AccountRowChecker checker;
    private final FileSniffer sniffer;

    /** A parser for the people of {@code commune}, with dates up to {@code today}. */
    public AccountImportParser(AccountLookup lookup, AdminUnitCode commune, LocalDate today) {
        this(lookup, commune, today, MAX_DATA_ROWS);
    }

    AccountImportParser(AccountLookup lookup, AdminUnitCode commune, LocalDate today, int maxDataRows) {
        this.reader = new AccountRowReader(Objects.requireNonNull(today, "today"));
        this.checker = new AccountRowChecker(lookup, commune);
        this.sniffer = new FileSniffer(MAX_BYTES, maxDataRows);
    }

    /**
     * Reads an upload: {@code declaredSize} is what the browser announced (the content is never read
     * past the limit whatever it says). Throws {@link UncheckedIOException} only when the upload itself
     * cannot be read.
     */
    public AccountImportReport parse(String fileName, long declaredSize, InputStream content) {
        FileSniffer.Sniffed file = sniffer.sniff(fileName, declaredSize, content);
        String name = file.fileName();
        Reading reading = new Reading(name);
        switch (file.kind()) {
            case TOO_BIG:
                return fileError(name, "account.import.error.tooBig", name, String.valueOf(sniffer.maxMegabytes()));
            case EMPTY:
                return fileError(name, "account.import.error.empty", name);
            case XLSX:
                try {
                    XlsxSheetReader.read(file.bytes(), (rowNumber, cells) -> reading.row(rowNumber, cells, -1));
                } catch (XlsxSheetReader.UnreadableException e) {
                    return fileError(name, "account.import.error.unreadable", name);
                }
                break;
            case ENCRYPTED_XLSX:
                return fileError(name, "account.import.error.encrypted", name);
            case XLS:
                return fileError(name, "account.import.error.xls", name);
            case PDF:
                return fileError(name, "account.import.error.pdf", name);
            default:
                String text = file.utf8Text().orElse(null);
                if (text == null) {
                    return fileError(name, "account.import.error.encoding", name);
                }
                CsvReader.read(text, CsvReader.Quotes.STRICT, new CsvReader.Handler() {
                    @Override
                    public boolean record(CsvReader.Record record) {
                        Map<Integer, Cell> cells = record.cells();
                        return cells.isEmpty()
                                || reading.row(
                                        record.line(), cells, record.fields().size());
                    }

                    @Override
                    public boolean malformed(int line, int number, CsvReader.Malformed why) {
                        return reading.malformed(line, MALFORMED.get(why));
                    }
                });
        }
        return reading.finish();
    }

    private static AccountImportReport fileError(String fileName, String key, Object... arguments) {
        return AccountImportReport.ofFileError(fileName, UploadMessage.fileError(key, arguments));
    }

    /** One file being read: the header, then the data rows. */
    private final class Reading implements TableRows {

        private final String fileName;
        private final List<UploadMessage<AccountImportColumn>> fileMessages = new ArrayList<>();
        private final List<ReadRow> rows = new ArrayList<>();
        private final RowLimit limit = sniffer.rowLimit();
        private Map<AccountImportColumn, Integer> columns;
        private int headerWidth;
        private boolean headerFailed;
        private boolean tooManyRows;

        Reading(String fileName) {
            this.fileName = fileName;
        }

        @Override
        public boolean row(int rowNumber, Map<Integer, Cell> cells, int width) {
            if (columns == null) {
                if (cells.values().stream()
                        .anyMatch(c -> AccountImportColumn.ofHeader(c.text()).orElse(null)
                                == AccountImportColumn.PERSONAL_ID)) {
                    readHeader(rowNumber, cells, width);
                    return !headerFailed;
                }
                return rowNumber < HEADER_SEARCH_ROWS;
            }
            ReadRow row;
            if (width > headerWidth) {
                row = new ReadRow(rowNumber);
                row.error(
                        null,
                        "account.import.error.malformed.width",
                        String.valueOf(width),
                        String.valueOf(headerWidth));
            } else {
                Map<AccountImportColumn, Cell> values = new EnumMap<>(AccountImportColumn.class);
                columns.forEach((column, index) -> {
                    Cell cell = cells.get(index);
                    if (cell != null && !cell.isBlank()) {
                        values.put(column, cell);
                    }
                });
                if (values.isEmpty()) {
                    return true;
                }
                row = reader.read(rowNumber, values);
            }
            if (!dataRowFits()) {
                return false;
            }
            rows.add(row);
            return true;
        }

        @Override
        public boolean malformed(int rowNumber, String messageKey) {
            if (columns == null) {
                fileMessages.add(
                        UploadMessage.fileError("account.import.error.header.malformed", String.valueOf(rowNumber)));
                headerFailed = true;
                return false;
            }
            if (!dataRowFits()) {
                return false;
            }
            ReadRow row = new ReadRow(rowNumber);
            row.error(null, messageKey);
            rows.add(row);
            return true;
        }

        private boolean dataRowFits() {
            if (!limit.admit()) {
                tooManyRows = true;
                return false;
            }
            return true;
        }

        private void readHeader(int rowNumber, Map<Integer, Cell> cells, int width) {
            columns = new EnumMap<>(AccountImportColumn.class);
            headerWidth = width < 0 ? Integer.MAX_VALUE : width;
            for (Map.Entry<Integer, Cell> cell : cells.entrySet()) {
                AccountImportColumn column =
                        AccountImportColumn.ofHeader(cell.getValue().text()).orElse(null);
                String letter = AccountImportColumn.letter(cell.getKey());
                if (column == null) {
                    fileMessages.add(UploadMessage.fileWarning(
                            "account.import.warning.header.unknown",
                            letter + rowNumber,
                            cell.getValue().text()));
                } else if (columns.containsKey(column)) {
                    fileMessages.add(UploadMessage.error(
                            0, column, null, "account.import.error.header.repeated", column.header()));
                    headerFailed = true;
                } else {
                    columns.put(column, cell.getKey());
                }
            }
            for (AccountImportColumn column : AccountImportColumn.values()) {
                if (!columns.containsKey(column)) {
                    if (column.required()) {
                        fileMessages.add(UploadMessage.error(
                                0,
                                column,
                                null,
                                "account.import.error.header.missing",
                                column.header(),
                                String.valueOf(rowNumber)));
                        headerFailed = true;
                    } else {
                        fileMessages.add(UploadMessage.warning(0, column, null, "account.import.warning.noNames"));
                    }
                }
            }
        }

        AccountImportReport finish() {
            if (columns == null) {
                fileMessages.add(UploadMessage.fileError(
                        "account.import.error.header.notFound", String.valueOf(HEADER_SEARCH_ROWS)));
            } else if (tooManyRows) {
                fileMessages.add(
                        UploadMessage.fileError("account.import.error.tooManyRows", String.valueOf(limit.max())));
            } else if (rows.isEmpty() && !headerFailed) {
                fileMessages.add(UploadMessage.fileError("account.import.error.noRows"));
            }
            if (fileMessages.stream().anyMatch(UploadMessage::isError)) {
                return new AccountImportReport(fileName, fileMessages, List.of());
            }
            return new AccountImportReport(fileName, fileMessages, checker.check(rows));
        }
    }
}
