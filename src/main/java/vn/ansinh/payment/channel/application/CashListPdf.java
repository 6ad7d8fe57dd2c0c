package vn.ansinh.payment.channel.application;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.Objects;
import vn.ansinh.shared.print.DecisionFonts;
import vn.ansinh.shared.print.PdfPrinter;

/**
 * Prints a {@link CashList} as a PDF: A4 landscape, Liberation Serif embedded (the decisions' fonts,
 * {@link DecisionFonts}, so every Vietnamese letter prints and copies out), the column headers
 * repeated on every page, the page number at the bottom, the total and the signature blocks
 * (Người lập biểu, Kế toán, Chủ tịch UBND) at the end. Thread-safe.
 */
@ApplicationScoped
public class CashListPdf {

    static final float MM = PdfPrinter.MM;

    private final PdfPrinter printer;

    /** Fonts from the configured directory (as for decisions). */
    public CashListPdf() {
        this(DecisionFonts.configuredDirectory());
    }

    public CashListPdf(Path fontsDirectory) {
        this.printer = new PdfPrinter(fontsDirectory);
    }

    /** The list as the bytes of a PDF file. */
    public byte[] render(CashList list) {
        Objects.requireNonNull(list, "list");
        // landscape as a wider-than-high page, not as a rotated portrait page (text reads left to right when extracted)
        Rectangle landscape = new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth());
        return printer.print(
                new PdfPrinter.Page(landscape, 12 * MM, 12 * MM, 12 * MM, 14 * MM),
                CashListLayout.TITLE + " - " + PaymentTexts.monthTitle(list.month()),
                PageNumbers::new,
                writer -> {},
                fonts -> new CashListLayout(fonts).elements(list),
                "the cash list of " + list.unitName());
    }

    /** "Trang n" centred in the bottom margin of every page. */
    private static final class PageNumbers extends PdfPageEventHelper {

        private final DecisionFonts fonts;

        PageNumbers(DecisionFonts fonts) {
            this.fonts = fonts;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            float x = (document.left() + document.right()) / 2;
            ColumnText.showTextAligned(
                    writer.getDirectContent(),
                    Element.ALIGN_CENTER,
                    new Phrase("Trang " + writer.getPageNumber(), fonts.italic(9)),
                    x,
                    7 * MM,
                    0);
        }
    }
}
