package vn.ansinh.report.application;

import static vn.ansinh.shared.print.PdfCells.boxed;
import static vn.ansinh.shared.print.PdfCells.plain;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.ansinh.shared.print.DecisionFonts;
import vn.ansinh.shared.text.VietnameseFormat;

/**
 * The parts of a report in the state report layout (Decree 30/2020/NĐ-CP, as the cash lists and decisions): the
 * issuing body and the number at top left, the national title and motto at top right, the title and period, the
 * table with its total line, the place-and-date line and the signature blocks.
 */
final class ReportLayout {

    static final String DATE_LINE = "........., ngày ..... tháng ..... năm .........";
    static final String PREPARER = "NGƯỜI LẬP BIỂU";
    static final String NUMBER = "Số: ......./BC-";

    private static final float CELL = 9.5f;

    private final DecisionFonts fonts;

    ReportLayout(DecisionFonts fonts) {
        this.fonts = fonts;
    }

    /**
     * The issuing body: the body the table names (for the country, the organisation running the system, as an
     * administrator entered it), else the People's Committee of the unit; for the country without a name, a line to
     * fill in.
     */
    static String issuer(ReportTable table) {
        if (table.issuer() != null && !table.issuer().isBlank()) {
            return upper(table.issuer());
        }
        return table.national()
                ? "......................................."
                : "ỦY BAN NHÂN DÂN " + upper(table.unitName());
    }

    /** The number and symbol of the report, to be filled in ("Số: ......./BC-UBND"). */
    static String number(ReportTable table) {
        return NUMBER + (table.national() ? "" : "UBND");
    }

    /** The signature of the head of the issuing body. */
    static String head(ReportTable table) {
        return table.national() ? "THỦ TRƯỞNG CƠ QUAN" : "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH";
    }

    List<Element> elements(ReportTable table) {
        List<Element> elements = new ArrayList<>();
        elements.add(heading(table));
        elements.add(centred(table.title(), fonts.bold(13), 10f));
        elements.add(centred(table.periodTitle() + " - " + text(table.unitName()), fonts.bold(12), 0f));
        elements.add(body(table));
        if (table.note() != null) {
            Paragraph note = new Paragraph(14f, text(table.note()), fonts.italic(10));
            note.setFont(fonts.regular(1));
            note.setSpacingBefore(4f);
            elements.add(note);
        }
        elements.add(signatures(table));
        return elements;
    }

    private PdfPTable heading(ReportTable table) {
        PdfPTable heading = new PdfPTable(new float[] {45f, 55f});
        heading.setWidthPercentage(100);
        Phrase issuer = new Phrase(issuer(table) + "\n", fonts.bold(11));
        issuer.add(new Phrase(number(table), fonts.regular(11)));
        heading.addCell(plain(issuer, Element.ALIGN_CENTER));
        heading.addCell(plain(
                new Phrase("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", fonts.bold(11)),
                Element.ALIGN_CENTER));
        return heading;
    }

    private PdfPTable body(ReportTable table) {
        int columns = table.columns().size();
        float[] widths = new float[columns];
        for (int c = 0; c < columns; c++) {
            widths[c] = c == 0 ? 3.2f : 1f;
        }
        PdfPTable body = new PdfPTable(widths);
        body.setWidthPercentage(100);
        body.setSpacingBefore(8f);
        body.setHeaderRows(1);
        for (ReportTable.Column column : table.columns()) {
            PdfPCell cell = boxed(new Phrase(column.header(), fonts.bold(CELL)), Element.ALIGN_CENTER);
            cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
            body.addCell(cell);
        }
        for (ReportTable.Line line : table.lines()) {
            addLine(table, body, line, line.bold() ? fonts.bold(CELL) : fonts.regular(CELL));
        }
        addLine(table, body, table.total(), fonts.bold(CELL));
        return body;
    }

    private void addLine(ReportTable table, PdfPTable body, ReportTable.Line line, Font font) {
        for (int c = 0; c < table.columns().size(); c++) {
            ReportTable.Column column = table.columns().get(c);
            String value;
            int align = Element.ALIGN_RIGHT;
            if (column.kind() == ReportTable.Kind.TEXT) {
                value = line.cell(c) == null ? "" : text(line.cell(c).toString());
                align = Element.ALIGN_LEFT;
            } else if (column.isNumber()) {
                Long number = ReportTable.number(line, c);
                value = number == null ? ReportTable.ABSENT : VietnameseFormat.money(number);
            } else {
                BigDecimal percent = table.percent(line, c);
                value = percent == null
                        ? ReportTable.ABSENT
                        : percent.toPlainString().replace('.', ',');
            }
            body.addCell(boxed(new Phrase(value, font), align));
        }
    }

    private PdfPTable signatures(ReportTable table) {
        PdfPTable signatures = new PdfPTable(2);
        signatures.setWidthPercentage(100);
        signatures.setSpacingBefore(10f);
        signatures.addCell(plain(new Phrase("", fonts.regular(11)), Element.ALIGN_CENTER));
        signatures.addCell(plain(new Phrase(DATE_LINE, fonts.italic(11)), Element.ALIGN_CENTER));
        String[] signers = {PREPARER, head(table)};
        String[] notes = {"(Ký, ghi rõ họ tên)", "(Ký tên, đóng dấu)"};
        for (int i = 0; i < signers.length; i++) {
            Phrase phrase = new Phrase(signers[i] + "\n", fonts.bold(11));
            phrase.add(new Phrase(notes[i], fonts.italic(10)));
            PdfPCell cell = plain(phrase, Element.ALIGN_CENTER);
            cell.setMinimumHeight(80f);
            signatures.addCell(cell);
        }
        signatures.setKeepTogether(true);
        return signatures;
    }

    private Paragraph centred(String value, Font font, float spacingBefore) {
        Paragraph paragraph = new Paragraph(font.getSize() * 1.3f, text(value), font);
        paragraph.setFont(fonts.regular(1));
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingBefore(spacingBefore);
        return paragraph;
    }

    private static String text(String value) {
        return value == null ? "" : Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
    }

    private static String upper(String value) {
        return text(value).toUpperCase(Locale.ROOT);
    }
}
