package vn.ansinh.shared.upload;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads the rows of one sheet of an .xlsx workbook as a stream of SAX events (POI's event API), so
 * that a file of 20,000 rows does not become a workbook object of hundreds of megabytes. Each cell
 * keeps what kind of value Excel stored: text, a number (a personal ID typed into a number cell has
 * lost its leading zeros) or a date (a cell Excel recognised as a date, whatever its display format).
 * Used by the person import and the social-security account import; {@link CsvReader} is its
 * counterpart for CSV files.
 */
public final class XlsxSheetReader {

    /** The sheet read when the workbook has it; otherwise the first sheet. */
    public static final String PREFERRED_SHEET = "Danh sách";

    /** Receives the rows that have at least one value, in order; returns false to stop reading. */
    public interface RowHandler {

        /** Called once with the name of the sheet about to be read. */
        default void sheet(String name) {}

        /** {@code rowNumber} as Excel numbers it (from 1); cells by 0-based column index, in column order. */
        boolean row(int rowNumber, Map<Integer, Cell> cells);
    }

    /** The workbook could not be opened or read: corrupt, another kind of ZIP file, or refused as a ZIP bomb. */
    public static final class UnreadableException extends Exception {

        private static final long serialVersionUID = 1L;

        UnreadableException(Throwable cause) {
            super(cause);
        }
    }

    private static final char TAG = '\u0000';
    private static final char NUMBER_TAG = 'N';
    private static final char DATE_TAG = 'D';

    private XlsxSheetReader() {}

    /** Reads the preferred sheet (or the first) of the workbook, row by row, into the handler. */
    public static void read(byte[] workbook, RowHandler handler) throws UnreadableException {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(workbook))) {
            XSSFReader reader = new XSSFReader(pkg, true);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            int chosen = -1;
            String sheetName = null;
            XSSFReader.SheetIterator names = (XSSFReader.SheetIterator) reader.getSheetsData();
            for (int i = 0; names.hasNext(); i++) {
                names.next().close();
                String name = names.getSheetName();
                if (chosen < 0 || PREFERRED_SHEET.equalsIgnoreCase(name == null ? "" : name.strip())) {
                    chosen = i;
                    sheetName = name;
                }
            }
            if (chosen < 0) {
                return;
            }
            handler.sheet(sheetName);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            for (int i = 0; i < chosen; i++) {
                sheets.next().close();
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(
                        styles, null, strings, new Rows(handler), new TaggingFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (Exception | StackOverflowError | LinkageError e) {
            RuntimeException failure = handlerFailure(e);
            if (failure != null) {
                throw failure;
            }
            if (!stoppedByHandler(e)) {
                throw new UnreadableException(e);
            }
        }
    }

    /** Gathers the cells of a row and hands the row over when it ends. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final RowHandler handler;
        private final Map<Integer, Cell> cells = new TreeMap<>();
        private int nextColumn;

        Rows(RowHandler handler) {
            this.handler = handler;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
            nextColumn = 0;
        }

        @Override
        public void endRow(int rowNum) {
            boolean more;
            try {
                more = cells.isEmpty() || handler.row(rowNum + 1, Collections.unmodifiableMap(new TreeMap<>(cells)));
            } catch (RuntimeException e) {
                throw new HandlerFailure(e);
            }
            if (!more) {
                throw new Stop();
            }
        }

        @Override
        public void cell(String reference, String formatted, XSSFComment comment) {
            int column = reference == null ? nextColumn : new CellReference(reference).getCol();
            nextColumn = column + 1;
            if (formatted == null) {
                return;
            }
            Cell cell = untag(formatted);
            if (!cell.isBlank()) {
                cells.put(column, cell);
            }
        }
    }

    /**
     * Numbers and dates reach the handler through the formatter: instead of formatting them for
     * display, it tags them with their kind and writes them plainly (a date as ISO, a number without
     * exponent or grouping). XML text cannot contain U+0000, so the tag cannot come from the file.
     */
    private static final class TaggingFormatter extends DataFormatter {

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return formatRawCellContents(value, formatIndex, formatString, false);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return "" + TAG + DATE_TAG
                        + DateUtil.getLocalDateTime(value, use1904).toLocalDate();
            }
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                return "";
            }
            return "" + TAG + NUMBER_TAG
                    + BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }

    /** A failure of the handler itself (a bug, a database error) is no fault of the file: it goes on up. */
    private static RuntimeException handlerFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HandlerFailure failure) {
                return (RuntimeException) failure.getCause();
            }
        }
        return null;
    }

    private static boolean stoppedByHandler(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Stop) {
                return true;
            }
        }
        return false;
    }

    private static Cell untag(String formatted) {
        if (formatted.length() >= 2 && formatted.charAt(0) == TAG) {
            String value = formatted.substring(2);
            if (formatted.charAt(1) == DATE_TAG) {
                return new Cell(Cell.Kind.DATE, value, LocalDate.parse(value));
            }
            return new Cell(Cell.Kind.NUMBER, value, null);
        }
        return Cell.text(formatted);
    }

    /** Carries an exception of the handler through the SAX parser. */
    private static final class HandlerFailure extends RuntimeException {

        private static final long serialVersionUID = 1L;

        HandlerFailure(RuntimeException cause) {
            super(cause);
        }
    }

    /** Thrown through the SAX parser to stop reading early. */
    private static final class Stop extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }
}
