package vn.ansinh.payment.channel.application;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The bank transfer file as Excel (.xlsx): one sheet with the CSV's header row and columns; row
 * number, line id and amount as numbers, account number and personal ID as text (leading zeros kept).
 */
public final class BankFileWorkbook {

    public static final String SHEET = "Chuyen khoan";

    private static final int[] WIDTHS = {6, 12, 20, 28, 16, 14, 34};

    private BankFileWorkbook() {}

    public static byte[] write(BankFile file) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            WorkbookStyles styles = new WorkbookStyles(workbook);
            Sheet sheet = workbook.createSheet(SHEET);
            Row header = sheet.createRow(0);
            for (int c = 0; c < BankColumn.EXPORTED.size(); c++) {
                WorkbookStyles.set(
                        header.createCell(c), BankColumn.EXPORTED.get(c).header(), styles.header);
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            int r = 1;
            for (PaymentLine line : file.lines()) {
                List<String> fields = BankFileCsv.fields(r, line);
                Row row = sheet.createRow(r);
                for (int c = 0; c < fields.size(); c++) {
                    Cell cell = row.createCell(c);
                    BankColumn column = BankColumn.EXPORTED.get(c);
                    if (column == BankColumn.ROW_NUMBER || column == BankColumn.LINE_ID) {
                        WorkbookStyles.set(cell, Long.parseLong(fields.get(c)), styles.integer);
                    } else if (column == BankColumn.AMOUNT) {
                        WorkbookStyles.set(cell, line.amount(), styles.money);
                    } else {
                        WorkbookStyles.set(cell, fields.get(c), styles.text);
                    }
                }
                r++;
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the bank transfer workbook", e);
        }
    }
}
