package vn.ansinh.payment.channel.application;

import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
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
                writer -> {},
                fonts -> new CashListLayout(fonts).elements(list),
                "the cash list of " + list.unitName());
    }
}
