package vn.ansinh.report.application;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.ansinh.shared.text.FormulaText;

/**
 * A {@link ReportTable} as an Excel workbook in the state report's order: the issuing unit, the title and period, the
 * table, the date line and the signatures. Figures are numbers (money with thousands separators, percents with one
 * decimal); an absent figure is the text "—"; the total line's figures are formulas ({@code SUM} over the detail
 * lines, a percent as a quotient of the total's cells) saved with their computed values, so a reader that does not
 * compute formulas still sees the totals.
 */
public final class ReportWorkbook {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ReportWorkbook() {}

    public static byte[] write(ReportTable table) {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Báo cáo");
            Styles styles = new Styles(book);
            int columns = table.columns().size();
            int r = 0;
            text(sheet.createRow(r++), 0, ReportLayout.issuer(table), styles.bold);
            text(sheet.createRow(r++), 0, ReportLayout.number(table), styles.plain);
            r++;
            text(sheet.createRow(r++), 0, table.title(), styles.title);
            text(sheet.createRow(r++), 0, table.periodTitle() + " - " + table.unitName(), styles.bold);
            r++;
            Row header = sheet.createRow(r++);
            for (int c = 0; c < columns; c++) {
                text(header, c, table.columns().get(c).header(), styles.header);
                sheet.setColumnWidth(c, (c == 0 ? 40 : 16) * 256);
            }
            int firstLine = r;
            for (ReportTable.Line line : table.lines()) {
                writeLine(table, sheet.createRow(r), r, line, styles, line.bold());
                r++;
            }
            int lastLine = r - 1;
            Row total = sheet.createRow(r);
            for (int c = 0; c < columns; c++) {
                ReportTable.Column column = table.columns().get(c);
                if (column.kind() == ReportTable.Kind.TEXT) {
                    text(total, c, c == 0 ? String.valueOf(table.total().cell(0)) : "", styles.boldBox);
                } else if (column.isNumber()) {
                    Cell cell = total.createCell(c);
                    if (ReportTable.number(table.total(), c) == null) {
                        cell.setCellValue(ReportTable.ABSENT);
                        cell.setCellStyle(styles.boldBox);
                    } else {
                        cell.setCellFormula(sumOfSummed(table, c, firstLine, lastLine));
                        cell.setCellStyle(
                                column.kind() == ReportTable.Kind.MONEY ? styles.boldMoney : styles.boldCount);
                    }
                } else {
                    percentCell(table, total, r, c, table.total(), styles.boldPercent, styles.boldBox);
                }
            }
            r += 2;
            text(sheet.createRow(r++), Math.max(0, columns - 3), ReportLayout.DATE_LINE, styles.italic);
            Row signers = sheet.createRow(r);
            text(signers, 0, ReportLayout.PREPARER, styles.bold);
            text(signers, Math.max(1, columns - 3), ReportLayout.head(table), styles.bold);
            if (table.note() != null) {
                text(sheet.createRow(r + 6), 0, table.note(), styles.italic);
            }
            FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            evaluator.evaluateAll();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeLine(
            ReportTable table, Row row, int rowIndex, ReportTable.Line line, Styles styles, boolean bold) {
        for (int c = 0; c < table.columns().size(); c++) {
            ReportTable.Column column = table.columns().get(c);
            if (column.kind() == ReportTable.Kind.TEXT) {
                Object value = line.cell(c);
                text(row, c, value == null ? "" : value.toString(), bold ? styles.boldBox : styles.box);
            } else if (column.isNumber()) {
                Long value = ReportTable.number(line, c);
                Cell cell = row.createCell(c);
                if (value == null) {
                    cell.setCellValue(ReportTable.ABSENT);
                    cell.setCellStyle(styles.box);
                } else {
                    cell.setCellValue(value);
                    cell.setCellStyle(
                            column.kind() == ReportTable.Kind.MONEY
                                    ? (bold ? styles.boldMoney : styles.money)
                                    : (bold ? styles.boldCount : styles.count));
                }
            } else {
                percentCell(table, row, rowIndex, c, line, bold ? styles.boldPercent : styles.percent, styles.box);
            }
        }
    }

    /** A percent as the quotient of its line's two cells, or "—" when one is absent or the denominator is 0. */
    private static void percentCell(
            ReportTable table, Row row, int rowIndex, int c, ReportTable.Line line, CellStyle style, CellStyle absent) {
        ReportTable.Column column = table.columns().get(c);
        BigDecimal value = table.percent(line, c);
        Cell cell = row.createCell(c);
        if (value == null) {
            cell.setCellValue(ReportTable.ABSENT);
            cell.setCellStyle(absent);
            return;
        }
        String numerator = new CellReference(rowIndex, column.numerator()).formatAsString();
        String denominator = new CellReference(rowIndex, column.denominator()).formatAsString();
        cell.setCellFormula("ROUND(" + numerator + "/" + denominator + "*100,1)");
        cell.setCellStyle(style);
    }

    /** {@code SUM} of the summed lines' cells in the column (subtotal lines are left out). */
    private static String sumOfSummed(ReportTable table, int column, int firstLine, int lastLine) {
        StringBuilder sum = new StringBuilder("SUM(");
        int start = -1;
        boolean first = true;
        for (int i = 0; i <= table.lines().size(); i++) {
            boolean summed = i < table.lines().size() && table.lines().get(i).summed();
            if (summed && start < 0) {
                start = i;
            } else if (!summed && start >= 0) {
                String from = new CellReference(firstLine + start, column).formatAsString();
                String to = new CellReference(firstLine + i - 1, column).formatAsString();
                sum.append(first ? "" : ",").append(from).append(':').append(to);
                first = false;
                start = -1;
            }
        }
        if (first) {
            sum.append('0');
        }
        return sum.append(')').toString();
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(FormulaText.neutralised(value));
        cell.setCellStyle(style);
    }

    private static final class Styles {
        final CellStyle plain;
        final CellStyle bold;
        final CellStyle italic;
        final CellStyle title;
        final CellStyle header;
        final CellStyle box;
        final CellStyle boldBox;
        final CellStyle money;
        final CellStyle boldMoney;
        final CellStyle count;
        final CellStyle boldCount;
        final CellStyle percent;
        final CellStyle boldPercent;

        Styles(XSSFWorkbook book) {
            Font boldFont = book.createFont();
            boldFont.setBold(true);
            Font italicFont = book.createFont();
            italicFont.setItalic(true);
            Font titleFont = book.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 14);
            plain = book.createCellStyle();
            bold = book.createCellStyle();
            bold.setFont(boldFont);
            italic = book.createCellStyle();
            italic.setFont(italicFont);
            title = book.createCellStyle();
            title.setFont(titleFont);
            header = boxed(book, boldFont);
            header.setWrapText(true);
            header.setAlignment(HorizontalAlignment.CENTER);
            box = boxed(book, null);
            boldBox = boxed(book, boldFont);
            short thousands = book.createDataFormat().getFormat("#,##0");
            short oneDecimal = book.createDataFormat().getFormat("0.0");
            money = boxed(book, null);
            money.setDataFormat(thousands);
            boldMoney = boxed(book, boldFont);
            boldMoney.setDataFormat(thousands);
            count = boxed(book, null);
            count.setDataFormat(thousands);
            boldCount = boxed(book, boldFont);
            boldCount.setDataFormat(thousands);
            percent = boxed(book, null);
            percent.setDataFormat(oneDecimal);
            boldPercent = boxed(book, boldFont);
            boldPercent.setDataFormat(oneDecimal);
        }

        private static CellStyle boxed(XSSFWorkbook book, Font font) {
            CellStyle style = book.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            if (font != null) {
                style.setFont(font);
            }
            return style;
        }
    }
}
