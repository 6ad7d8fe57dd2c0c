package vn.ansinh.payment.channel.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The cash list as PDF (read back with PDFBox) and as Excel (read back with POI). The PDF needs
 * Liberation Serif 2.x, as the decisions do.
 */
class CashListDocumentsTest {

    private static final CashList LIST = new CashList(
            "Xã Tuần Giáo",
            null,
            Lines.MARCH,
            true,
            List.of(
                    Lines.cash(1, "Nguyễn Thị Ánh", "011148000123", 750_000),
                    Lines.cash(2, "Lò Văn Thành", "011048001234", 1_000_000),
                    Lines.arrears(3, 1002, "Lò Văn Thành", 360_000),
                    Lines.cash(4, "Quàng Thị Ưởng", "011160000777", 500_000)),
            Map.of());

    private final CashListPdf pdf = new CashListPdf();

    @Test
    void thePdfShowsTitleUnitMonthVietnameseNamesTotalAndSignatureBlocks() throws IOException {
        String text = oneLine(text(pdf.render(LIST)));

        assertThat(text)
                .contains(
                        "DANH SÁCH CHI TRẢ TRỢ CẤP BẰNG TIỀN MẶT",
                        "Tháng 03 năm 2026",
                        "Đơn vị: Xã Tuần Giáo",
                        "Nguyễn Thị Ánh",
                        "Lò Văn Thành",
                        "Quàng Thị Ưởng",
                        "011148000123",
                        "Người từ 80 tuổi trở lên",
                        "Truy lĩnh",
                        "01/2026",
                        "Ký nhận",
                        "Tổng cộng 2.610.000",
                        "NGƯỜI LẬP BIỂU",
                        "KẾ TOÁN",
                        "CHỦ TỊCH UBND",
                        "Tổng số người nhận: 3; số khoản chi: 4; tổng số tiền: 2.610.000 đồng.");
        assertThat(text).doesNotContain("Dự thảo");
        assertThat(text.indexOf("Nguyễn Thị Ánh")).isLessThan(text.indexOf("Quàng Thị Ưởng"));
    }

    @Test
    void thePdfIsA4LandscapeWithEveryFontEmbedded() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.render(LIST))) {
            PDPage page = document.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isCloseTo(842f, within(1f));
            assertThat(page.getMediaBox().getHeight()).isCloseTo(595f, within(1f));
            assertThat(page.getRotation()).isZero();
            PDResources resources = page.getResources();
            List<String> fonts = new ArrayList<>();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                fonts.add(font.getName());
            }
            assertThat(fonts).anyMatch(name -> name.contains("LiberationSerif"));
        }
    }

    @Test
    void aLongListRunsOverSeveralPagesWithTheHeaderOnEachAndADraftIsMarked() throws IOException {
        List<PaymentLine> lines = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            lines.add(Lines.cash(i, "Lường Thị Hoa " + i, "0111480001" + String.format("%02d", i), 500_000));
        }
        CashList draft = new CashList("Xã Tuần Giáo", "Xã Tuần Giáo", Lines.MARCH, false, lines, Map.of());

        try (PDDocument document = Loader.loadPDF(pdf.render(draft))) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            assertThat(stripper.getText(document)).contains("Họ và tên", "Ký nhận", "Trang 2");
            String all = oneLine(new PDFTextStripper().getText(document));
            assertThat(all).contains("Dự thảo", "Lường Thị Hoa 60", "Tổng cộng 30.000.000");
        }
    }

    @Test
    void theWorkbookTotalIsTheSumOfItsAmountCellsWhichAreNumbers() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(CashListWorkbook.write(LIST)))) {
            Sheet sheet = workbook.getSheet(CashListWorkbook.SHEET);
            int amountColumn = CashListColumn.AMOUNT.ordinal();
            assertThat(sheet.getRow(CashListWorkbook.HEADER_ROW)
                            .getCell(amountColumn)
                            .getStringCellValue())
                    .isEqualTo("Số tiền (đồng)");
            double sum = 0;
            int r = CashListWorkbook.HEADER_ROW + 1;
            for (; r <= CashListWorkbook.HEADER_ROW + LIST.lines().size(); r++) {
                Cell amount = sheet.getRow(r).getCell(amountColumn);
                assertThat(amount.getCellType()).isEqualTo(CellType.NUMERIC);
                sum += amount.getNumericCellValue();
            }
            Row total = sheet.getRow(r);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Tổng cộng");
            Cell totalCell = total.getCell(amountColumn);
            assertThat(totalCell.getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(totalCell.getNumericCellValue()).isEqualTo(sum).isEqualTo(2_610_000d);

            Row first = sheet.getRow(CashListWorkbook.HEADER_ROW + 1);
            assertThat(first.getCell(CashListColumn.NAME.ordinal()).getStringCellValue())
                    .isEqualTo("Nguyễn Thị Ánh");
            assertThat(first.getCell(CashListColumn.PERSONAL_ID.ordinal()).getStringCellValue())
                    .isEqualTo("011148000123");
            assertThat(first.getCell(CashListColumn.BIRTH_YEAR.ordinal()).getNumericCellValue())
                    .isEqualTo(1948d);
            assertThat(first.getCell(CashListColumn.ROW_NUMBER.ordinal()).getNumericCellValue())
                    .isEqualTo(1d);
            assertThat(sheet.getRow(CashListWorkbook.HEADER_ROW + 3)
                            .getCell(CashListColumn.KIND.ordinal())
                            .getStringCellValue())
                    .isEqualTo("Truy lĩnh");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("DANH SÁCH CHI TRẢ TRỢ CẤP BẰNG TIỀN MẶT");
        }
    }

    @Test
    void aListOfSeveralCommunesNamesTheCommuneInTheAddress() {
        PaymentLine other = new PaymentLine(
                9,
                9009,
                "Vi Thị Lan",
                1950,
                "040150000001",
                "Bản Mới",
                "17035",
                vn.ansinh.shared.kernel.Category.DISABLED,
                Lines.MARCH,
                vn.ansinh.payment.domain.LineKind.MONTHLY,
                500_000,
                null,
                null,
                vn.ansinh.payment.domain.PaymentStatus.PENDING);
        CashList list = new CashList(
                "Việt Nam",
                null,
                Lines.MARCH,
                true,
                List.of(LIST.lines().get(0), other),
                Map.of("03253", "Xã Tuần Giáo", "17035", "Xã Quỳ Hợp"));

        assertThat(list.address(other)).isEqualTo("Bản Mới, Xã Quỳ Hợp");
        assertThat(LIST.address(LIST.lines().get(0))).isEqualTo("Bản Co Cượm");
        assertThat(list.people()).isEqualTo(2);
    }

    private static String text(byte[] pdfBytes) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdfBytes)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
