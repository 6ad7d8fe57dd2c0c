package vn.ansinh.gift.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.ansinh.gift.domain.EntryResolution;
import vn.ansinh.gift.domain.GiftEntry;
import vn.ansinh.gift.domain.GiftList;
import vn.ansinh.gift.domain.IdentityKind;
import vn.ansinh.payment.domain.PaymentChannel;

/** The signature list of a commune: every payable person with an empty signature cell, the total, a draft mark. */
class GiftSignatureListTest {

    private final GiftList list = GiftFixture.LIST;

    @Test
    void theListHasEveryPayablePersonOnceTheTotalAndNoOneDropped() throws IOException {
        List<GiftEntry> entries = List.of(
                entry(
                        "Lò Văn Một",
                        "011950000123",
                        IdentityKind.PERSONAL_ID,
                        EntryResolution.CLEAR,
                        PaymentChannel.CASH),
                entry(
                        "Quàng Thị Hai",
                        "CMND123456789",
                        IdentityKind.OLD_ID,
                        EntryResolution.CLEAR,
                        PaymentChannel.BANK_TRANSFER),
                entry("Cà Văn Ba", "#9", IdentityKind.NONE, EntryResolution.KEPT, PaymentChannel.CASH),
                entry("Lường Văn Bốn", "#10", IdentityKind.NONE, EntryResolution.DROPPED, PaymentChannel.CASH));

        List<List<String>> rows = read(GiftSignatureList.write(list, "Xã Tuần Giáo", true, entries));

        assertThat(rows.get(0).get(0)).isEqualTo("Danh sách ký nhận Quà Tết 2026");
        assertThat(rows.get(1).get(0))
                .contains("Xã Tuần Giáo")
                .contains("20/01/2026")
                .contains("NQ 418/NQ-CP")
                .doesNotContain("NHÁP");
        assertThat(rows.get(2)).containsExactlyElementsOf(GiftSignatureList.HEADERS);
        assertThat(rows.subList(3, 6))
                .extracting(r -> r.get(1))
                .containsExactly("Lò Văn Một", "Quàng Thị Hai", "Cà Văn Ba");
        assertThat(rows.get(4).get(2)).isEqualTo("123456789");
        assertThat(rows.get(4).get(5)).isEqualTo("Chuyển khoản VBSP");
        assertThat(rows.get(3).get(6)).as("the signature cell is left empty").isEmpty();
        assertThat(rows.get(6).get(1)).isEqualTo("Tổng cộng: 3 người");
        assertThat(rows.get(6).get(4)).isEqualTo("1200000.0");
        assertThat(rows.stream().flatMap(List::stream)).doesNotContain("Lường Văn Bốn");
    }

    @Test
    void aListNotYetApprovedIsMarkedAsADraft() throws IOException {
        List<List<String>> rows = read(GiftSignatureList.write(list, "Xã Tuần Giáo", false, List.of()));

        assertThat(rows.get(1).get(0)).contains("BẢN NHÁP");
    }

    @Test
    void thePdfHasTheSameRowsTheTotalAndTheSignaturesInTheStateLayout() throws IOException {
        List<GiftEntry> entries = List.of(
                entry(
                        "Lò Văn Một",
                        "011950000123",
                        IdentityKind.PERSONAL_ID,
                        EntryResolution.CLEAR,
                        PaymentChannel.CASH),
                entry(
                        "Quàng Thị Hai",
                        "CMND123456789",
                        IdentityKind.OLD_ID,
                        EntryResolution.CLEAR,
                        PaymentChannel.BANK_TRANSFER),
                entry("Lường Văn Bốn", "#10", IdentityKind.NONE, EntryResolution.DROPPED, PaymentChannel.CASH));

        byte[] pdf = GiftSignaturePdf.write(list, "Xã Tuần Giáo", false, entries);

        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper()
                    .getText(document)
                    .replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                    .contains("DANH SÁCH KÝ NHẬN QUÀ TẾT 2026")
                    .contains("BẢN NHÁP")
                    .contains("Lò Văn Một")
                    .contains("Quàng Thị Hai")
                    .contains("Chuyển khoản VBSP")
                    .contains("Tổng cộng: 2 người")
                    .contains("800.000")
                    .contains("NGƯỜI LẬP BIỂU")
                    .doesNotContain("Lường Văn Bốn");
            assertThat(document.getPage(0).getMediaBox().getWidth())
                    .as("landscape")
                    .isGreaterThan(document.getPage(0).getMediaBox().getHeight());
        }
    }

    @Test
    void everyPageOfThePdfSaysItsNumberAndTheNumberOfPages() throws IOException {
        List<GiftEntry> entries = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            entries.add(GiftFixture.entry(i, "Người Thứ " + i).build());
        }

        byte[] pdf = GiftSignaturePdf.write(list, "Xã Tuần Giáo", true, entries);

        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages)
                    .as("40 rows tall enough to sign in need more than one page")
                    .isGreaterThan(1);
            var stripper = new org.apache.pdfbox.text.PDFTextStripper();
            for (int page = 1; page <= pages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(document).replaceAll("\\s+", " "))
                        .as("page %d", page)
                        .contains("Trang " + page + "/" + pages)
                        .doesNotContain("Trang " + (page + 1) + "/");
            }
        }
    }

    private static GiftEntry entry(
            String name, String key, IdentityKind kind, EntryResolution resolution, PaymentChannel channel) {
        GiftFixture.Entry entry = GiftFixture.entry(0, name).identity(key, kind).resolution(resolution);
        return (channel == PaymentChannel.BANK_TRANSFER ? entry.byAccount("VBSP") : entry).build();
    }

    private static List<List<String>> read(byte[] workbook) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            Sheet sheet = book.getSheetAt(0);
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < 7; c++) {
                    var cell = row == null ? null : row.getCell(c);
                    cells.add(cell == null ? "" : cell.toString());
                }
                rows.add(cells);
            }
            return rows;
        }
    }
}
