package vn.ansinh.payment.channel.application;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.ansinh.shared.text.VietnameseFormat;

/**
 * Writes a {@link StopNotice} as an Excel workbook, as {@link CashListWorkbook} writes a cash list: the
 * heading, the columns of the PDF (amounts as numbers, personal ID and account as text), the total.
 */
public final class StopNoticeWorkbook {

    public static final String SHEET = "Dừng chi trả";
    static final int HEADER_ROW = 4;
    private static final int[] WIDTHS = {6, 28, 18, 12, 14, 30, 26};

    private StopNoticeWorkbook() {}

    public static byte[] write(StopNotice notice) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            WorkbookStyles styles = new WorkbookStyles(workbook);
            Sheet sheet = workbook.createSheet(SHEET);
            int last = StopNotice.HEADERS.length - 1;
            title(sheet, 0, StopNotice.TITLE, styles, last, true);
            title(
                    sheet,
                    1,
                    "Đơn vị: " + notice.unitName() + " - " + PaymentTexts.monthTitle(notice.month()),
                    styles,
                    last,
                    false);
            title(sheet, 2, "Kính gửi: " + notice.addressee(), styles, last, false);
            title(sheet, 3, StopNotice.REQUEST, styles, last, false);
            Row header = sheet.createRow(HEADER_ROW);
            for (int c = 0; c < StopNotice.HEADERS.length; c++) {
                WorkbookStyles.set(header.createCell(c), StopNotice.HEADERS[c], styles.header);
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            int r = HEADER_ROW + 1;
            for (StopNotice.Line line : notice.lines()) {
                Row row = sheet.createRow(r);
                WorkbookStyles.set(row.createCell(0), r - HEADER_ROW, styles.integer);
                WorkbookStyles.set(row.createCell(1), line.fullName(), styles.text);
                WorkbookStyles.set(row.createCell(2), line.personalId() == null ? "" : line.personalId(), styles.text);
                WorkbookStyles.set(row.createCell(3), VietnameseFormat.month(line.forMonth()), styles.text);
                WorkbookStyles.set(row.createCell(4), line.amount(), styles.money);
                WorkbookStyles.set(row.createCell(5), line.reference() == null ? "" : line.reference(), styles.text);
                WorkbookStyles.set(row.createCell(6), line.reason(), styles.text);
                r++;
            }
            Row total = sheet.createRow(r);
            WorkbookStyles.set(total.createCell(0), "Tổng cộng", styles.header);
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 3));
            WorkbookStyles.set(total.createCell(4), notice.total(), styles.totalMoney);
            PrintSetup setup = sheet.getPrintSetup();
            setup.setLandscape(true);
            setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
            sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the stop-payment notice workbook", e);
        }
    }

    private static void title(Sheet sheet, int r, String text, WorkbookStyles styles, int lastColumn, boolean big) {
        Row row = sheet.createRow(r);
        WorkbookStyles.set(row.createCell(0), text, big ? styles.title : styles.centred);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, lastColumn));
    }
}
