package vn.ansinh.casework.application;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.Objects;
import vn.ansinh.casework.domain.DecisionSheet;
import vn.ansinh.shared.print.DecisionFonts;
import vn.ansinh.shared.print.PdfPrinter;

/**
 * Prints a decision (quyết định) as an A4 PDF in the layout of Decree 30/2020/NĐ-CP: margins 20 mm top
 * and bottom, 30 mm left, 15 mm right; Liberation Serif (Times New Roman metrics) embedded, so the
 * Vietnamese text shows and copies out correctly on any machine; page numbers centred at the top from
 * page 2 on.
 *
 * <p>The fonts, Liberation Serif 2.x, are read from the directory named by the system property
 * {@code ansinh.fonts.dir}, else the environment variable {@code ANSINH_FONTS_DIR}, else
 * {@code /usr/share/fonts/truetype/liberation2} (Debian 12's {@code fonts-liberation2}), else
 * {@code /usr/share/fonts/truetype/liberation} (Debian 13's {@code fonts-liberation}). They are read once,
 * on the first decision printed; a missing font, or Liberation 1.x without the Vietnamese letters, then
 * fails with an {@link IllegalStateException} that says what to install.
 *
 * <p>Thread-safe: one instance serves the whole application.
 */
@ApplicationScoped
public class DecisionPdf {

    private static final float MM = DecisionLayout.MM;

    private final PdfPrinter printer;

    /** Fonts from the configured directory (see the class description). */
    public DecisionPdf() {
        this(DecisionFonts.configuredDirectory());
    }

    /** Fonts from the given directory, which must hold the LiberationSerif-*.ttf files. */
    public DecisionPdf(Path fontsDirectory) {
        this.printer = new PdfPrinter(fontsDirectory);
    }

    /** The decision as the bytes of a PDF file. */
    public byte[] render(DecisionSheet sheet) {
        Objects.requireNonNull(sheet, "sheet");
        return printer.print(
                new PdfPrinter.Page(PageSize.A4, 30 * MM, 15 * MM, 20 * MM, 20 * MM),
                "Quyết định " + sheet.number().strip(),
                PageNumbers::new,
                // justify by widening the spaces only: stretched letters read badly in Vietnamese
                writer -> writer.setSpaceCharRatio(PdfWriter.NO_SPACE_CHAR_RATIO),
                fonts -> new DecisionLayout(fonts).elements(sheet),
                "decision " + sheet.number());
    }

    /** A list decision as the bytes of a PDF file: the decision with its list as a table. */
    byte[] render(DecisionSheet sheet, DecisionLayout.ListTable list) {
        Objects.requireNonNull(sheet, "sheet");
        return printer.print(
                new PdfPrinter.Page(PageSize.A4, 30 * MM, 15 * MM, 20 * MM, 20 * MM),
                "Quyết định " + sheet.number().strip(),
                PageNumbers::new,
                writer -> writer.setSpaceCharRatio(PdfWriter.NO_SPACE_CHAR_RATIO),
                fonts -> new DecisionLayout(fonts).elements(sheet, list),
                "list decision " + sheet.number());
    }

    /** The page number centred in the top margin, from page 2 on (page 1 has none). */
    private static final class PageNumbers extends PdfPageEventHelper {

        private final DecisionFonts fonts;

        PageNumbers(DecisionFonts fonts) {
            this.fonts = fonts;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            int page = writer.getPageNumber();
            if (page > 1) {
                float x = (document.left() + document.right()) / 2;
                float y = document.getPageSize().getHeight() - 12 * MM;
                ColumnText.showTextAligned(
                        writer.getDirectContent(),
                        Element.ALIGN_CENTER,
                        new Phrase(Integer.toString(page), fonts.regular(13)),
                        x,
                        y,
                        0);
            }
        }
    }
}
