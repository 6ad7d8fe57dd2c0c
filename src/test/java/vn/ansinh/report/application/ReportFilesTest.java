package vn.ansinh.report.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.ansinh.report.domain.ReportPeriod;
import vn.ansinh.report.domain.StopReason;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.Programme;

/**
 * The reports' Excel and PDF files read back: figures are numbers, an absent figure is "—" (never 0), the total line's
 * figures are formulas whose saved values are the totals; the PDF has the state report's parts.
 */
class ReportFilesTest {

    private static final ReportPeriod Q1 = ReportPeriod.quarter(2026, 1);

    /** Social assistance paid, with a plan and last year; merit paid, no plan; funeral support planned, not paid. */
    static final PaidReport PAID = new PaidReport(
            "Xã Bình Lư",
            Q1,
            List.of(
                    new PaidRow(Programme.MERITORIOUS_PERSON, 3_000_000L, 1_000_000L, null, 2_000_000L),
                    new PaidRow(Programme.SOCIAL_ASSISTANCE, 500_000L, 1_500_000L, 8_000_000L, 2_500_000L),
                    new PaidRow(Programme.FUNERAL_SUPPORT, 0L, 0L, 1_000_000L, 0L)),
            new PaidRow(null, 3_500_000L, 2_500_000L, 9_000_000L, 4_500_000L),
            List.of(new MonthPaid(YearMonth.of(2026, 1), 3_500_000L, 2_500_000L)),
            true,
            true);

    @Test
    void theAmountsWorkbookHasNumbersDashesAndTotalsAsFormulasWithTheirValues() throws Exception {
        byte[] bytes = ReportWorkbook.write(ReportTables.paid(PAID, false));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("ỦY BAN NHÂN DÂN XÃ BÌNH LƯ");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Số: ......./BC-UBND");
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue())
                    .isEqualTo("BÁO CÁO KINH PHÍ CHI TRẢ TRỢ CẤP SO VỚI DỰ TOÁN");
            int header = rowStarting(sheet, "Chế độ");
            Row merit = sheet.getRow(header + 1);
            assertThat(merit.getCell(0).getStringCellValue()).isEqualTo("Người có công với cách mạng");
            assertThat(merit.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(merit.getCell(3).getNumericCellValue()).isEqualTo(4_000_000d);
            assertThat(merit.getCell(4).getStringCellValue())
                    .as("no plan: absent, not 0")
                    .isEqualTo("—");
            assertThat(merit.getCell(5).getStringCellValue()).isEqualTo("—");
            Row assistance = sheet.getRow(header + 2);
            assertThat(assistance.getCell(5).getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(assistance.getCell(5).getNumericCellValue())
                    .as("2,000,000 of 8,000,000")
                    .isEqualTo(25.0);
            assertThat(assistance.getCell(7).getNumericCellValue())
                    .as("2,000,000 of 2,500,000")
                    .isEqualTo(80.0);
            Row total = sheet.getRow(header + 4);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Tổng cộng");
            Cell paid = total.getCell(3);
            assertThat(paid.getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(paid.getCellFormula()).isEqualTo("SUM(D" + (header + 2) + ":D" + (header + 4) + ")");
            assertThat(paid.getNumericCellValue()).isEqualTo(6_000_000d);
            assertThat(total.getCell(4).getCellFormula()).startsWith("SUM(");
            assertThat(total.getCell(4).getNumericCellValue()).isEqualTo(9_000_000d);
            assertThat(total.getCell(5).getCellFormula())
                    .isEqualTo("ROUND(D" + (header + 5) + "/E" + (header + 5) + "*100,1)");
            assertThat(total.getCell(5).getNumericCellValue()).isEqualTo(66.7);
            assertThat(total.getCell(7).getNumericCellValue()).isEqualTo(133.3);
            assertThat(rowStarting(sheet, "NGƯỜI LẬP BIỂU")).isGreaterThan(header + 4);
        }
    }

    @Test
    void theMovementWorkbookSumsTheCategoriesNotTheSubtotals() throws Exception {
        Map<StopReason, Long> stopped = new EnumMap<>(StopReason.class);
        for (StopReason reason : StopReason.values()) {
            stopped.put(reason, 0L);
        }
        stopped.put(StopReason.DEATH, 1L);
        MovementRow disabled = new MovementRow(Programme.SOCIAL_ASSISTANCE, Category.DISABLED, 5, 2, stopped, 6);
        MovementRow elderly =
                new MovementRow(Programme.SOCIAL_ASSISTANCE, Category.ELDERLY_80_NO_PENSION, 3, 1, stopped, 3);
        MovementRow subtotal =
                MovementRow.empty(Programme.SOCIAL_ASSISTANCE).plus(disabled).plus(elderly);
        MovementReport report = new MovementReport(
                "Tỉnh Lai Châu",
                Q1,
                List.of(disabled, elderly, subtotal),
                MovementRow.empty(null).plus(subtotal));
        byte[] bytes = ReportWorkbook.write(ReportTables.movement(report, false));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = book.getSheetAt(0);
            int header = rowStarting(sheet, "Chế độ, diện đối tượng");
            Row total = sheet.getRow(header + 4);
            assertThat(total.getCell(1).getCellFormula()).isEqualTo("SUM(B" + (header + 2) + ":B" + (header + 3) + ")");
            assertThat(total.getCell(1).getNumericCellValue()).isEqualTo(8d);
            assertThat(total.getCell(total.getLastCellNum() - 1).getNumericCellValue())
                    .isEqualTo(9d);
            assertThat(sheet.getRow(header + 3).getCell(1).getNumericCellValue())
                    .as("the subtotal line is a number")
                    .isEqualTo(8d);
        }
    }

    @Test
    void thePdfIsAStateReportWithTheTableAndTheSignatures() throws Exception {
        byte[] bytes = new ReportPdf().render(ReportTables.paid(PAID, false));
        try (PDDocument document = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("ỦY BAN NHÂN DÂN XÃ BÌNH LƯ")
                    .contains("Số: ......./BC-UBND")
                    .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                    .contains("Độc lập - Tự do - Hạnh phúc")
                    .contains("BÁO CÁO KINH PHÍ CHI TRẢ TRỢ CẤP SO VỚI DỰ TOÁN")
                    .contains("Quý I năm 2026 - Xã Bình Lư")
                    .contains("Người có công với cách mạng")
                    .contains("8.000.000")
                    .contains("25,0")
                    .contains("Tổng cộng")
                    .contains("6.000.000")
                    .contains("66,7")
                    .contains("ngày ..... tháng ..... năm")
                    .contains("NGƯỜI LẬP BIỂU")
                    .contains("TM. ỦY BAN NHÂN DÂN")
                    .contains("CHỦ TỊCH");
            assertThat(text.indexOf("Tổng cộng")).isLessThan(text.indexOf("NGƯỜI LẬP BIỂU"));
            assertThat(document.getPage(0).getMediaBox().getWidth())
                    .as("landscape")
                    .isGreaterThan(document.getPage(0).getMediaBox().getHeight());
        }
    }

    @Test
    void aNationalReportIsIssuedByTheOrganisationNamedOrLeavesTheBodyToFillIn() throws Exception {
        byte[] named = new ReportPdf().render(ReportTables.paid(PAID, true).issuedBy("Bộ Nội vụ"));
        try (PDDocument document = Loader.loadPDF(named)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("BỘ NỘI VỤ")
                    .contains("THỦ TRƯỞNG CƠ QUAN")
                    .doesNotContain("ỦY BAN NHÂN DÂN");
        }
        byte[] unnamed = new ReportPdf().render(ReportTables.paid(PAID, true));
        try (PDDocument document = Loader.loadPDF(unnamed)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains(".......................................")
                    .contains("Số: ......./BC-")
                    .doesNotContain("ỦY BAN NHÂN DÂN");
        }
    }

    @Test
    void thePovertyWorkbookLeavesAUnitWithoutTheReviewOutOfTheTotalAndGivesTheRatesAsFormulas() throws Exception {
        PovertyRow reviewed = new PovertyRow(
                vn.ansinh.shared.kernel.AdminUnitCode.of("03253"),
                "Xã Tuần Giáo",
                800,
                120L,
                40L,
                150L,
                35L,
                40L,
                10L,
                5L,
                10L);
        PovertyRow notReviewed = new PovertyRow(
                vn.ansinh.shared.kernel.AdminUnitCode.of("03254"),
                "Xã Quài Tở",
                400,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        PovertyReport report = new PovertyReport(
                "Tỉnh Điện Biên",
                ReportPeriod.year(2026),
                List.of(notReviewed, reviewed),
                PovertyRow.total("Tổng cộng", List.of(notReviewed, reviewed)));
        byte[] bytes = ReportWorkbook.write(ReportTables.poverty(report, false));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = book.getSheetAt(0);
            int header = rowStarting(sheet, "Xã, phường");
            Row quaiTo = sheet.getRow(header + 1);
            assertThat(quaiTo.getCell(1).getNumericCellValue()).isEqualTo(400d);
            assertThat(quaiTo.getCell(2).getStringCellValue())
                    .as("no review: absent, not 0")
                    .isEqualTo("—");
            Row tuanGiao = sheet.getRow(header + 2);
            assertThat(tuanGiao.getCell(3).getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(tuanGiao.getCell(3).getNumericCellValue())
                    .as("120 of 800")
                    .isEqualTo(15.0);
            Row total = sheet.getRow(header + 3);
            assertThat(total.getCell(1).getCellFormula())
                    .as("Quài Tở, not reviewed, is not summed")
                    .isEqualTo("SUM(B" + (header + 3) + ":B" + (header + 3) + ")");
            assertThat(total.getCell(1).getNumericCellValue()).isEqualTo(800d);
            assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(120d);
            assertThat(total.getCell(3).getNumericCellValue()).isEqualTo(15.0);
            assertThat(total.getCell(8).getNumericCellValue())
                    .as("escaped poverty")
                    .isEqualTo(40d);
        }
        assertThat(report.total().poorLastYear()
                        - report.total().escapedPoverty()
                        + report.total().newPoor())
                .isEqualTo(report.total().poor());
    }

    private static int rowStarting(Sheet sheet, String text) {
        for (Row row : sheet) {
            Cell cell = row.getCell(0);
            if (cell != null
                    && cell.getCellType() == CellType.STRING
                    && cell.getStringCellValue().equals(text)) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no row starting with " + text);
    }
}
