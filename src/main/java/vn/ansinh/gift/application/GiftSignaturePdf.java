package vn.ansinh.gift.application;

import static vn.ansinh.shared.print.PdfCells.boxed;
import static vn.ansinh.shared.print.PdfCells.plain;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.ArrayList;
import java.util.List;
import vn.ansinh.gift.domain.GiftEntry;
import vn.ansinh.gift.domain.GiftList;
import vn.ansinh.payment.channel.application.PaymentTexts;
import vn.ansinh.shared.print.DecisionFonts;
import vn.ansinh.shared.print.PdfPrinter;
import vn.ansinh.shared.text.VietnameseFormat;

/**
 * The signature list of a commune's part as a PDF in the state layout (the shared {@link PdfPrinter}, the decisions'
 * fonts): A4 landscape, the national heading, the same columns, rows and caption as the Excel list
 * ({@link GiftSignatureList}), the headers repeated on every page, the total, and the signature blocks.
 */
public final class GiftSignaturePdf {

    public static final String CONTENT_TYPE = "application/pdf";

    private static final float CELL = 10f;
    private static final float[] WIDTHS = {5f, 22f, 14f, 22f, 11f, 12f, 14f};

    private GiftSignaturePdf() {}

    public static byte[] write(GiftList list, String communeName, boolean approved, List<GiftEntry> entries) {
        Rectangle landscape = new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth());
        return new PdfPrinter(DecisionFonts.configuredDirectory())
                .print(
                        new PdfPrinter.Page(
                                landscape,
                                12 * PdfPrinter.MM,
                                12 * PdfPrinter.MM,
                                12 * PdfPrinter.MM,
                                14 * PdfPrinter.MM),
                        "Danh sách ký nhận " + list.name(),
                        writer -> {},
                        fonts -> elements(fonts, list, communeName, approved, entries),
                        "the signature list of gift list " + list.id());
    }

    private static List<Element> elements(
            DecisionFonts fonts, GiftList list, String communeName, boolean approved, List<GiftEntry> entries) {
        List<Element> elements = new ArrayList<>();
        PdfPTable heading = new PdfPTable(new float[] {45f, 55f});
        heading.setWidthPercentage(100);
        heading.addCell(plain(
                new Phrase("ỦY BAN NHÂN DÂN\n" + communeName.toUpperCase(java.util.Locale.ROOT), fonts.bold(11)),
                Element.ALIGN_CENTER));
        heading.addCell(plain(
                new Phrase("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", fonts.bold(11)),
                Element.ALIGN_CENTER));
        elements.add(heading);
        elements.add(
                centred("DANH SÁCH KÝ NHẬN " + list.name().toUpperCase(java.util.Locale.ROOT), fonts.bold(14), fonts));
        elements.add(centred(GiftSignatureList.caption(list, communeName, approved), fonts.italic(11), fonts));
        PdfPTable table = new PdfPTable(WIDTHS);
        table.setWidthPercentage(100);
        table.setSpacingBefore(8f);
        table.setHeaderRows(1);
        for (String header : GiftSignatureList.HEADERS) {
            table.addCell(boxed(new Phrase(header, fonts.bold(CELL)), Element.ALIGN_CENTER));
        }
        long n = 0;
        long total = 0;
        Font font = fonts.regular(CELL);
        for (GiftEntry e : entries) {
            if (!e.payable()) {
                continue;
            }
            total += e.amount();
            table.addCell(row(Long.toString(++n), font, Element.ALIGN_CENTER));
            table.addCell(row(e.fullName(), font, Element.ALIGN_LEFT));
            table.addCell(row(e.identityNumber(), font, Element.ALIGN_CENTER));
            table.addCell(row(PaymentTexts.category(e.category()), font, Element.ALIGN_LEFT));
            table.addCell(row(VietnameseFormat.money(e.amount()), font, Element.ALIGN_RIGHT));
            table.addCell(row(GiftSignatureList.channel(e), font, Element.ALIGN_LEFT));
            table.addCell(row("", font, Element.ALIGN_LEFT));
        }
        PdfPCell label = boxed(new Phrase("Tổng cộng: " + n + " người", fonts.bold(CELL)), Element.ALIGN_CENTER);
        label.setColspan(4);
        table.addCell(label);
        table.addCell(boxed(new Phrase(VietnameseFormat.money(total), fonts.bold(CELL)), Element.ALIGN_RIGHT));
        PdfPCell rest = boxed(new Phrase("", fonts.bold(CELL)), Element.ALIGN_LEFT);
        rest.setColspan(2);
        table.addCell(rest);
        elements.add(table);
        PdfPTable signatures = new PdfPTable(3);
        signatures.setWidthPercentage(100);
        signatures.setSpacingBefore(10f);
        for (String signer : List.of("NGƯỜI LẬP BIỂU", "NGƯỜI CHI TRẢ", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH")) {
            PdfPCell cell = plain(new Phrase(signer, fonts.bold(11)), Element.ALIGN_CENTER);
            cell.setMinimumHeight(80f);
            signatures.addCell(cell);
        }
        signatures.setKeepTogether(true);
        elements.add(signatures);
        return elements;
    }

    private static Paragraph centred(String value, Font font, DecisionFonts fonts) {
        Paragraph paragraph = new Paragraph(font.getSize() * 1.3f, value, font);
        // the paragraph's own spacing in the embedded font, so that no unembedded default font is brought in
        paragraph.setFont(fonts.regular(1));
        paragraph.setAlignment(Element.ALIGN_CENTER);
        return paragraph;
    }

    /** A data cell, tall enough to sign in. */
    private static PdfPCell row(String value, Font font, int alignment) {
        PdfPCell cell = boxed(new Phrase(value, font), alignment);
        cell.setMinimumHeight(24f);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return cell;
    }
}
