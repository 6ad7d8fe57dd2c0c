package vn.ansinh.report.application;

import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import java.nio.file.Path;
import vn.ansinh.shared.print.DecisionFonts;
import vn.ansinh.shared.print.PdfPrinter;

/** A {@link ReportTable} as a PDF in the state report layout: A4 landscape, Liberation Serif embedded. Thread-safe. */
public final class ReportPdf {

    public static final String CONTENT_TYPE = "application/pdf";

    private static final float MM = PdfPrinter.MM;

    private final PdfPrinter printer;

    public ReportPdf() {
        this(DecisionFonts.configuredDirectory());
    }

    public ReportPdf(Path fontsDirectory) {
        this.printer = new PdfPrinter(fontsDirectory);
    }

    public byte[] render(ReportTable table) {
        Rectangle landscape = new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth());
        return printer.print(
                new PdfPrinter.Page(landscape, 30 * MM, 15 * MM, 20 * MM, 20 * MM),
                table.title() + " - " + table.periodTitle(),
                writer -> {},
                fonts -> new ReportLayout(fonts).elements(table),
                "the report " + table.title());
    }
}
