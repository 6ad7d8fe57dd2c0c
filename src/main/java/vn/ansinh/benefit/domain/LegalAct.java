package vn.ansinh.benefit.domain;

import java.time.LocalDate;
import vn.ansinh.shared.kernel.BusinessRuleException;

/**
 * The legal act that sets a rate: its legal basis (e.g. "Nghị định số 76/2024/NĐ-CP"), the number of
 * the document and the day it was signed. Refuses a missing part with a message naming it.
 */
public record LegalAct(String basis, String documentNumber, LocalDate documentDate) {

    public LegalAct {
        basis = basis == null ? null : basis.strip();
        documentNumber = documentNumber == null ? null : documentNumber.strip();
        if (basis == null || basis.length() < 5 || basis.length() > 300) {
            throw new BusinessRuleException("rate.error.legalBasis");
        }
        if (documentNumber == null || documentNumber.isEmpty() || documentNumber.length() > 60) {
            throw new BusinessRuleException("rate.error.documentNumber");
        }
        if (documentDate == null) {
            throw new BusinessRuleException("rate.error.documentDate");
        }
    }
}
