package vn.ansinh.registry.application;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.ansinh.registry.domain.Ethnicity;
import vn.ansinh.registry.domain.Relationship;
import vn.ansinh.shared.upload.XlsxSheetReader;

/**
 * The empty workbook officers download to fill in a person and household list for import: a sheet
 * "Danh sách" with the header row of {@link ImportColumn} (identifier and date columns formatted as
 * text so that Excel keeps leading zeros and typed dates, drop-down lists for sex, relationship and
 * the deprivation marks) and a sheet "Hướng dẫn" explaining each column, with the list of the 54
 * ethnic groups and their codes.
 */
public final class ImportTemplate {

    /** The sheet the rows go in; {@link PersonImportParser} reads it (or the first sheet). */
    public static final String DATA_SHEET = XlsxSheetReader.PREFERRED_SHEET;

    public static final String HELP_SHEET = "Hướng dẫn";

    /** The name offered for the download. */
    public static final String FILE_NAME = "mau-nhap-nhan-khau-ho-gia-dinh.xlsx";

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final int VALIDATED_ROWS = PersonImportParser.DEFAULT_MAX_DATA_ROWS;

    private ImportTemplate() {}

    /** The expected columns, in the template's order. */
    public static List<ImportColumn> columns() {
        return List.of(ImportColumn.values());
    }

    /** Writes the template; the stream is left open. */
    public static void write(OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            writeDataSheet(workbook.createSheet(DATA_SHEET), styles);
            writeHelpSheet(workbook.createSheet(HELP_SHEET), styles);
            workbook.setActiveSheet(0);
            workbook.write(out);
        }
    }

    private static void writeDataSheet(Sheet sheet, Styles styles) {
        Row header = sheet.createRow(0);
        header.setHeightInPoints(48);
        for (ImportColumn column : ImportColumn.values()) {
            int index = column.ordinal();
            org.apache.poi.ss.usermodel.Cell cell = header.createCell(index);
            cell.setCellValue(column.header());
            cell.setCellStyle(
                    column.required()
                            ? styles.requiredHeader
                            : column.isReview() ? styles.reviewHeader : styles.header);
            sheet.setColumnWidth(index, column.width() * 256);
            if (column.text()) {
                sheet.setDefaultColumnStyle(index, styles.text);
            }
        }
        sheet.createFreezePane(2, 1);
        DataValidationHelper validations = sheet.getDataValidationHelper();
        dropDown(sheet, validations, ImportColumn.SEX, "Nam", "Nữ");
        dropDown(
                sheet,
                validations,
                ImportColumn.RELATIONSHIP,
                Arrays.stream(Relationship.values())
                        .map(Relationship::vietnameseName)
                        .toArray(String[]::new));
        for (ImportColumn column : ImportColumn.values()) {
            if (column.indicator().isPresent()) {
                dropDown(sheet, validations, column, "x");
            }
        }
    }

    /** A drop-down list that warns about, but accepts, other values (the parser accepts variants). */
    private static void dropDown(Sheet sheet, DataValidationHelper helper, ImportColumn column, String... values) {
        DataValidationConstraint constraint = helper.createExplicitListConstraint(values);
        DataValidation validation = helper.createValidation(
                constraint, new CellRangeAddressList(1, VALIDATED_ROWS, column.ordinal(), column.ordinal()));
        validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
        validation.setShowErrorBox(true);
        validation.setEmptyCellAllowed(true);
        sheet.addValidationData(validation);
    }

    private static void writeHelpSheet(Sheet sheet, Styles styles) {
        sheet.setColumnWidth(0, 8 * 256);
        sheet.setColumnWidth(1, 34 * 256);
        sheet.setColumnWidth(2, 12 * 256);
        sheet.setColumnWidth(3, 90 * 256);
        int r = 0;
        line(sheet, r++, styles.title, "HƯỚNG DẪN GHI TỆP NHẬP NHÂN KHẨU, HỘ GIA ĐÌNH VÀ KẾT QUẢ RÀ SOÁT HỘ NGHÈO");
        r++;
        for (String note : List.of(
                "1. Ghi mỗi người một dòng trong trang \"" + DATA_SHEET
                        + "\", bắt đầu từ dòng 2; không sửa, xóa hay đổi tên dòng tiêu đề.",
                "2. Các thành viên của một hộ ghi cùng một \"Mã hộ trong tệp\"; mỗi hộ có đúng một người là \"Chủ hộ\".",
                "3. Kết quả rà soát (năm, thu nhập, 12 chỉ số thiếu hụt) chỉ ghi ở dòng chủ hộ; "
                        + "hệ thống tự xếp loại hộ theo chuẩn nghèo của năm rà soát và khu vực của xã.",
                "4. Các cột có tiêu đề màu cam là bắt buộc. Tệp được kiểm tra trước khi nhập: dòng có lỗi được chỉ rõ ô và lý do; "
                        + "hộ có dòng lỗi chưa được nhập cho đến khi sửa và tải lên lại.",
                "5. Mỗi tệp tối đa "
                        + String.format("%,d", PersonImportParser.DEFAULT_MAX_DATA_ROWS)
                                .replace(',', '.') + " dòng và " + PersonImportParser.DEFAULT_MAX_BYTES / (1024 * 1024)
                        + " MB, lưu dạng Excel (.xlsx).")) {
            line(sheet, r++, styles.wrap, note);
        }
        r++;
        Row tableHeader = sheet.createRow(r++);
        String[] titles = {"Cột", "Tiêu đề", "Bắt buộc", "Cách ghi"};
        for (int i = 0; i < titles.length; i++) {
            org.apache.poi.ss.usermodel.Cell cell = tableHeader.createCell(i);
            cell.setCellValue(titles[i]);
            cell.setCellStyle(styles.header);
        }
        for (ImportColumn column : ImportColumn.values()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(column.templateLetter());
            row.createCell(1).setCellValue(column.header());
            row.createCell(2).setCellValue(column.required() ? "Có" : "");
            org.apache.poi.ss.usermodel.Cell help = row.createCell(3);
            help.setCellValue(column.help());
            help.setCellStyle(styles.wrap);
        }
        r++;
        line(sheet, r++, styles.bold, "Danh mục dân tộc (ghi tên hoặc mã)");
        Row ethnicHeader = sheet.createRow(r++);
        ethnicHeader.createCell(0).setCellValue("Mã");
        ethnicHeader.createCell(1).setCellValue("Dân tộc");
        ethnicHeader.getCell(0).setCellStyle(styles.header);
        ethnicHeader.getCell(1).setCellStyle(styles.header);
        for (Ethnicity ethnicity : Ethnicity.values()) {
            Row row = sheet.createRow(r++);
            org.apache.poi.ss.usermodel.Cell code = row.createCell(0);
            code.setCellValue(ethnicity.code());
            code.setCellStyle(styles.text);
            row.createCell(1).setCellValue(ethnicity.vietnameseName());
        }
    }

    private static void line(Sheet sheet, int rowIndex, CellStyle style, String text) {
        org.apache.poi.ss.usermodel.Cell cell = sheet.createRow(rowIndex).createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }

    /** The few cell styles of the template (a workbook should not create one per cell). */
    private static final class Styles {

        final CellStyle header;
        final CellStyle requiredHeader;
        final CellStyle reviewHeader;
        final CellStyle text;
        final CellStyle wrap;
        final CellStyle title;
        final CellStyle bold;

        Styles(XSSFWorkbook workbook) {
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            Font titleFont = workbook.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 13);
            header = headerStyle(workbook, boldFont, IndexedColors.GREY_25_PERCENT);
            requiredHeader = headerStyle(workbook, boldFont, IndexedColors.LIGHT_ORANGE);
            reviewHeader = headerStyle(workbook, boldFont, IndexedColors.LIGHT_GREEN);
            text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            title = workbook.createCellStyle();
            title.setFont(titleFont);
            bold = workbook.createCellStyle();
            bold.setFont(boldFont);
        }

        private static CellStyle headerStyle(XSSFWorkbook workbook, Font font, IndexedColors color) {
            CellStyle style = workbook.createCellStyle();
            style.setFont(font);
            style.setWrapText(true);
            style.setAlignment(HorizontalAlignment.CENTER);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            style.setFillForegroundColor(color.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }
}
