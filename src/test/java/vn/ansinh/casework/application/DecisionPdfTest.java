package vn.ansinh.casework.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ansinh.casework.domain.DecisionSheet;
import vn.ansinh.casework.domain.DecisionSheet.Article;

/**
 * The decision PDF read back with PDFBox: the Vietnamese text with its diacritics, the order of the
 * parts, A4, embedded fonts, a second page for long texts, the metadata. Needs Liberation Serif
 * (Debian's fonts-liberation, or the directory in ansinh.fonts.dir / ANSINH_FONTS_DIR).
 */
class DecisionPdfTest {

    private static final String BASIS_LAW = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;";
    private static final String BASIS_DECREE = "Căn cứ Nghị định số 147/2025/NĐ-CP ngày 01 tháng 7 năm 2025 của Chính"
            + " phủ quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội;";
    private static final String BASIS_REQUEST = "Theo đề nghị của công chức Văn hóa - Xã hội xã Tuần Giáo.";

    private final DecisionPdf pdf = new DecisionPdf();

    /** A commune decision granting the monthly social allowance to an elderly woman. */
    static DecisionSheet allowanceDecision(List<Article> articles) {
        return new DecisionSheet(
                "ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN",
                "ỦY BAN NHÂN DÂN XÃ TUẦN GIÁO",
                "125/QĐ-UBND",
                "Tuần Giáo",
                LocalDate.of(2026, 3, 5),
                "Về việc hưởng trợ cấp xã hội hằng tháng",
                "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TUẦN GIÁO",
                List.of(BASIS_LAW, BASIS_DECREE, BASIS_REQUEST),
                articles,
                List.of("- Như Điều 3;", "- Sở Y tế tỉnh Điện Biên;", "- Lưu: VT, VHXH."),
                "TM. ỦY BAN NHÂN DÂN",
                "CHỦ TỊCH",
                "Lò Văn Thành");
    }

    static List<Article> allowanceArticles() {
        return List.of(
                new Article(
                        "Điều 1.",
                        List.of(
                                "Trợ cấp xã hội hằng tháng đối với bà Lò Thị Ánh, sinh năm 1948, thường trú tại bản Huổi"
                                        + " Lốt, xã Tuần Giáo, tỉnh Điện Biên, như sau:",
                                "- Đối tượng: người cao tuổi từ đủ 80 tuổi trở lên không có lương hưu, trợ cấp bảo hiểm"
                                        + " xã hội hằng tháng;",
                                "- Hệ số: 1,5;",
                                "- Mức trợ cấp hằng tháng: 750.000 đồng (Bằng chữ: Bảy trăm năm mươi nghìn đồng);",
                                "- Thời điểm hưởng: từ tháng 3 năm 2026.")),
                new Article("Điều 2.", List.of("Quyết định này có hiệu lực thi hành kể từ ngày ký.")),
                new Article(
                        "Điều 3.",
                        List.of("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã, công chức Văn hóa - Xã hội, bộ phận"
                                + " Tài chính - Kế toán và bà Lò Thị Ánh chịu trách nhiệm thi hành Quyết định này.")));
    }

    @Test
    void printsTheDecisionWithItsDiacritics() throws IOException {
        // whitespace collapsed: PDFBox reads the widened spaces of justified lines as two
        String text = oneLine(text(pdf.render(allowanceDecision(allowanceArticles()))));

        assertThat(text)
                .contains(
                        "TỈNH ĐIỆN BIÊN",
                        "XÃ TUẦN GIÁO",
                        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                        "Độc lập - Tự do - Hạnh phúc",
                        "Số: 125/QĐ-UBND",
                        "Tuần Giáo, ngày 05 tháng 03 năm 2026",
                        "QUYẾT ĐỊNH",
                        "Về việc hưởng trợ cấp xã hội hằng tháng",
                        "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TUẦN GIÁO",
                        "Điều 1.",
                        "Lò Thị Ánh",
                        "Hệ số: 1,5;",
                        "750.000 đồng",
                        "từ tháng 3 năm 2026",
                        "Nơi nhận:",
                        "- Lưu: VT, VHXH.",
                        "TM. ỦY BAN NHÂN DÂN",
                        "Lò Văn Thành");
        // wrapped over two lines
        assertThat(text).contains(BASIS_LAW, BASIS_DECREE, BASIS_REQUEST);
    }

    @Test
    void printsThePartsInTheDecreeOrder() throws IOException {
        String text = oneLine(text(pdf.render(allowanceDecision(allowanceArticles()))));

        assertThat(text)
                .containsSubsequence(
                        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                        "QUYẾT ĐỊNH",
                        "Về việc hưởng trợ cấp xã hội hằng tháng",
                        "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TUẦN GIÁO",
                        BASIS_LAW,
                        BASIS_DECREE,
                        "QUYẾT ĐỊNH:",
                        "Điều 1.",
                        "Điều 2.",
                        "Điều 3.",
                        "Nơi nhận:",
                        "Lò Văn Thành");
        assertThat(text.indexOf("Nghị định số 147/2025/NĐ-CP")).isLessThan(text.indexOf("QUYẾT ĐỊNH:"));
        assertThat(text.indexOf("750.000 đồng")).isLessThan(text.indexOf("Nơi nhận:"));
    }

    @Test
    void isOneA4PageWithTheDecreeTitleAndCreator() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.render(allowanceDecision(allowanceArticles())))) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDRectangle size = document.getPage(0).getMediaBox();
            assertThat(size.getWidth()).isCloseTo(595f, within(1f));
            assertThat(size.getHeight()).isCloseTo(842f, within(1f));
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Quyết định 125/QĐ-UBND");
            assertThat(document.getDocumentInformation().getCreator()).isEqualTo("AnSinh");
        }
    }

    @Test
    void embedsLiberationSerifOnEveryPage() throws IOException {
        DecisionSheet sheet = allowanceDecision(longArticles());
        try (PDDocument document = Loader.loadPDF(pdf.render(sheet))) {
            List<String> names = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertThat(font.isEmbedded())
                            .as("font %s embedded", font.getName())
                            .isTrue();
                    names.add(font.getName());
                }
            }
            assertThat(names).isNotEmpty().allSatisfy(name -> assertThat(name).contains("LiberationSerif"));
            // regular, bold, italic (legal bases) and bold italic ("Nơi nhận:") are all used
            assertThat(names.stream().map(n -> n.substring(n.indexOf('+') + 1)).distinct())
                    .contains(
                            "LiberationSerif",
                            "LiberationSerif-Bold",
                            "LiberationSerif-Italic",
                            "LiberationSerif-BoldItalic");
        }
    }

    @Test
    void continuesALongDecisionOnTheNextPages() throws IOException {
        byte[] bytes = pdf.render(allowanceDecision(longArticles()));

        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            String text = oneLine(stripper().getText(document));
            for (int i = 1; i <= 60; i++) {
                assertThat(text).contains("Khoản " + i + ": hộ gia đình ở bản Pú Nhung được hỗ trợ");
            }
            assertThat(text).containsSubsequence("Khoản 60:", "Nơi nhận:", "Lò Văn Thành");

            PDFTextStripper secondPage = stripper();
            secondPage.setStartPage(2);
            secondPage.setEndPage(2);
            assertThat(secondPage.getText(document).strip())
                    .as("page number at the top")
                    .startsWith("2");
        }
    }

    @Test
    void refusesASheetWithoutNumber() {
        assertThatThrownBy(() -> new DecisionSheet(
                        null,
                        "SỞ NỘI VỤ",
                        "  ",
                        "Điện Biên Phủ",
                        LocalDate.of(2026, 3, 5),
                        "Về việc",
                        "GIÁM ĐỐC SỞ NỘI VỤ",
                        List.of(),
                        allowanceArticles(),
                        List.of(),
                        null,
                        "GIÁM ĐỐC",
                        "Nguyễn Văn A"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("number");
    }

    @Test
    void refusesASheetWithoutArticles() {
        assertThatThrownBy(() -> allowanceDecision(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("article");
    }

    @Test
    void keepsNoReferenceToTheCallersLists() {
        List<String> recipients = new ArrayList<>(List.of("- Lưu: VT."));
        DecisionSheet sheet = new DecisionSheet(
                null,
                "SỞ NỘI VỤ",
                "7/QĐ-SNV",
                "Điện Biên Phủ",
                LocalDate.of(2026, 1, 9),
                "Về việc",
                "GIÁM ĐỐC SỞ NỘI VỤ",
                null,
                allowanceArticles(),
                recipients,
                "",
                "GIÁM ĐỐC",
                "Nguyễn Văn A");
        recipients.add("- Như Điều 3;");

        assertThat(sheet.recipients()).containsExactly("- Lưu: VT.");
        assertThat(sheet.legalBases()).isEmpty();
        assertThatThrownBy(() -> sheet.recipients().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void printsWithoutParentBodyOrCapacityAndPadsDayAndMonth() throws IOException {
        DecisionSheet sheet = new DecisionSheet(
                null,
                "SỞ NỘI VỤ",
                "7/QĐ-SNV",
                "Điện Biên Phủ",
                LocalDate.of(2026, 1, 9),
                "Về việc điều chỉnh mức trợ cấp",
                "GIÁM ĐỐC SỞ NỘI VỤ TỈNH ĐIỆN BIÊN",
                List.of(BASIS_DECREE),
                allowanceArticles(),
                List.of("- Lưu: VT."),
                " ",
                "GIÁM ĐỐC",
                "Nguyễn Thị Yến");

        String text = text(pdf.render(sheet));

        assertThat(text)
                .contains(
                        "SỞ NỘI VỤ",
                        "Số: 7/QĐ-SNV",
                        "Điện Biên Phủ, ngày 09 tháng 01 năm 2026",
                        "GIÁM ĐỐC",
                        "Nguyễn Thị Yến");
        assertThat(text).doesNotContain("ỦY BAN NHÂN DÂN", "TỈNH ĐIỆN BIÊN Độc lập", "TM.");
    }

    @Test
    void failsWithAnInstallHintWhenTheFontsAreMissing(@TempDir Path emptyDirectory) {
        DecisionPdf withoutFonts = new DecisionPdf(emptyDirectory);

        assertThatThrownBy(() -> withoutFonts.render(allowanceDecision(allowanceArticles())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("fonts-liberation")
                .hasMessageContaining(emptyDirectory.toString());
    }

    /** Decomposed input (NFD, as some keyboards and macOS produce) prints as the composed letters. */
    @Test
    void composesDecomposedVietnamese() throws IOException {
        String decomposed = Normalizer.normalize("Lò Thị Ánh", Normalizer.Form.NFD);
        List<Article> articles = List.of(new Article("Điều 1.", List.of("Bà " + decomposed + " được hưởng.")));

        String text = text(pdf.render(allowanceDecision(articles)));

        assertThat(decomposed).isNotEqualTo("Lò Thị Ánh");
        assertThat(text).contains("Bà Lò Thị Ánh được hưởng.");
    }

    /** Sixty paragraphs in Điều 1: more than a page. */
    static List<Article> longArticles() {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("Phê duyệt danh sách hỗ trợ như sau:");
        IntStream.rangeClosed(1, 60)
                .forEach(i -> paragraphs.add("Khoản " + i
                        + ": hộ gia đình ở bản Pú Nhung được hỗ trợ kinh phí mua sắm đồ dùng thiết yếu, mức hỗ trợ theo"
                        + " quy định tại Nghị định số 147/2025/NĐ-CP;"));
        List<Article> articles = new ArrayList<>();
        articles.add(new Article("Điều 1.", paragraphs));
        articles.addAll(allowanceArticles().subList(1, 3));
        return articles;
    }

    private static String text(byte[] pdfBytes) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdfBytes)) {
            return stripper().getText(document);
        }
    }

    /**
     * Text in reading order, top to bottom: OpenPDF writes tables (header, signature) after the body in
     * the content stream. The two header columns come out side by side on each line.
     */
    private static PDFTextStripper stripper() {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return stripper;
    }

    /** Line breaks (where the text wrapped) as spaces, runs of spaces as one. */
    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
