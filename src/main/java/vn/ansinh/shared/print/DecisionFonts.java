package vn.ansinh.shared.print;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The four Liberation Serif 2.x faces (metric-compatible with Times New Roman), embedded as Identity-H
 * subsets so that every Vietnamese letter prints and can be copied out of the PDF. Each file is read
 * once; the parsed fonts are shared by all documents, which OpenPDF allows (it writes each document's
 * subset from its own record of the glyphs used).
 *
 * <p>Liberation 1.x (Debian 12's and Ubuntu's {@code fonts-liberation}) has no Vietnamese letters such as
 * ơ, ư, ạ or ệ, and OpenPDF would silently leave them out: such fonts are refused. Debian 12 and Ubuntu
 * ship 2.x as {@code fonts-liberation2} (in {@code /usr/share/fonts/truetype/liberation2}); from Debian 13
 * {@code fonts-liberation} itself is 2.x.
 *
 * <p>Public so that the other printed documents (the cash payment lists) use the same fonts and checks.
 */
public final class DecisionFonts {

    /** System property naming the directory with the LiberationSerif-*.ttf files. */
    static final String DIRECTORY_PROPERTY = "ansinh.fonts.dir";
    /** Environment variable used when the system property is not set. */
    static final String DIRECTORY_VARIABLE = "ANSINH_FONTS_DIR";
    /** Where Debian puts Liberation 2.x: fonts-liberation2 (Debian 12, Ubuntu), fonts-liberation (Debian 13). */
    static final List<Path> DEFAULT_DIRECTORIES =
            List.of(Path.of("/usr/share/fonts/truetype/liberation2"), Path.of("/usr/share/fonts/truetype/liberation"));
    /** Letters missing from fonts without Vietnamese: horn and breve vowels, dot-below and hook-above tones. */
    static final String VIETNAMESE_SAMPLE = "ĂăÂâĐđÊêÔôƠơƯư"
            + "ẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹ";

    private static final String REGULAR_FILE = "LiberationSerif-Regular.ttf";
    private static final String INSTALL_HINT = "Install Liberation 2.x: Debian's fonts-liberation2 package on"
            + " Debian 12 and Ubuntu (apt-get install fonts-liberation2), fonts-liberation on Debian 13;"
            + " or set the system property " + DIRECTORY_PROPERTY + " (or the environment variable "
            + DIRECTORY_VARIABLE + ") to a directory holding LiberationSerif-{Regular,Bold,Italic,BoldItalic}.ttf"
            + " version 2.x";

    private final BaseFont regular;
    private final BaseFont bold;
    private final BaseFont italic;
    private final BaseFont boldItalic;

    private DecisionFonts(Path directory) {
        regular = load(directory, REGULAR_FILE);
        bold = load(directory, "LiberationSerif-Bold.ttf");
        italic = load(directory, "LiberationSerif-Italic.ttf");
        boldItalic = load(directory, "LiberationSerif-BoldItalic.ttf");
    }

    /** Reads the fonts; an {@link IllegalStateException} says how to install them when one is missing. */
    public static DecisionFonts from(Path directory) {
        return new DecisionFonts(directory);
    }

    /**
     * The directory from {@value #DIRECTORY_PROPERTY}, else {@value #DIRECTORY_VARIABLE}, else the first of
     * {@link #DEFAULT_DIRECTORIES} holding Liberation Serif (the first one when none does).
     */
    public static Path configuredDirectory() {
        String configured = System.getProperty(DIRECTORY_PROPERTY);
        if (configured == null || configured.isBlank()) {
            configured = System.getenv(DIRECTORY_VARIABLE);
        }
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured.strip());
        }
        return DEFAULT_DIRECTORIES.stream()
                .filter(directory -> Files.isRegularFile(directory.resolve(REGULAR_FILE)))
                .findFirst()
                .orElse(DEFAULT_DIRECTORIES.get(0));
    }

    public Font regular(float size) {
        return new Font(regular, size);
    }

    public Font bold(float size) {
        return new Font(bold, size);
    }

    public Font italic(float size) {
        return new Font(italic, size);
    }

    public Font boldItalic(float size) {
        return new Font(boldItalic, size);
    }

    /** The width of a text in a font, for rules as long as a line of text. */
    public static float width(String text, Font font) {
        return font.getBaseFont().getWidthPoint(text, font.getSize());
    }

    private static BaseFont load(Path directory, String fileName) {
        Path file = directory.resolve(fileName);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(
                    "Font " + fileName + " not found in " + directory.toAbsolutePath() + ". " + INSTALL_HINT);
        }
        BaseFont font;
        try {
            byte[] bytes = Files.readAllBytes(file);
            font = BaseFont.createFont(fileName, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read font " + file, e);
        } catch (DocumentException e) {
            throw new IllegalStateException("Not a usable TrueType font: " + file + ". " + INSTALL_HINT, e);
        }
        String missing = VIETNAMESE_SAMPLE
                .codePoints()
                .filter(letter -> !font.charExists(letter))
                .limit(12)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Font " + file + " lacks Vietnamese letters such as " + missing
                    + " (Liberation 1.x?). " + INSTALL_HINT);
        }
        return font;
    }
}
