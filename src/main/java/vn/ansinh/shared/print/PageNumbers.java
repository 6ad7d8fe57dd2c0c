package vn.ansinh.shared.print;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * "Trang 1/3" centred in the bottom margin of every page, the footer of every document {@link PdfPrinter} prints
 * unless the document has a numbering of its own (a decision numbers its pages as the state format says). The total
 * is not known while a page is laid out: each page carries a small template, written once when the document closes.
 */
public final class PageNumbers extends PdfPageEventHelper {

    private static final float SIZE = 9f;
    private static final float BOTTOM = 7 * PdfPrinter.MM;

    private final Font font;
    private PdfTemplate total;

    public PageNumbers(DecisionFonts fonts) {
        this.font = fonts.italic(SIZE);
    }

    /** The text before the total on page {@code page}, e.g. {@code "Trang 2/"}. */
    static String prefix(int page) {
        return "Trang " + page + "/";
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(40, SIZE * 1.5f);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        String text = prefix(writer.getPageNumber());
        float textWidth = font.getBaseFont().getWidthPoint(text, SIZE);
        float totalWidth = font.getBaseFont().getWidthPoint("000", SIZE);
        float x = (document.left() + document.right()) / 2 - (textWidth + totalWidth) / 2;
        PdfContentByte canvas = writer.getDirectContent();
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(text, font), x, BOTTOM, 0);
        canvas.addTemplate(total, x + textWidth, BOTTOM);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        // the page count is one more than the last page laid out (the writer has moved on)
        ColumnText.showTextAligned(
                total, Element.ALIGN_LEFT, new Phrase(Integer.toString(writer.getPageNumber() - 1), font), 0, 0, 0);
    }
}
