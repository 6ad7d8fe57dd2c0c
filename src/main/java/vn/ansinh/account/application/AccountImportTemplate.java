package vn.ansinh.account.application;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.ansinh.account.domain.AccountNumber;
import vn.ansinh.account.domain.AccountStep;
import vn.ansinh.shared.upload.XlsxSheetReader;

/**
 * The empty workbook to fill in for an account import: sheet "Danh sách" with the header row of
 * {@link AccountImportColumn} (identifier, number and date columns formatted as text, so that Excel
 * keeps leading zeros and typed dates; drop-down lists for the event and the bank) and sheet
 * "Hướng dẫn" explaining each column, the events and the bank codes.
 */
public final class AccountImportTemplate {

    public static final String DATA_SHEET = XlsxSheetReader.PREFERRED_SHEET;
    public static final String HELP_SHEET = "Hướng dẫn";
    public static final String FILE_NAME = "mau-nhap-tai-khoan-asxh.xlsx";
    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final List<AccountImportColumn> TEXT_COLUMNS =
            List.of(AccountImportColumn.PERSONAL_ID, AccountImportColumn.ACCOUNT_NUMBER, AccountImportColumn.DATE);

    private AccountImportTemplate() {}

    /** Writes the template listing {@code banks} (code → name); the stream is left open. */
    public static void write(Map<String, String> banks, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.LIGHT_ORANGE.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            writeData(workbook.createSheet(DATA_SHEET), header, text, banks);
            writeHelp(workbook.createSheet(HELP_SHEET), header, banks);
            workbook.setActiveSheet(0);
            workbook.write(out);
        }
    }

    private static void writeData(Sheet sheet, CellStyle header, CellStyle text, Map<String, String> banks) {
        Row row = sheet.createRow(0);
        for (AccountImportColumn column : AccountImportColumn.values()) {
            Cell cell = row.createCell(column.ordinal());
            cell.setCellValue(column.header());
            cell.setCellStyle(header);
            sheet.setColumnWidth(column.ordinal(), column.width() * 256);
            if (TEXT_COLUMNS.contains(column)) {
                sheet.setDefaultColumnStyle(column.ordinal(), text);
            }
        }
        sheet.createFreezePane(0, 1);
        DataValidationHelper helper = sheet.getDataValidationHelper();
        dropDown(
                sheet,
                helper,
                AccountImportColumn.EVENT,
                Arrays.stream(AccountStep.values())
                        .filter(AccountStep::isImportable)
                        .map(AccountStep::importCode)
                        .toArray(String[]::new));
        if (!banks.isEmpty()) {
            dropDown(sheet, helper, AccountImportColumn.BANK, banks.keySet().toArray(String[]::new));
        }
    }

    private static void dropDown(
            Sheet sheet, DataValidationHelper helper, AccountImportColumn column, String... values) {
        DataValidation validation = helper.createValidation(
                helper.createExplicitListConstraint(values),
                new CellRangeAddressList(1, AccountImportParser.MAX_DATA_ROWS, column.ordinal(), column.ordinal()));
        validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
        validation.setShowErrorBox(true);
        validation.setEmptyCellAllowed(true);
        sheet.addValidationData(validation);
    }

    private static void writeHelp(Sheet sheet, CellStyle header, Map<String, String> banks) {
        sheet.setColumnWidth(0, 24 * 256);
        sheet.setColumnWidth(1, 100 * 256);
        int r = 0;
        line(sheet, r++, "HƯỚNG DẪN GHI TỆP NHẬP TÀI KHOẢN HƯỞNG AN SINH XÃ HỘI", null);
        line(
                sheet,
                r++,
                "Mỗi dòng là một sự kiện của một người. Có thể ghi nhiều dòng cho cùng một người theo thứ tự "
                        + "ngày (ví dụ mở tài khoản rồi đăng ký nhận). Tệp Excel (.xlsx) theo mẫu này hoặc tệp CSV (UTF-8) có "
                        + "cùng dòng tiêu đề; tối đa " + AccountImportParser.MAX_DATA_ROWS + " dòng.",
                null);
        r++;
        String[][] columns = {
            {
                AccountImportColumn.PERSONAL_ID.header(),
                "Bắt buộc. 12 chữ số, như trên thẻ căn cước (người phải có trong danh sách nhân khẩu của xã)."
            },
            {
                AccountImportColumn.FULL_NAME.header(),
                "Để đối chiếu với tên trong hệ thống (không phân biệt dấu, hoa thường); khác tên thì được cảnh báo."
            },
            {AccountImportColumn.BANK.header(), "Bắt buộc khi mở tài khoản: mã ngân hàng ở bảng dưới."},
            {
                AccountImportColumn.ACCOUNT_NUMBER.header(),
                "Bắt buộc khi mở tài khoản: chỉ gồm chữ số, từ " + AccountNumber.MIN_DIGITS + " đến "
                        + AccountNumber.MAX_DIGITS + " chữ số. Ô để dạng văn bản để giữ số 0 ở đầu."
            },
            {
                AccountImportColumn.EVENT.header(),
                "Bắt buộc: MO_TAI_KHOAN (mở tài khoản), DANG_KY_NHAN (đăng ký nhận chi trả), "
                        + "XAC_THUC (đã xác thực), DONG (đóng tài khoản), LOI (chi trả lỗi)."
            },
            {AccountImportColumn.DATE.header(), "Bắt buộc: ngày xảy ra, dạng dd/mm/yyyy, không sau ngày hôm nay."}
        };
        for (String[] column : columns) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(column[0]);
            row.getCell(0).setCellStyle(header);
            row.createCell(1).setCellValue(column[1]);
        }
        r++;
        line(sheet, r++, "Mã ngân hàng", header);
        for (Map.Entry<String, String> bank : banks.entrySet()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(bank.getKey());
            row.createCell(1).setCellValue(bank.getValue());
        }
    }

    private static void line(Sheet sheet, int rowIndex, String text, CellStyle style) {
        Cell cell = sheet.createRow(rowIndex).createCell(0);
        cell.setCellValue(text);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }
}
