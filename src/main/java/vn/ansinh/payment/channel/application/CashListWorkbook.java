package vn.ansinh.payment.channel.application;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.ansinh.shared.text.FormulaText;
import vn.ansinh.shared.text.VietnameseFormat;

/**
 * Writes a {@link CashList} as an Excel workbook (.xlsx): the heading rows, the columns of the PDF
 * with numbers as numbers (row number, birth year, amount) and identifiers as text (the personal ID
 * keeps its leading zero), a total row (a SUM formula, its value computed in the file), the
 * signature blocks; landscape A4, the header row repeated on every printed page.
 */
public final class CashListWorkbook {

    public static final String SHEET = "Danh sách chi trả";
    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The header row (0-based); data rows follow it. */
    static final int HEADER_ROW = 4;

    private CashListWorkbook() {}

    public static byte[] write(CashList list) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            WorkbookStyles styles = new WorkbookStyles(workbook);
            Sheet sheet = workbook.createSheet(SHEET);
            int last = CashListColumn.values().length - 1;
            title(sheet, 0, CashListLayout.TITLE, styles.title, last);
            String unit = "Đơn vị: " + list.unitName()
                    + (list.communeName() == null ? "" : " - Xã, phường: " + list.communeName());
            title(sheet, 1, unit, styles.centred, last);
            title(
                    sheet,
                    2,
                    PaymentTexts.monthTitle(list.month())
                            + (list.approved() ? "" : " (dự thảo: bảng chi trả chưa được phê duyệt)"),
                    styles.centred,
                    last);
            Row header = sheet.createRow(HEADER_ROW);
            for (CashListColumn column : CashListColumn.values()) {
                WorkbookStyles.set(header.createCell(column.ordinal()), column.header(), styles.header);
                sheet.setColumnWidth(column.ordinal(), column.excelWidth() * 256);
            }
            int r = HEADER_ROW + 1;
            for (PaymentLine line : list.lines()) {
                Row row = sheet.createRow(r);
                WorkbookStyles.set(row.createCell(CashListColumn.ROW_NUMBER.ordinal()), r - HEADER_ROW, styles.integer);
                WorkbookStyles.set(
                        row.createCell(CashListColumn.NAME.ordinal()),
                        FormulaText.neutralised(line.fullName()),
                        styles.text);
                WorkbookStyles.set(
                        row.createCell(CashListColumn.BIRTH_YEAR.ordinal()), line.birthYear(), styles.integer);
                WorkbookStyles.set(
                        row.createCell(CashListColumn.PERSONAL_ID.ordinal()),
                        line.personalId() == null ? "" : line.personalId(),
                        styles.text);
                WorkbookStyles.set(
                        row.createCell(CashListColumn.ADDRESS.ordinal()),
                        FormulaText.neutralised(list.address(line)),
                        styles.text);
                WorkbookStyles.set(
                        row.createCell(CashListColumn.CATEGORY.ordinal()),
                        PaymentTexts.category(line.category()),
                        styles.text);
                WorkbookStyles.set(
                        row.createCell(CashListColumn.FOR_MONTH.ordinal()),
                        VietnameseFormat.month(line.forMonth()),
                        styles.text);
                WorkbookStyles.set(
                        row.createCell(CashListColumn.KIND.ordinal()), PaymentTexts.kind(line.kind()), styles.text);
                WorkbookStyles.set(row.createCell(CashListColumn.AMOUNT.ordinal()), line.amount(), styles.money);
                WorkbookStyles.set(row.createCell(CashListColumn.SIGNATURE.ordinal()), "", styles.text);
                row.setHeightInPoints(28);
                r++;
            }
            totalRow(workbook, sheet, r, list, styles);
            signatures(sheet, r + 2, styles);
            print(workbook, sheet);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the cash list workbook", e);
        }
    }

    private static void totalRow(XSSFWorkbook workbook, Sheet sheet, int r, CashList list, WorkbookStyles styles) {
        Row row = sheet.createRow(r);
        WorkbookStyles.set(row.createCell(0), "Tổng cộng", styles.header);
        for (int c = 1; c < CashListColumn.AMOUNT.ordinal(); c++) {
            row.createCell(c).setCellStyle(styles.header);
        }
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, CashListColumn.AMOUNT.ordinal() - 1));
        Cell total = row.createCell(CashListColumn.AMOUNT.ordinal());
        total.setCellStyle(styles.totalMoney);
        if (list.lines().isEmpty()) {
            total.setCellValue(0);
        } else {
            String column = CellReference.convertNumToColString(CashListColumn.AMOUNT.ordinal());
            total.setCellFormula("SUM(" + column + (HEADER_ROW + 2) + ":" + column + r + ")");
            // the value stored with the formula, for viewers that do not recalculate
            workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(total);
        }
        row.createCell(CashListColumn.SIGNATURE.ordinal()).setCellStyle(styles.header);
    }

    private static void signatures(Sheet sheet, int r, WorkbookStyles styles) {
        int[] columns = {
            CashListColumn.NAME.ordinal(), CashListColumn.CATEGORY.ordinal(), CashListColumn.AMOUNT.ordinal()
        };
        Row date = sheet.createRow(r);
        WorkbookStyles.set(
                date.createCell(columns[2]), "........., ngày ..... tháng ..... năm .........", styles.italic);
        Row titles = sheet.createRow(r + 1);
        Row notes = sheet.createRow(r + 2);
        for (int i = 0; i < columns.length; i++) {
            WorkbookStyles.set(titles.createCell(columns[i]), CashListLayout.SIGNERS[i], styles.bold);
            WorkbookStyles.set(notes.createCell(columns[i]), CashListLayout.SIGNER_NOTES[i], styles.italic);
        }
    }

    private static void title(Sheet sheet, int r, String text, CellStyle style, int lastColumn) {
        Row row = sheet.createRow(r);
        WorkbookStyles.set(row.createCell(0), text, style);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, lastColumn));
    }

    private static void print(XSSFWorkbook workbook, Sheet sheet) {
        PrintSetup setup = sheet.getPrintSetup();
        setup.setLandscape(true);
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) 0);
        sheet.setAutobreaks(true);
        sheet.setFitToPage(true);
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
        sheet.createFreezePane(0, HEADER_ROW + 1);
        workbook.setActiveSheet(0);
    }
}
