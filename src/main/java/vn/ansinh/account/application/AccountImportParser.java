package vn.ansinh.account.application;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import vn.ansinh.registry.application.XlsxSheetReader;
import vn.ansinh.registry.application.XlsxSheetReader.Cell;
import vn.ansinh.shared.kernel.AdminUnitCode;

/**
 * Reads a bank or VNeID export of account openings and registrations, CSV (UTF-8) or Excel (.xlsx),
 * and reports row by row what an import would do, writing nothing. Checks the file (size, kind,
 * encoding, the header row within the first rows, the number of rows), each cell (personal ID, bank,
 * account number, event, date dd/MM/yyyy) and then each row against the registry and the accounts
 * ({@link AccountRowChecker}). One parser per upload.
 */
public final class AccountImportParser {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    public static final int MAX_DATA_ROWS = 20_000;
    static final int HEADER_SEARCH_ROWS = 10;

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    private static final byte[] PDF = {'%', 'P', 'D', 'F'};

    private final AccountRowReader reader;
    private final AccountRowChecker checker;
    private final int maxDataRows;

    /** A parser for the people of {@code commune}, with dates up to {@code today}. */
    public AccountImportParser(AccountLookup lookup, AdminUnitCode commune, LocalDate today) {
        this(lookup, commune, today, MAX_DATA_ROWS);
    }

    AccountImportParser(AccountLookup lookup, AdminUnitCode commune, LocalDate today, int maxDataRows) {
        this.reader = new AccountRowReader(Objects.requireNonNull(today, "today"));
        this.checker = new AccountRowChecker(lookup, commune);
        this.maxDataRows = maxDataRows;
    }

    /**
     * Reads an upload: {@code declaredSize} is what the browser announced (the content is never read
     * past the limit whatever it says). Throws {@link UncheckedIOException} only when the upload itself
     * cannot be read.
     */
    public AccountImportReport parse(String fileName, long declaredSize, InputStream content) {
        String name = fileName == null || fileName.isBlank() ? "?" : fileName.strip();
        String megabytes = String.valueOf(MAX_BYTES / (1024 * 1024));
        if (declaredSize > MAX_BYTES) {
            return fileError(name, "account.import.error.tooBig", name, megabytes);
        }
        byte[] bytes;
        try {
            bytes = content.readNBytes((int) MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded file", e);
        }
        if (bytes.length > MAX_BYTES) {
            return fileError(name, "account.import.error.tooBig", name, megabytes);
        }
        if (bytes.length == 0) {
            return fileError(name, "account.import.error.empty", name);
        }
        Reading reading = new Reading(name);
        if (startsWith(bytes, ZIP)) {
            try {
                XlsxSheetReader.read(bytes, (rowNumber, cells) -> reading.row(rowNumber, cells, -1));
            } catch (XlsxSheetReader.UnreadableException e) {
                return fileError(name, "account.import.error.unreadable", name);
            }
        } else if (startsWith(bytes, OLE2)) {
            return fileError(
                    name, isEncrypted(bytes) ? "account.import.error.encrypted" : "account.import.error.xls", name);
        } else if (startsWith(bytes, PDF)) {
            return fileError(name, "account.import.error.pdf", name);
        } else {
            String text = utf8(bytes);
            if (text == null || text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
                return fileError(name, "account.import.error.encoding", name);
            }
            CsvReader.read(text, reading);
        }
        return reading.finish();
    }

    private static AccountImportReport fileError(String fileName, String key, Object... arguments) {
        return AccountImportReport.ofFileError(fileName, AccountImportMessage.error(null, key, arguments));
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean isEncrypted(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            return fs.getRoot().hasEntry("EncryptedPackage");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        return bytes.length >= magic.length && Arrays.equals(Arrays.copyOf(bytes, magic.length), magic);
    }

    /** One file being read: the header, then the data rows. */
    private final class Reading implements TableRows {

        private final String fileName;
        private final List<AccountImportMessage> fileMessages = new ArrayList<>();
        private final List<ReadRow> rows = new ArrayList<>();
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
            if (!dataRowFits()) {
                return false;
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
            rows.add(row);
            return true;
        }

        @Override
        public boolean malformed(int rowNumber, String messageKey) {
            if (columns == null) {
                fileMessages.add(AccountImportMessage.error(
                        null, "account.import.error.header.malformed", String.valueOf(rowNumber)));
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
            if (rows.size() >= maxDataRows) {
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
                    fileMessages.add(AccountImportMessage.warning(
                            null,
                            "account.import.warning.header.unknown",
                            letter + rowNumber,
                            cell.getValue().text()));
                } else if (columns.containsKey(column)) {
                    fileMessages.add(AccountImportMessage.error(
                            column, "account.import.error.header.repeated", column.header()));
                    headerFailed = true;
                } else {
                    columns.put(column, cell.getKey());
                }
            }
            for (AccountImportColumn column : AccountImportColumn.values()) {
                if (!columns.containsKey(column)) {
                    if (column.required()) {
                        fileMessages.add(AccountImportMessage.error(
                                column,
                                "account.import.error.header.missing",
                                column.header(),
                                String.valueOf(rowNumber)));
                        headerFailed = true;
                    } else {
                        fileMessages.add(AccountImportMessage.warning(column, "account.import.warning.noNames"));
                    }
                }
            }
        }

        AccountImportReport finish() {
            if (columns == null) {
                fileMessages.add(AccountImportMessage.error(
                        null, "account.import.error.header.notFound", String.valueOf(HEADER_SEARCH_ROWS)));
            } else if (tooManyRows) {
                fileMessages.add(AccountImportMessage.error(
                        null, "account.import.error.tooManyRows", String.valueOf(maxDataRows)));
            } else if (rows.isEmpty() && !headerFailed) {
                fileMessages.add(AccountImportMessage.error(null, "account.import.error.noRows"));
            }
            if (fileMessages.stream().anyMatch(AccountImportMessage::isError)) {
                return new AccountImportReport(fileName, fileMessages, List.of());
            }
            return new AccountImportReport(fileName, fileMessages, checker.check(rows));
        }
    }
}
