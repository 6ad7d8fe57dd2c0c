package vn.ansinh.payment.channel.application;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The few cell styles of the payment workbooks (a workbook should not create one per cell). */
final class WorkbookStyles {

    final CellStyle title;
    final CellStyle centred;
    final CellStyle header;
    final CellStyle text;
    final CellStyle integer;
    final CellStyle money;
    final CellStyle totalMoney;
    final CellStyle bold;
    final CellStyle italic;

    WorkbookStyles(XSSFWorkbook workbook) {
        Font boldFont = workbook.createFont();
        boldFont.setBold(true);
        Font titleFont = workbook.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 14);
        Font italicFont = workbook.createFont();
        italicFont.setItalic(true);
        short textFormat = workbook.createDataFormat().getFormat("@");
        short moneyFormat = workbook.createDataFormat().getFormat("#,##0");

        title = workbook.createCellStyle();
        title.setFont(titleFont);
        title.setAlignment(HorizontalAlignment.CENTER);
        centred = workbook.createCellStyle();
        centred.setAlignment(HorizontalAlignment.CENTER);
        header = boxed(workbook);
        header.setFont(boldFont);
        header.setWrapText(true);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        text = boxed(workbook);
        text.setDataFormat(textFormat);
        text.setWrapText(true);
        integer = boxed(workbook);
        integer.setAlignment(HorizontalAlignment.CENTER);
        money = boxed(workbook);
        money.setDataFormat(moneyFormat);
        totalMoney = boxed(workbook);
        totalMoney.setDataFormat(moneyFormat);
        totalMoney.setFont(boldFont);
        bold = workbook.createCellStyle();
        bold.setFont(boldFont);
        bold.setAlignment(HorizontalAlignment.CENTER);
        italic = workbook.createCellStyle();
        italic.setFont(italicFont);
        italic.setAlignment(HorizontalAlignment.CENTER);
    }

    static void set(Cell cell, String value, CellStyle style) {
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    static void set(Cell cell, long value, CellStyle style) {
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static CellStyle boxed(XSSFWorkbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }
}
