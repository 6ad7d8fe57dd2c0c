package vn.ansinh.casework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import vn.ansinh.shared.kernel.AdminUnitCode;

/**
 * One list decision of one commune (quyết định kèm danh sách): prepared by an administrator or the
 * commune officer, signed by the commune chairman, who ends and opens all its cases from one month.
 * Numbered with the commune's other decisions ({@link DecisionNumber}).
 */
@Entity
@Table(name = "list_decision")
public class ListDecision implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "rule_code", nullable = false)
    private ListRule rule;

    @Column(name = "commune_code", nullable = false)
    private String communeCode;

    @Column(name = "province_code", nullable = false)
    private String provinceCode;

    @Column(name = "issuing_unit_code")
    private String issuingUnitCode;

    @Column(name = "from_month", nullable = false)
    private LocalDate fromMonth;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private ListDecisionStatus status;

    @Column(name = "prepared_at", nullable = false)
    private LocalDateTime preparedAt;

    @Column(name = "prepared_by", nullable = false)
    private String preparedBy;

    @Column(name = "document_symbol")
    private String documentSymbol;

    @Column(name = "decision_year")
    private Integer year;

    @Column(name = "sequence_no")
    private Integer sequence;

    @Column(name = "number")
    private String number;

    @Column(name = "signed_on")
    private LocalDate signedOn;

    @Column(name = "signed_at")
    private LocalDateTime signedAt;

    @Column(name = "signer")
    private String signer;

    @Column(name = "signer_name")
    private String signerName;

    @Column(name = "signer_title")
    private String signerTitle;

    @Column(name = "legal_basis")
    private String legalBasis;

    @Column(name = "subject")
    private String subject;

    @Column(name = "sheet_json")
    private String sheetJson;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ListDecision() {
        // for JPA
    }

    /** A list prepared for a commune: the preview kept for the chairman to sign. */
    public static ListDecision prepare(
            ListRule rule, AdminUnitCode commune, AdminUnitCode province, YearMonth from, String by, Instant at) {
        ListDecision list = new ListDecision();
        list.rule = rule;
        list.communeCode = commune.value();
        list.provinceCode = province.value();
        list.fromMonth = from.atDay(1);
        list.status = ListDecisionStatus.PREPARED;
        list.preparedBy = by;
        list.preparedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        return list;
    }

    /** A newer preparation replaces this one. */
    public void discard() {
        status = status.to(ListDecisionStatus.DISCARDED);
    }

    /**
     * The chairman of the issuing unit signs: the list gets its number (in the issuing unit's sequence) and its
     * printed text and can never change again.
     */
    public void sign(
            AdminUnitCode issuingUnit,
            DecisionNumber number,
            int year,
            Decision.Signature signature,
            String legalBasis,
            String subject,
            String sheetJson) {
        status = status.to(ListDecisionStatus.SIGNED);
        this.issuingUnitCode = issuingUnit.value();
        this.documentSymbol = number.symbol();
        this.year = year;
        this.sequence = number.sequence();
        this.number = number.toString();
        this.signedOn = signature.signedOn();
        this.signedAt = LocalDateTime.ofInstant(signature.at(), ZoneOffset.UTC);
        this.signer = signature.username();
        this.signerName = signature.name();
        this.signerTitle = signature.title();
        this.legalBasis = legalBasis;
        this.subject = subject;
        this.sheetJson = sheetJson;
    }

    public Long id() {
        return id;
    }

    public ListRule rule() {
        return rule;
    }

    public AdminUnitCode communeCode() {
        return AdminUnitCode.of(communeCode);
    }

    public AdminUnitCode provinceCode() {
        return AdminUnitCode.of(provinceCode);
    }

    public YearMonth fromMonth() {
        return YearMonth.from(fromMonth);
    }

    public ListDecisionStatus status() {
        return status;
    }

    public String preparedBy() {
        return preparedBy;
    }

    public LocalDateTime preparedAt() {
        return preparedAt;
    }

    public String number() {
        return number;
    }

    /** The unit whose chairman signed the list, once signed, else null. */
    public AdminUnitCode issuingUnitCode() {
        return issuingUnitCode == null ? null : AdminUnitCode.of(issuingUnitCode);
    }

    /** The number and symbol once signed, e.g. 7 and QĐ-UBND, else null. */
    public DecisionNumber decisionNumber() {
        return sequence == null ? null : new DecisionNumber(sequence, documentSymbol);
    }

    public LocalDate signedOn() {
        return signedOn;
    }

    public String signerName() {
        return signerName;
    }

    public String sheetJson() {
        return sheetJson;
    }

    public long version() {
        return version;
    }
}
