package vn.ansinh.benefit.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The fields a new rate row is typed with on the rates page: the month it applies from, the amount (where the
 * row has one) and the legal act that sets it. The level, coefficient and annex forms each hold one.
 */
public class RateEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    private YearMonth from;
    private Long amount;
    private String legalBasis;
    private String documentNumber;
    private LocalDate documentDate;

    public YearMonth getFrom() {
        return from;
    }

    public void setFrom(YearMonth from) {
        this.from = from;
    }

    public Long getAmount() {
        return amount;
    }

    public void setAmount(Long amount) {
        this.amount = amount;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public void setDocumentNumber(String documentNumber) {
        this.documentNumber = documentNumber;
    }

    public LocalDate getDocumentDate() {
        return documentDate;
    }

    public void setDocumentDate(LocalDate documentDate) {
        this.documentDate = documentDate;
    }
}
