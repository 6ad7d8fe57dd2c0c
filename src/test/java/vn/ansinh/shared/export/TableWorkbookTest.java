package vn.ansinh.shared.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableWorkbookTest {

    @Test
    void writesTitleCaptionHeaderAndTypedRows() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWorkbook book = new TableWorkbook("Tra cứu chi trả", List.of("Họ tên", "Tháng", "Ngày", "Số tiền"))) {
            book.caption("Từ 07/2026");
            book.row(
                    TableWorkbook.text("=HYPERLINK(\"x\")"),
                    TableWorkbook.month(YearMonth.of(2026, 7)),
                    TableWorkbook.day(LocalDate.of(2026, 10, 20)),
                    TableWorkbook.money(1_500_000L));
            book.row(TableWorkbook.text("Lò Văn Hùng"), null, null, TableWorkbook.money(null));
            assertThat(book.rowCount()).isEqualTo(2);
            book.writeTo(out);
        }
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = read.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Tra cứu chi trả");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Tra cứu chi trả");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Từ 07/2026");
            assertThat(sheet.getRow(2).getCell(3).getStringCellValue()).isEqualTo("Số tiền");
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).doesNotStartWith("=");
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("07/2026");
            assertThat(sheet.getRow(3).getCell(2).getStringCellValue()).isEqualTo("20/10/2026");
            assertThat(sheet.getRow(3).getCell(3).getNumericCellValue()).isEqualTo(1_500_000d);
            assertThat(sheet.getRow(4).getCell(1)).isNull();
        }
    }

    @Test
    void refusesARowOfTheWrongWidthAndACaptionBelowTheHeader() {
        try (TableWorkbook book = new TableWorkbook("x", List.of("a", "b"))) {
            assertThatThrownBy(() -> book.row(TableWorkbook.text("only one")))
                    .isInstanceOf(IllegalArgumentException.class);
            book.row(TableWorkbook.text("1"), TableWorkbook.text("2"));
            assertThatThrownBy(() -> book.caption("late")).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void aSecondSheetHasItsOwnTitleHeaderAndRowsAndAnEmptyFirstSheetKeepsItsHeader() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWorkbook book = new TableWorkbook("Danh sách", List.of("a", "b"))) {
            book.sheet("Biến động", List.of("x", "y", "z"));
            book.caption("so với tháng trước");
            book.row(TableWorkbook.text("1"), TableWorkbook.text("2"), TableWorkbook.number(3L));
            assertThat(book.rowCount()).isEqualTo(1);
            assertThatThrownBy(() -> book.row(TableWorkbook.text("1"), TableWorkbook.text("2")))
                    .as("the new sheet's width")
                    .isInstanceOf(IllegalArgumentException.class);
            book.writeTo(out);
        }
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(read.getNumberOfSheets()).isEqualTo(2);
            assertThat(read.getSheetAt(0).getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo("b");
            Sheet second = read.getSheetAt(1);
            assertThat(second.getSheetName()).isEqualTo("Biến động");
            assertThat(second.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Biến động");
            assertThat(second.getRow(1).getCell(0).getStringCellValue()).isEqualTo("so với tháng trước");
            assertThat(second.getRow(2).getCell(2).getStringCellValue()).isEqualTo("z");
            assertThat(second.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(3d);
        }
    }
}
