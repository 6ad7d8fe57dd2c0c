package vn.ansinh.shared.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The one .xlsx reader of the imports: the sheet read, the kind of each cell, blank rows, stopping, broken files. */
class XlsxSheetReaderTest {

    @Test
    void thePreferredSheetIsReadWithEachCellsKind() throws Exception {
        byte[] workbook = workbook(wb -> {
            wb.createSheet("Hướng dẫn").createRow(0).createCell(0).setCellValue("đọc kỹ");
            Sheet data = wb.createSheet(XlsxSheetReader.PREFERRED_SHEET);
            Row row = data.createRow(2);
            row.createCell(0).setCellValue("\u00A0Lò Thị Én ");
            row.createCell(2).setCellValue(11150000101d);
            row.createCell(3).setCellValue(LocalDate.of(2026, 1, 5));
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            row.getCell(3).setCellStyle(date);
            row.createCell(4).setCellValue(750000.5);
            data.createRow(3).createCell(0).setCellValue("   ");
            data.createRow(5).createCell(1).setCellValue("Cà Văn Đôi");
        });
        List<String> sheets = new ArrayList<>();
        Map<Integer, Map<Integer, Cell>> rows = new LinkedHashMap<>();

        XlsxSheetReader.read(workbook, new XlsxSheetReader.RowHandler() {
            @Override
            public void sheet(String name) {
                sheets.add(name);
            }

            @Override
            public boolean row(int rowNumber, Map<Integer, Cell> cells) {
                rows.put(rowNumber, cells);
                return true;
            }
        });

        assertThat(sheets).containsExactly(XlsxSheetReader.PREFERRED_SHEET);
        assertThat(rows).as("Excel's row numbers; a row of blanks is no row").containsOnlyKeys(3, 6);
        Map<Integer, Cell> first = rows.get(3);
        assertThat(first.get(0)).isEqualTo(Cell.text("Lò Thị Én"));
        assertThat(first.get(2)).isEqualTo(new Cell(Cell.Kind.NUMBER, "11150000101", null));
        assertThat(first.get(3)).isEqualTo(new Cell(Cell.Kind.DATE, "2026-01-05", LocalDate.of(2026, 1, 5)));
        assertThat(first.get(4).text()).isEqualTo("750000.5");
        assertThat(rows.get(6)).containsOnlyKeys(1);
    }

    @Test
    void withoutThePreferredSheetTheFirstIsRead() throws Exception {
        byte[] workbook = workbook(wb -> {
            wb.createSheet("Tháng 1").createRow(0).createCell(0).setCellValue("một");
            wb.createSheet("Tháng 2").createRow(0).createCell(0).setCellValue("hai");
        });
        List<String> values = new ArrayList<>();

        XlsxSheetReader.read(
                workbook, (rowNumber, cells) -> values.add(cells.get(0).text()));

        assertThat(values).containsExactly("một");
    }

    @Test
    void theHandlerStopsTheReadingAndItsOwnFailuresGoOnUp() throws Exception {
        byte[] workbook = workbook(wb -> {
            Sheet sheet = wb.createSheet(XlsxSheetReader.PREFERRED_SHEET);
            for (int i = 0; i < 5; i++) {
                sheet.createRow(i).createCell(0).setCellValue("dòng " + i);
            }
        });
        List<Integer> read = new ArrayList<>();

        XlsxSheetReader.read(workbook, (rowNumber, cells) -> read.add(rowNumber) && rowNumber < 2);

        assertThat(read).containsExactly(1, 2);
        assertThatThrownBy(() -> XlsxSheetReader.read(workbook, (rowNumber, cells) -> {
                    throw new IllegalStateException("lỗi của trang");
                }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("lỗi của trang");
    }

    @Test
    void aZipThatIsNoWorkbookIsUnreadable() {
        assertThatThrownBy(() -> XlsxSheetReader.read(new byte[] {'P', 'K', 3, 4, 1, 2, 3}, (r, c) -> true))
                .isInstanceOf(XlsxSheetReader.UnreadableException.class);
    }

    private interface Filler {
        void fill(XSSFWorkbook wb);
    }

    private static byte[] workbook(Filler filler) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            filler.fill(wb);
            wb.write(out);
            return out.toByteArray();
        }
    }
}
