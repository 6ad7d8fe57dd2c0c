package vn.ansinh.payment.channel.application;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.ansinh.shared.print.DecisionFonts;
import vn.ansinh.shared.print.PdfPrinter;
import vn.ansinh.shared.text.VietnameseFormat;

/**
 * Prints a {@link StopNotice} as a PDF, as the cash list is printed ({@link CashListPdf}): A4
 * landscape, Liberation Serif embedded, the header row repeated, the total and the signature blocks.
 */
@ApplicationScoped
public class StopNoticePdf {

    private static final float MM = PdfPrinter.MM;
    private static final float CELL = 10f;
    private static final float[] WIDTHS = {5f, 20f, 14f, 9f, 11f, 21f, 20f};

    private final PdfPrinter printer;

    public StopNoticePdf() {
        this(DecisionFonts.configuredDirectory());
    }

    public StopNoticePdf(Path fontsDirectory) {
        this.printer = new PdfPrinter(fontsDirectory);
    }

    public byte[] render(StopNotice notice) {
        Rectangle landscape = new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth());
        return printer.print(
                new PdfPrinter.Page(landscape, 12 * MM, 12 * MM, 12 * MM, 14 * MM),
                StopNotice.TITLE + " - " + PaymentTexts.monthTitle(notice.month()),
                writer -> {},
                fonts -> elements(fonts, notice),
                "the stop-payment notice to " + notice.recipient());
    }

    private static List<Element> elements(DecisionFonts fonts, StopNotice notice) {
        List<Element> elements = new ArrayList<>();
        PdfPTable heading = new PdfPTable(new float[] {45f, 55f});
        heading.setWidthPercentage(100);
        heading.addCell(plain(
                new Phrase("ỦY BAN NHÂN DÂN\n" + text(notice.unitName()).toUpperCase(Locale.ROOT), fonts.bold(11)),
                Element.ALIGN_CENTER));
        heading.addCell(plain(
                new Phrase("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", fonts.bold(11)),
                Element.ALIGN_CENTER));
        elements.add(heading);
        elements.add(paragraph(StopNotice.TITLE, fonts.bold(14), Element.ALIGN_CENTER, 10f, fonts));
        elements.add(paragraph(
                "Bảng chi trả " + PaymentTexts.monthTitle(notice.month()).toLowerCase(Locale.ROOT),
                fonts.bold(12),
                Element.ALIGN_CENTER,
                0f,
                fonts));
        elements.add(
                paragraph("Kính gửi: " + text(notice.addressee()), fonts.regular(12), Element.ALIGN_CENTER, 4f, fonts));
        elements.add(paragraph(StopNotice.REQUEST, fonts.italic(11), Element.ALIGN_LEFT, 6f, fonts));
        PdfPTable table = new PdfPTable(WIDTHS);
        table.setWidthPercentage(100);
        table.setSpacingBefore(6f);
        table.setHeaderRows(1);
        for (String header : StopNotice.HEADERS) {
            table.addCell(boxed(header, fonts.bold(CELL), Element.ALIGN_CENTER));
        }
        int number = 0;
        Font font = fonts.regular(CELL);
        for (StopNotice.Line line : notice.lines()) {
            table.addCell(boxed(Integer.toString(++number), font, Element.ALIGN_CENTER));
            table.addCell(boxed(text(line.fullName()), font, Element.ALIGN_LEFT));
            table.addCell(boxed(line.personalId() == null ? "" : line.personalId(), font, Element.ALIGN_CENTER));
            table.addCell(boxed(VietnameseFormat.month(line.forMonth()), font, Element.ALIGN_CENTER));
            table.addCell(boxed(VietnameseFormat.money(line.amount()), font, Element.ALIGN_RIGHT));
            table.addCell(boxed(text(line.reference()), font, Element.ALIGN_LEFT));
            table.addCell(boxed(text(line.reason()), font, Element.ALIGN_LEFT));
        }
        PdfPCell label = boxed("Tổng cộng", fonts.bold(CELL), Element.ALIGN_CENTER);
        label.setColspan(4);
        table.addCell(label);
        table.addCell(boxed(VietnameseFormat.money(notice.total()), fonts.bold(CELL), Element.ALIGN_RIGHT));
        PdfPCell rest = boxed("", fonts.bold(CELL), Element.ALIGN_LEFT);
        rest.setColspan(2);
        table.addCell(rest);
        elements.add(table);
        PdfPTable signatures = new PdfPTable(2);
        signatures.setWidthPercentage(100);
        signatures.setSpacingBefore(10f);
        signatures.addCell(plain(new Phrase("", fonts.regular(11)), Element.ALIGN_CENTER));
        signatures.addCell(plain(
                new Phrase("........., ngày ..... tháng ..... năm .........", fonts.italic(11)), Element.ALIGN_CENTER));
        for (String signer : new String[] {"NGƯỜI LẬP BIỂU", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"}) {
            PdfPCell cell = plain(new Phrase(signer, fonts.bold(11)), Element.ALIGN_CENTER);
            cell.setMinimumHeight(80f);
            signatures.addCell(cell);
        }
        signatures.setKeepTogether(true);
        elements.add(signatures);
        return elements;
    }

    private static Paragraph paragraph(String value, Font font, int alignment, float before, DecisionFonts fonts) {
        Paragraph paragraph = new Paragraph(font.getSize() * 1.3f, value, font);
        paragraph.setFont(fonts.regular(1));
        paragraph.setAlignment(alignment);
        paragraph.setSpacingBefore(before);
        return paragraph;
    }

    private static PdfPCell boxed(String value, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(value, font));
        cell.setHorizontalAlignment(alignment);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPadding(3f);
        cell.setUseAscender(true);
        return cell;
    }

    private static PdfPCell plain(Phrase phrase, int alignment) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setHorizontalAlignment(alignment);
        cell.setBorder(Rectangle.NO_BORDER);
        return cell;
    }

    private static String text(String value) {
        return value == null ? "" : Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
    }
}
