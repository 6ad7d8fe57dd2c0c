package vn.ansinh.payment.channel.application;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Objects;
import vn.ansinh.casework.application.DecisionFonts;

/**
 * Prints a {@link CashList} as a PDF: A4 landscape, Liberation Serif embedded (the decisions' fonts,
 * {@link DecisionFonts}, so every Vietnamese letter prints and copies out), the column headers
 * repeated on every page, the page number at the bottom, the total and the signature blocks
 * (Người lập biểu, Kế toán, Chủ tịch UBND) at the end. Thread-safe.
 */
@ApplicationScoped
public class CashListPdf {

    static final float MM = 72f / 25.4f;

    private final Path fontsDirectory;
    private volatile DecisionFonts fonts;

    /** Fonts from the configured directory (as for decisions). */
    public CashListPdf() {
        this(DecisionFonts.configuredDirectory());
    }

    public CashListPdf(Path fontsDirectory) {
        this.fontsDirectory = Objects.requireNonNull(fontsDirectory, "fontsDirectory");
    }

    /** The list as the bytes of a PDF file. */
    public byte[] render(CashList list) {
        Objects.requireNonNull(list, "list");
        DecisionFonts loaded = fonts();
        CashListLayout layout = new CashListLayout(loaded);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        // landscape as a wider-than-high page, not as a rotated portrait page (text reads left to right when extracted)
        Document document = new Document(new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth()),
                12 * MM, 12 * MM, 12 * MM, 14 * MM);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new PageNumbers(loaded));
            document.addTitle(CashListLayout.TITLE + " - " + PaymentTexts.monthTitle(list.month()));
            document.addCreator("AnSinh");
            document.open();
            for (Element element : layout.elements(list)) {
                document.add(element);
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot lay out the cash list of " + list.unitName(), e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
        return out.toByteArray();
    }

    private DecisionFonts fonts() {
        DecisionFonts loaded = fonts;
        if (loaded == null) {
            synchronized (this) {
                loaded = fonts;
                if (loaded == null) {
                    loaded = DecisionFonts.from(fontsDirectory);
                    fonts = loaded;
                }
            }
        }
        return loaded;
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
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                    new Phrase("Trang " + writer.getPageNumber(), fonts.italic(9)), x, 7 * MM, 0);
        }
    }
}
