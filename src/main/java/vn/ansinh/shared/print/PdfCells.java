package vn.ansinh.shared.print;

import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;

/** The table cells of the printed lists and reports: a boxed cell of the table, and the same without its border. */
public final class PdfCells {

    private PdfCells() {}

    /** A cell with its border, aligned as asked, its text set on the font's ascender. */
    public static PdfPCell boxed(Phrase phrase, int alignment) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(3f);
        cell.setUseAscender(true);
        return cell;
    }

    /** The same cell without a border (headings, signature blocks). */
    public static PdfPCell plain(Phrase phrase, int alignment) {
        PdfPCell cell = boxed(phrase, alignment);
        cell.setBorder(Rectangle.NO_BORDER);
        return cell;
    }
}
