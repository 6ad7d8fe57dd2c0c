package vn.ansinh.shared.print;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPageEvent;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What every printed document shares (decisions, cash lists, signature lists, reports): the embedded Liberation
 * Serif fonts, read once on first use, the page numbers ("Trang 1/3", {@link PageNumbers}) and the writing of
 * laid-out elements to the bytes of a PDF. Thread-safe.
 */
public final class PdfPrinter {

    /** Points per millimetre. */
    public static final float MM = 72f / 25.4f;

    private final Path fontsDirectory;
    private volatile DecisionFonts fonts;

    public PdfPrinter(Path fontsDirectory) {
        this.fontsDirectory = Objects.requireNonNull(fontsDirectory, "fontsDirectory");
    }

    /** The fonts, loaded on the first call (a missing or Vietnamese-less font fails here, saying what to install). */
    public DecisionFonts fonts() {
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

    /** A page size and its margins (left, right, top, bottom), in points. */
    public record Page(Rectangle size, float left, float right, float top, float bottom) {}

    /**
     * Lays out a document with the shared footer, "Trang 1/3" on every page ({@link PageNumbers}): {@code setup}
     * adjusts the writer, the elements come from the fonts; {@code what} names the document in an error.
     */
    public byte[] print(
            Page page,
            String title,
            Consumer<PdfWriter> setup,
            Function<DecisionFonts, List<Element>> elements,
            String what) {
        return print(page, title, PageNumbers::new, setup, elements, what);
    }

    /**
     * Lays out a document whose pages are numbered its own way (a decision, as the state format says):
     * {@code pageNumbers} draws the page numbers, {@code setup} adjusts the writer,
     * the elements come from the fonts; {@code what} names the document in an error.
     */
    public byte[] print(
            Page page,
            String title,
            Function<DecisionFonts, PdfPageEvent> pageNumbers,
            Consumer<PdfWriter> setup,
            Function<DecisionFonts, List<Element>> elements,
            String what) {
        DecisionFonts loaded = fonts();
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        Document document = new Document(page.size(), page.left(), page.right(), page.top(), page.bottom());
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            setup.accept(writer);
            writer.setPageEvent(pageNumbers.apply(loaded));
            document.addTitle(title);
            document.addCreator("AnSinh");
            document.open();
            for (Element element : elements.apply(loaded)) {
                document.add(element);
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot lay out " + what, e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
        return out.toByteArray();
    }
}
