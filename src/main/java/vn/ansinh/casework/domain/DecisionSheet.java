package vn.ansinh.casework.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * Exactly what is printed on a decision (quyết định) in the layout of Decree 30/2020/NĐ-CP: every text
 * already in Vietnamese and already formatted, so that printing adds only layout. Lists are copied and
 * cannot be changed.
 *
 * @param parentBody        the line above the issuing body, e.g. "ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN";
 *                          null or blank when there is none
 * @param issuingBody       e.g. "ỦY BAN NHÂN DÂN XÃ TUẦN GIÁO" or "SỞ NỘI VỤ"
 * @param number            e.g. "125/QĐ-UBND"
 * @param place             the place name before the date, e.g. "Tuần Giáo"; when null or blank the
 *                          date line starts with "Ngày"
 * @param signedOn          the date of signature
 * @param subject           the summary (trích yếu), e.g. "Về việc hưởng trợ cấp xã hội hằng tháng"
 * @param authority         who decides, e.g. "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TUẦN GIÁO"
 * @param legalBases        one "Căn cứ …;" line each
 * @param articles          Điều 1, Điều 2, …; at least one
 * @param recipients        the "Nơi nhận" lines, e.g. "- Như Điều 3;", "- Lưu: VT."
 * @param signatureCapacity e.g. "TM. ỦY BAN NHÂN DÂN" or "KT. CHỦ TỊCH"; may be null or blank
 * @param signerTitle       e.g. "CHỦ TỊCH" or "PHÓ CHỦ TỊCH"
 * @param signerName        e.g. "Lò Văn Thành"
 */
public record DecisionSheet(
        String parentBody,
        String issuingBody,
        String number,
        String place,
        LocalDate signedOn,
        String subject,
        String authority,
        List<String> legalBases,
        List<Article> articles,
        List<String> recipients,
        String signatureCapacity,
        String signerTitle,
        String signerName) {

    /** Refuses a sheet that would print without its required parts. */
    public DecisionSheet {
        required(issuingBody, "issuingBody");
        required(number, "number");
        if (signedOn == null) {
            throw new IllegalArgumentException("signedOn is required");
        }
        required(subject, "subject");
        required(authority, "authority");
        required(signerTitle, "signerTitle");
        required(signerName, "signerName");
        legalBases = lines(legalBases, "legalBases");
        articles = articles == null ? List.of() : List.copyOf(articles);
        recipients = lines(recipients, "recipients");
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("A decision needs at least one article");
        }
    }

    /**
     * One article: its heading, printed in bold at the start of the first paragraph, and its paragraphs.
     *
     * @param heading    e.g. "Điều 1."
     * @param paragraphs the text; the first follows the heading on the same line
     */
    public record Article(String heading, List<String> paragraphs) {

        /** Refuses an article without heading or text. */
        public Article {
            required(heading, "heading");
            paragraphs = lines(paragraphs, "paragraphs");
            if (paragraphs.isEmpty()) {
                throw new IllegalArgumentException("An article needs at least one paragraph");
            }
        }
    }

    /** Whether there is a parent body line to print. */
    public boolean hasParentBody() {
        return parentBody != null && !parentBody.isBlank();
    }

    /** Whether there is a signature capacity line (TM., KT., …) to print. */
    public boolean hasSignatureCapacity() {
        return signatureCapacity != null && !signatureCapacity.isBlank();
    }

    /** Whether the date line starts with a place name. */
    public boolean hasPlace() {
        return place != null && !place.isBlank();
    }

    private static void required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }

    /** An unmodifiable copy; null stands for no lines, and every line must have text. */
    private static List<String> lines(List<String> lines, String name) {
        if (lines == null) {
            return List.of();
        }
        for (String line : lines) {
            required(line, "each of " + name);
        }
        return List.copyOf(lines);
    }
}
