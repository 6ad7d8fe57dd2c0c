package vn.ansinh.payment.channel.application;

import static vn.ansinh.shared.print.PdfCells.boxed;
import static vn.ansinh.shared.print.PdfCells.plain;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.ansinh.shared.print.DecisionFonts;
import vn.ansinh.shared.text.VietnameseFormat;

/** The parts of the cash list PDF: heading, table with its total row, signature blocks. */
final class CashListLayout {

    static final String TITLE = "DANH SÁCH CHI TRẢ TRỢ CẤP BẰNG TIỀN MẶT";
    static final String[] SIGNERS = {"NGƯỜI LẬP BIỂU", "KẾ TOÁN", "CHỦ TỊCH UBND"};
    static final String[] SIGNER_NOTES = {"(Ký, ghi rõ họ tên)", "(Ký, ghi rõ họ tên)", "(Ký tên, đóng dấu)"};

    private static final float CELL = 10f;
    /** Tall enough for a signature. */
    private static final float ROW_HEIGHT = 24f;

    private final DecisionFonts fonts;

    CashListLayout(DecisionFonts fonts) {
        this.fonts = fonts;
    }

    List<Element> elements(CashList list) {
        List<Element> elements = new ArrayList<>();
        elements.add(heading(list));
        elements.add(centred(TITLE, fonts.bold(14), 10f));
        elements.add(centred(PaymentTexts.monthTitle(list.month()), fonts.bold(12), 0f));
        String unit = "Đơn vị: " + text(list.unitName());
        if (list.communeName() != null) {
            unit += " - Xã, phường: " + text(list.communeName());
        }
        elements.add(centred(unit, fonts.regular(12), 0f));
        if (!list.approved()) {
            elements.add(centred("(Dự thảo: bảng chi trả chưa được phê duyệt)", fonts.italic(11), 0f));
        }
        elements.add(table(list));
        Paragraph summary = new Paragraph(
                16f,
                "Tổng số người nhận: " + list.people() + "; số khoản chi: "
                        + list.lines().size() + "; tổng số tiền: " + VietnameseFormat.money(list.total()) + " đồng.",
                fonts.italic(11));
        summary.setFont(spacingFont());
        summary.setSpacingBefore(4f);
        elements.add(summary);
        elements.add(signatures());
        return elements;
    }

    /** The unit on the left, the national title and motto on the right. */
    private PdfPTable heading(CashList list) {
        PdfPTable table = new PdfPTable(new float[] {45f, 55f});
        table.setWidthPercentage(100);
        table.addCell(
                plain(new Phrase("ỦY BAN NHÂN DÂN\n" + upper(list.unitName()), fonts.bold(11)), Element.ALIGN_CENTER));
        table.addCell(plain(
                new Phrase("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", fonts.bold(11)),
                Element.ALIGN_CENTER));
        return table;
    }

    private PdfPTable table(CashList list) {
        PdfPTable table = new PdfPTable(CashListColumn.pdfWidths());
        table.setWidthPercentage(100);
        table.setSpacingBefore(8f);
        table.setHeaderRows(1);
        for (CashListColumn column : CashListColumn.values()) {
            PdfPCell cell = boxed(new Phrase(column.header(), fonts.bold(CELL)), Element.ALIGN_CENTER);
            cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
            table.addCell(cell);
        }
        int number = 0;
        for (PaymentLine line : list.lines()) {
            number++;
            Font font = fonts.regular(CELL);
            table.addCell(row(Integer.toString(number), font, Element.ALIGN_CENTER));
            table.addCell(row(text(line.fullName()), font, Element.ALIGN_LEFT));
            table.addCell(row(Integer.toString(line.birthYear()), font, Element.ALIGN_CENTER));
            table.addCell(row(line.personalId() == null ? "" : line.personalId(), font, Element.ALIGN_CENTER));
            table.addCell(row(text(list.address(line)), font, Element.ALIGN_LEFT));
            table.addCell(row(PaymentTexts.category(line.category()), font, Element.ALIGN_LEFT));
            table.addCell(row(VietnameseFormat.month(line.forMonth()), font, Element.ALIGN_CENTER));
            table.addCell(row(PaymentTexts.kind(line.kind()), font, Element.ALIGN_CENTER));
            table.addCell(row(VietnameseFormat.money(line.amount()), font, Element.ALIGN_RIGHT));
            table.addCell(row("", font, Element.ALIGN_LEFT));
        }
        PdfPCell label = boxed(new Phrase("Tổng cộng", fonts.bold(CELL)), Element.ALIGN_CENTER);
        label.setColspan(CashListColumn.AMOUNT.ordinal());
        table.addCell(label);
        table.addCell(boxed(new Phrase(VietnameseFormat.money(list.total()), fonts.bold(CELL)), Element.ALIGN_RIGHT));
        table.addCell(boxed(new Phrase("", fonts.bold(CELL)), Element.ALIGN_LEFT));
        return table;
    }

    /** The date to fill in, then who prepares, who checks and who approves the list. */
    private PdfPTable signatures() {
        PdfPTable table = new PdfPTable(3);
        table.setWidthPercentage(100);
        table.setSpacingBefore(10f);
        table.addCell(plain(new Phrase("", fonts.regular(11)), Element.ALIGN_CENTER));
        table.addCell(plain(new Phrase("", fonts.regular(11)), Element.ALIGN_CENTER));
        table.addCell(plain(
                new Phrase("........., ngày ..... tháng ..... năm .........", fonts.italic(11)), Element.ALIGN_CENTER));
        for (int i = 0; i < SIGNERS.length; i++) {
            Phrase phrase = new Phrase(SIGNERS[i] + "\n", fonts.bold(11));
            phrase.add(new Phrase(SIGNER_NOTES[i], fonts.italic(10)));
            PdfPCell cell = plain(phrase, Element.ALIGN_CENTER);
            // room for the signature and the seal
            cell.setMinimumHeight(80f);
            table.addCell(cell);
        }
        table.setKeepTogether(true);
        return table;
    }

    private Paragraph centred(String value, Font font, float spacingBefore) {
        Paragraph paragraph = new Paragraph(font.getSize() * 1.3f, value, font);
        paragraph.setFont(spacingFont());
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingBefore(spacingBefore);
        return paragraph;
    }

    /** A data cell, tall enough to sign in. */
    private static PdfPCell row(String value, Font font, int alignment) {
        PdfPCell cell = boxed(new Phrase(value, font), alignment);
        cell.setMinimumHeight(ROW_HEIGHT);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return cell;
    }

    /**
     * The font of a paragraph's own spacing (OpenPDF writes it as a space): the embedded font in 1 pt,
     * so that no unembedded default font is brought in.
     */
    private Font spacingFont() {
        return fonts.regular(1);
    }

    /** Composed form (NFC): Liberation Serif has every Vietnamese letter precomposed. */
    private static String text(String value) {
        return value == null ? "" : Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
    }

    private static String upper(String value) {
        return text(value).toUpperCase(Locale.ROOT);
    }
}
