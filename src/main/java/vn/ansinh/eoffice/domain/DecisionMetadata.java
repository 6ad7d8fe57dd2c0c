package vn.ansinh.eoffice.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The metadata of a signed decision as an e-office system files it (Decree 30/2020/NĐ-CP, Appendix VI; element
 * names in src/docs/e-office.md): everything already as printed.
 *
 * @param id            the decision's id in AnSinh
 * @param number        the number (Số), e.g. 125
 * @param symbol        the symbol (Ký hiệu), e.g. "QĐ-UBND"
 * @param signedOn      the date of the decision
 * @param place         the place name of the date line, or null
 * @param unitCode      the issuing unit's administrative code
 * @param parentBody    the body above the issuing body, or null
 * @param issuingBody   the issuing body, e.g. "ỦY BAN NHÂN DÂN XÃ TUẦN GIÁO"
 * @param signerName    who signed
 * @param signerTitle   the signer's position, e.g. "CHỦ TỊCH"
 * @param capacity      the signing capacity, e.g. "TM. ỦY BAN NHÂN DÂN", or null
 * @param subject       the abstract (Trích yếu)
 * @param recipients    the "Nơi nhận" lines
 * @param list          whether it is a list decision (quyết định kèm danh sách; {@code id} is then the list's id)
 */
public record DecisionMetadata(
        long id,
        int number,
        String symbol,
        LocalDate signedOn,
        String place,
        String unitCode,
        String parentBody,
        String issuingBody,
        String signerName,
        String signerTitle,
        String capacity,
        String subject,
        List<String> recipients,
        boolean list) {

    public DecisionMetadata {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(signedOn, "signedOn");
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(issuingBody, "issuingBody");
        Objects.requireNonNull(signerName, "signerName");
        Objects.requireNonNull(signerTitle, "signerTitle");
        Objects.requireNonNull(subject, "subject");
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    /** "125/QĐ-UBND". */
    public String numberAndSymbol() {
        return number + "/" + symbol;
    }

    /** A file name without slashes: "quyet-dinh-125-QĐ-UBND". */
    public String fileStem() {
        return "quyet-dinh-" + number + "-" + symbol;
    }
}
