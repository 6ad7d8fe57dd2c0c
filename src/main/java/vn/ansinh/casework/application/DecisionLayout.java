package vn.ansinh.casework.application;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.draw.LineSeparator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.ansinh.casework.domain.DecisionSheet;
import vn.ansinh.shared.print.DecisionFonts;
import vn.ansinh.shared.print.PdfPrinter;

/**
 * The parts of a decision laid out as in the template of Decree 30/2020/NĐ-CP (Phụ lục III): header
 * block, title and subject, authority, legal bases, articles, then recipients and signature. Font
 * sizes lie in the decree's ranges; the body is 14 pt with a 1 cm first-line indent, justified.
 */
final class DecisionLayout {

    /** Points per millimetre. */
    static final float MM = PdfPrinter.MM;
    /** Width of the text area of an A4 page with the decree's margins (30 mm left, 15 mm right). */
    static final float TEXT_WIDTH = 210 * MM - 30 * MM - 15 * MM;

    static final String NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";

    private static final float BODY = 14f;
    private static final float LEADING = 18f;
    private static final float INDENT = 10 * MM;
    private static final float PARAGRAPH_GAP = 6f;
    private static final float RULE_WIDTH = 0.6f;
    /** Space kept on each side of a header or footer column, so the two columns never touch. */
    private static final float COLUMN_PADDING = 6f;
    /** Recipients on the left, signature on the right. */
    private static final float[] FOOTER_COLUMNS = {45f, 55f};

    private final DecisionFonts fonts;

    DecisionLayout(DecisionFonts fonts) {
        this.fonts = fonts;
    }

    /** Everything printed, in order. */
    List<Element> elements(DecisionSheet sheet) {
        return elements(sheet, null);
    }

    /** A list decision (quyết định kèm danh sách): the decision, then its list as a table before the signature. */
    List<Element> elements(DecisionSheet sheet, ListTable list) {
        List<Element> elements = new ArrayList<>();
        elements.add(header(sheet));
        elements.addAll(title(sheet));
        for (String basis : sheet.legalBases()) {
            elements.add(bodyParagraph(new Chunk(text(basis), fonts.italic(BODY))));
        }
        Paragraph decides = centred(List.of("QUYẾT ĐỊNH:"), fonts.bold(BODY));
        decides.setSpacingBefore(PARAGRAPH_GAP);
        decides.setSpacingAfter(PARAGRAPH_GAP);
        elements.add(decides);
        for (DecisionSheet.Article article : sheet.articles()) {
            elements.addAll(article(article));
        }
        if (list != null) {
            elements.add(listTable(list));
        }
        elements.add(footer(sheet));
        return elements;
    }

    /** "Tuần Giáo, ngày 05 tháng 03 năm 2026": day and month with two digits. */
    static String dateLine(DecisionSheet sheet) {
        String date = String.format(
                "ngày %02d tháng %02d năm %d",
                sheet.signedOn().getDayOfMonth(),
                sheet.signedOn().getMonthValue(),
                sheet.signedOn().getYear());
        return sheet.hasPlace() ? text(sheet.place()) + ", " + date : "N" + date.substring(1);
    }

    /**
     * Issuing body and number on the left; national title, motto and date on the right, the right column
     * as wide as the national title. Number and date share a row, so they stand on one line.
     */
    private PdfPTable header(DecisionSheet sheet) {
        Font nationalFont = fonts.bold(12);
        float rightWidth = DecisionFonts.width(NATIONAL_TITLE, nationalFont) + 2 * COLUMN_PADDING + 2;
        float leftWidth = TEXT_WIDTH - rightWidth;
        float leftText = leftWidth - 2 * COLUMN_PADDING;

        PdfPCell body = cell(Element.ALIGN_CENTER);
        if (sheet.hasParentBody()) {
            Font parentFont = fonts.regular(12);
            body.addElement(centred(CentredLines.of(upper(sheet.parentBody()), parentFont, leftText), parentFont));
        }
        Font issuingFont = fonts.bold(12);
        List<String> issuing = CentredLines.of(upper(sheet.issuingBody()), issuingFont, leftText);
        body.addElement(centred(issuing, issuingFont));
        // a third to a half of the line above it (Decree 30)
        body.addElement(rule(CentredLines.widest(issuing, issuingFont) * 0.4f, leftText));

        PdfPCell nation = cell(Element.ALIGN_CENTER);
        nation.addElement(centred(List.of(NATIONAL_TITLE), nationalFont));
        Font mottoFont = fonts.bold(13);
        nation.addElement(centred(List.of(MOTTO), mottoFont));
        // as long as the motto
        nation.addElement(rule(DecisionFonts.width(MOTTO, mottoFont), rightWidth - 2 * COLUMN_PADDING));

        PdfPCell number = cell(Element.ALIGN_CENTER);
        number.addElement(centred(List.of("Số: " + text(sheet.number())), fonts.regular(13)));
        PdfPCell date = cell(Element.ALIGN_CENTER);
        date.addElement(centred(List.of(dateLine(sheet)), fonts.italic(13)));

        PdfPTable table = table(new float[] {leftWidth, rightWidth});
        table.addCell(body);
        table.addCell(nation);
        table.addCell(number);
        table.addCell(date);
        table.setSpacingAfter(3 * PARAGRAPH_GAP);
        return table;
    }

    private List<Element> title(DecisionSheet sheet) {
        Font font = fonts.bold(BODY);
        List<Element> elements = new ArrayList<>();
        elements.add(centred(List.of("QUYẾT ĐỊNH"), font));
        List<String> subject = CentredLines.of(text(sheet.subject()), font, TEXT_WIDTH);
        elements.add(centred(subject, font));
        // a third of the subject line
        elements.add(rule(CentredLines.widest(subject, font) / 3, TEXT_WIDTH));
        Paragraph authority = centred(CentredLines.of(upper(sheet.authority()), font, TEXT_WIDTH), font);
        authority.setSpacingBefore(2 * PARAGRAPH_GAP);
        authority.setSpacingAfter(2 * PARAGRAPH_GAP);
        elements.add(authority);
        return elements;
    }

    /** The heading in bold, then the first paragraph on the same line; the others indented below it. */
    private List<Element> article(DecisionSheet.Article article) {
        List<Element> elements = new ArrayList<>();
        List<String> paragraphs = article.paragraphs();
        elements.add(bodyParagraph(
                new Chunk(text(article.heading()) + " ", fonts.bold(BODY)),
                new Chunk(text(paragraphs.get(0)), fonts.regular(BODY))));
        for (String paragraph : paragraphs.subList(1, paragraphs.size())) {
            elements.add(bodyParagraph(new Chunk(text(paragraph), fonts.regular(BODY))));
        }
        return elements;
    }

    /** The columns and rows of a list decision's list, already formatted. */
    record ListTable(float[] widths, List<String> header, List<List<String>> rows) {}

    private PdfPTable listTable(ListTable list) {
        PdfPTable table = new PdfPTable(list.widths());
        table.setTotalWidth(TEXT_WIDTH);
        table.setLockedWidth(true);
        table.setHeaderRows(1);
        table.setSpacingBefore(PARAGRAPH_GAP);
        for (String heading : list.header()) {
            PdfPCell cell = new PdfPCell(new com.lowagie.text.Phrase(text(heading), fonts.bold(10)));
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            table.addCell(cell);
        }
        for (List<String> row : list.rows()) {
            for (String value : row) {
                table.addCell(new PdfPCell(new com.lowagie.text.Phrase(text(value), fonts.regular(10))));
            }
        }
        return table;
    }

    /** "Nơi nhận:" and the recipients on the left; who signs, with room for signature and seal, on the right. */
    private PdfPTable footer(DecisionSheet sheet) {
        float rightWidth = TEXT_WIDTH * FOOTER_COLUMNS[1] / 100 - 2 * COLUMN_PADDING;
        PdfPCell recipients = cell(Element.ALIGN_LEFT);
        // flush with the text above it
        recipients.setPaddingLeft(0);
        recipients.addElement(new Paragraph(14, "Nơi nhận:", fonts.boldItalic(12)));
        for (String recipient : sheet.recipients()) {
            recipients.addElement(new Paragraph(13, text(recipient), fonts.regular(11)));
        }

        PdfPCell signature = cell(Element.ALIGN_CENTER);
        Font font = fonts.bold(BODY);
        if (sheet.hasSignatureCapacity()) {
            signature.addElement(centred(CentredLines.of(upper(sheet.signatureCapacity()), font, rightWidth), font));
        }
        signature.addElement(centred(CentredLines.of(upper(sheet.signerTitle()), font, rightWidth), font));
        Paragraph room = new Paragraph(" ", fonts.regular(BODY));
        room.setLeading(4 * LEADING);
        signature.addElement(room);
        signature.addElement(centred(CentredLines.of(text(sheet.signerName()), font, rightWidth), font));

        PdfPTable table = table(FOOTER_COLUMNS);
        table.addCell(recipients);
        table.addCell(signature);
        table.setSpacingBefore(2 * PARAGRAPH_GAP);
        // moved whole to the next page rather than split from its signer
        table.setKeepTogether(true);
        return table;
    }

    private Paragraph bodyParagraph(Chunk... chunks) {
        Paragraph paragraph = new Paragraph(LEADING);
        for (Chunk chunk : chunks) {
            paragraph.add(chunk);
        }
        paragraph.setFont(spacingFont());
        paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
        paragraph.setFirstLineIndent(INDENT);
        paragraph.setSpacingAfter(PARAGRAPH_GAP);
        return paragraph;
    }

    private Paragraph centred(List<String> lines, Font font) {
        Paragraph paragraph = new Paragraph(font.getSize() * 1.2f);
        paragraph.add(new Chunk(String.join("\n", lines), font));
        paragraph.setFont(spacingFont());
        paragraph.setAlignment(Element.ALIGN_CENTER);
        return paragraph;
    }

    /**
     * The paragraph font, which only the spacing before and after a paragraph uses (the text has fonts
     * of its own). OpenPDF writes that spacing as a space character at the left margin: in a 1 pt font it
     * stays out of the lines of text when the PDF is read back, and without any font OpenPDF would bring
     * in an unembedded Helvetica for it.
     */
    private Font spacingFont() {
        return fonts.regular(1);
    }

    /** A centred horizontal rule of the given length, a little below the line before it. */
    private Paragraph rule(float length, float available) {
        LineSeparator line =
                new LineSeparator(RULE_WIDTH, Math.min(100f, 100f * length / available), null, Element.ALIGN_CENTER, 0);
        // "vertical": drawn across the whole line, so centring is relative to the column
        Chunk chunk = new Chunk(line, true);
        // without a font of its own the chunk would bring in an unembedded default font
        chunk.setFont(fonts.regular(BODY));
        Paragraph paragraph = new Paragraph(6f, chunk);
        paragraph.setSpacingAfter(4f);
        return paragraph;
    }

    private static PdfPCell cell(int alignment) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setPaddingLeft(COLUMN_PADDING);
        cell.setPaddingRight(COLUMN_PADDING);
        cell.setPaddingBottom(4f);
        cell.setHorizontalAlignment(alignment);
        cell.setUseAscender(true);
        return cell;
    }

    private static PdfPTable table(float[] columns) {
        PdfPTable table = new PdfPTable(columns);
        table.setTotalWidth(TEXT_WIDTH);
        table.setLockedWidth(true);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        return table;
    }

    /** Composed form (NFC): Liberation Serif has every Vietnamese letter precomposed, not its marks stacked. */
    private static String text(String value) {
        return Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
    }

    private static String upper(String value) {
        return text(value).toUpperCase(Locale.ROOT);
    }
}
