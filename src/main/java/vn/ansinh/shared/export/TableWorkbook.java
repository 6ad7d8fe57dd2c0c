package vn.ansinh.shared.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.ansinh.shared.text.FormulaText;
import vn.ansinh.shared.text.VietnameseFormat;

/**
 * A list exported to Excel as people read it on screen: a title, the filter it was taken with, one header row
 * and one row per record, written as it streams (a million rows never sit in memory: {@link SXSSFWorkbook}
 * keeps a window of rows). Text that would start a formula is neutralised ({@link FormulaText}); money is a
 * number with thousands separators, a month reads MM/yyyy and a day dd/MM/yyyy, as everywhere in the app.
 *
 * <pre>
 * try (TableWorkbook book = new TableWorkbook("Tra cứu chi trả", List.of("Họ tên", "Số tiền"))) {
 *     book.caption("Tháng 07/2026 – 11/2026");
 *     book.row(TableWorkbook.text("Lò Văn Hùng"), TableWorkbook.money(2_000_000));
 *     book.writeTo(out);
 * }
 * </pre>
 */
public final class TableWorkbook implements AutoCloseable {

    /** One cell's value, typed so that Excel can add up money and sort dates. */
    public sealed interface Value permits Text, Money, Number {}

    /** Text, neutralised if it would start a formula. */
    public record Text(String value) implements Value {}

    /** An amount in đồng, summable in Excel. */
    public record Money(long value) implements Value {}

    /** A count or an id. */
    public record Number(long value) implements Value {}

    private static final int WINDOW = 200;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private Sheet sheet;
    private final CellStyle headerStyle;
    private final CellStyle moneyStyle;
    private final CellStyle titleStyle;
    private int columns;
    private int next;
    private boolean headerWritten;
    private List<String> headers;

    public TableWorkbook(String title, List<String> headers) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        titleStyle = workbook.createCellStyle();
        titleStyle.setFont(big);
        headerStyle = workbook.createCellStyle();
        headerStyle.setFont(bold);
        headerStyle.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        headerStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        headerStyle.setWrapText(true);
        moneyStyle = workbook.createCellStyle();
        moneyStyle.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
        start(title, headers);
    }

    /**
     * A further sheet of the same workbook, with its own title and header (the sheets before it keep their rows); the
     * next captions and rows go to it.
     */
    public TableWorkbook sheet(String title, List<String> headers) {
        header();
        start(title, headers);
        return this;
    }

    private void start(String title, List<String> headers) {
        this.headers = List.copyOf(headers);
        this.columns = headers.size();
        this.sheet = workbook.createSheet(sheetName(title));
        this.next = 0;
        this.headerWritten = false;
        this.headerRow = -1;
        Cell cell = sheet.createRow(next++).createCell(0);
        cell.setCellValue(FormulaText.neutralised(title));
        cell.setCellStyle(titleStyle);
        for (int c = 0; c < columns; c++) {
            sheet.setColumnWidth(c, 18 * 256);
        }
    }

    /** A line under the title (the filter used, who exported it and when); before the first row only. */
    public TableWorkbook caption(String text) {
        if (headerWritten) {
            throw new IllegalStateException("a caption goes above the header");
        }
        sheet.createRow(next++).createCell(0).setCellValue(FormulaText.neutralised(text));
        return this;
    }

    /** One record; as many values as headers ({@code null} leaves a cell empty). */
    public TableWorkbook row(Value... values) {
        if (values.length != columns) {
            throw new IllegalArgumentException(values.length + " values for " + columns + " columns");
        }
        header();
        Row row = sheet.createRow(next++);
        for (int c = 0; c < values.length; c++) {
            Value value = values[c];
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(c);
            if (value instanceof Text t) {
                cell.setCellValue(t.value() == null ? "" : FormulaText.neutralised(t.value()));
            } else if (value instanceof Money m) {
                cell.setCellValue(m.value());
                cell.setCellStyle(moneyStyle);
            } else if (value instanceof Number n) {
                cell.setCellValue(n.value());
            }
        }
        return this;
    }

    /** How many records have been written. */
    public int rowCount() {
        return headerWritten ? next - firstDataRow() : 0;
    }

    public void writeTo(OutputStream out) {
        header();
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        workbook.dispose();
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Value text(String value) {
        return new Text(value);
    }

    public static Value money(Long value) {
        return value == null ? null : new Money(value);
    }

    public static Value number(Long value) {
        return value == null ? null : new Number(value);
    }

    public static Value month(YearMonth month) {
        return month == null ? null : new Text(VietnameseFormat.month(month));
    }

    public static Value day(LocalDate day) {
        return day == null ? null : new Text(VietnameseFormat.date(day));
    }

    private int headerRow = -1;

    private int firstDataRow() {
        return headerRow + 1;
    }

    private void header() {
        if (headerWritten) {
            return;
        }
        headerRow = next;
        Row row = sheet.createRow(next++);
        for (int c = 0; c < columns; c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(headers.get(c));
            cell.setCellStyle(headerStyle);
        }
        headerWritten = true;
    }

    private static String sheetName(String title) {
        String cleaned = title.replaceAll("[\\\\/?*\\[\\]:]", " ").strip();
        return cleaned.isEmpty() ? "Sheet1" : cleaned.substring(0, Math.min(31, cleaned.length()));
    }
}
