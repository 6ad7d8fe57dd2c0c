package vn.ansinh.report.application;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import vn.ansinh.shared.export.TableWorkbook;
import vn.ansinh.shared.text.VietnameseFormat;

/**
 * The health-insurance list as Excel, in Vietnamese whatever the page's language: sheet 1 the list of the month with
 * the columns of VSS's list of participants (STT, họ tên, mã số BHXH, ngày sinh, giới tính, số định danh cá nhân, địa
 * chỉ, mã đối tượng, mức hưởng, từ tháng — after Form D03-TS of Decision 595/QĐ-BHXH as amended by 490/QĐ-BHXH, see
 * health-insurance-list.md for what is not confirmed), sheet 2 the changes since the previous month (tăng, giảm with
 * the reason, đổi mã đối tượng). Written as it streams ({@link TableWorkbook}).
 */
public final class HealthInsuranceWorkbook {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final ResourceBundle VI = ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag("vi"));

    static final List<String> LIST_COLUMNS = List.of(
            "number",
            "name",
            "socialInsuranceNo",
            "birth",
            "sex",
            "personalId",
            "address",
            "commune",
            "groupCode",
            "benefitLevel",
            "from",
            "category");

    static final List<String> CHANGE_COLUMNS = List.of(
            "number",
            "change",
            "name",
            "socialInsuranceNo",
            "birth",
            "sex",
            "personalId",
            "commune",
            "groupCode",
            "benefitLevel",
            "month",
            "reason");

    private HealthInsuranceWorkbook() {}

    /** The workbook's bytes. */
    public static byte[] write(HealthInsuranceList list) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWorkbook book = new TableWorkbook(label("insurance.sheet.list"), headers(LIST_COLUMNS))) {
            captions(book, list, "insurance.document.list");
            long number = 0;
            for (InsuredPerson p : list.insured()) {
                book.row(
                        TableWorkbook.number(++number),
                        TableWorkbook.text(p.fullName()),
                        TableWorkbook.text(p.socialInsuranceNumber()),
                        TableWorkbook.text(p.birth().format()),
                        TableWorkbook.text(label(p.sex().labelKey())),
                        TableWorkbook.text(p.personalId()),
                        TableWorkbook.text(p.address()),
                        TableWorkbook.text(p.communeName()),
                        TableWorkbook.text(p.group().code()),
                        TableWorkbook.number((long) p.group().benefitLevel()),
                        TableWorkbook.month(p.from()),
                        TableWorkbook.text(label(p.category().labelKey())));
            }
            book.sheet(label("insurance.sheet.changes"), headers(CHANGE_COLUMNS));
            captions(book, list, "insurance.document.changes");
            number = 0;
            for (InsuranceChange c : list.changes()) {
                InsuredPerson p = c.person();
                book.row(
                        TableWorkbook.number(++number),
                        TableWorkbook.text(label(c.kind().labelKey())),
                        TableWorkbook.text(p.fullName()),
                        TableWorkbook.text(p.socialInsuranceNumber()),
                        TableWorkbook.text(p.birth().format()),
                        TableWorkbook.text(label(p.sex().labelKey())),
                        TableWorkbook.text(p.personalId()),
                        TableWorkbook.text(p.communeName()),
                        TableWorkbook.text(p.group().code()),
                        TableWorkbook.number((long) p.group().benefitLevel()),
                        TableWorkbook.month(c.month()),
                        c.reason() == null
                                ? null
                                : TableWorkbook.text(label(c.reason().labelKey())));
            }
            book.writeTo(out);
        }
        return out.toByteArray();
    }

    private static void captions(TableWorkbook book, HealthInsuranceList list, String documentKey) {
        book.caption(label(documentKey));
        book.caption(label("insurance.caption.unit") + ": " + list.unitName() + " · " + label("insurance.caption.month")
                + ": " + VietnameseFormat.month(list.month()));
        book.caption(label("insurance.caption.source"));
    }

    private static List<String> headers(List<String> columns) {
        return columns.stream()
                .map(column -> label("insurance.column." + column))
                .toList();
    }

    private static String label(String key) {
        return VI.getString(key);
    }
}
