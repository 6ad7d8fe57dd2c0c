package vn.ansinh.casework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.Category;

/**
 * A signed decision (quyết định): a legal document. Every column is written once; the database
 * refuses updates and deletes. A change is a new decision that {@linkplain #replacesId() replaces}
 * this one. The printed text is kept as signed.
 */
@Entity
@Table(name = "decision")
public class Decision implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private DecisionKind kind;

    @Column(name = "issuing_unit_code", nullable = false, updatable = false)
    private String issuingUnitCode;

    @Column(name = "document_symbol", nullable = false, updatable = false)
    private String documentSymbol;

    @Column(name = "decision_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "sequence_no", nullable = false, updatable = false)
    private int sequence;

    @Column(name = "number", nullable = false, updatable = false)
    private String number;

    @Column(name = "signed_on", nullable = false, updatable = false)
    private LocalDate signedOn;

    @Column(name = "signed_at", nullable = false, updatable = false)
    private LocalDateTime signedAt;

    @Column(name = "signer", nullable = false, updatable = false)
    private String signer;

    @Column(name = "signer_name", nullable = false, updatable = false)
    private String signerName;

    @Column(name = "signer_title", nullable = false, updatable = false)
    private String signerTitle;

    @Column(name = "legal_basis", nullable = false, updatable = false)
    private String legalBasis;

    @Column(name = "subject", nullable = false, updatable = false)
    private String subject;

    @Column(name = "person_id", nullable = false, updatable = false)
    private Long personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, updatable = false)
    private Category category;

    @Column(name = "disability_level", updatable = false)
    private String disabilityLevel;

    @Column(name = "coefficient", updatable = false)
    private BigDecimal coefficient;

    @Column(name = "standard_level", updatable = false)
    private Long standardLevel;

    @Column(name = "monthly_amount", updatable = false)
    private Long monthlyAmount;

    @Column(name = "one_time_amount", updatable = false)
    private Long oneTimeAmount;

    @Column(name = "effective_month", nullable = false, updatable = false)
    private LocalDate effectiveMonth;

    @Column(name = "replaces_id", updatable = false)
    private Long replacesId;

    @Column(name = "sheet_json", nullable = false, updatable = false)
    private String sheetJson;

    /** The approver's written reason for deciding against a failing eligibility condition, or null. */
    @Column(name = "eligibility_override", updatable = false)
    private String eligibilityOverride;

    protected Decision() {
        // for JPA
    }

    /** The decision as signed: its number taken, its terms and printed text fixed. */
    public static Decision sign(
            BenefitCase c,
            AdminUnitCode issuingUnit,
            DecisionNumber number,
            int year,
            DecisionTerms terms,
            Signature signature,
            String legalBasis,
            String subject,
            Long replacesId,
            String sheetJson) {
        Decision d = new Decision();
        d.caseId = c.id();
        d.personId = c.personId();
        d.kind = terms.kind();
        d.issuingUnitCode = issuingUnit.value();
        d.documentSymbol = number.symbol();
        d.sequence = number.sequence();
        d.number = number.toString();
        d.year = year;
        d.signedOn = signature.signedOn();
        d.signedAt = LocalDateTime.ofInstant(signature.at(), ZoneOffset.UTC);
        d.signer = signature.username();
        d.signerName = signature.name();
        d.signerTitle = signature.title();
        d.legalBasis = legalBasis;
        d.subject = subject;
        d.category = terms.category();
        d.disabilityLevel = terms.disabilityLevel();
        d.coefficient = terms.coefficient();
        d.standardLevel = terms.standardLevel();
        d.monthlyAmount = terms.monthlyAmount();
        d.oneTimeAmount = terms.oneTimeAmount();
        d.effectiveMonth = terms.effectiveMonth().atDay(1);
        d.replacesId = replacesId;
        d.sheetJson = sheetJson;
        return d;
    }

    /** Who signed, as what, when. */
    public record Signature(String username, String name, String title, LocalDate signedOn, Instant at) {}

    public Long id() {
        return id;
    }

    public Long caseId() {
        return caseId;
    }

    public DecisionKind kind() {
        return kind;
    }

    public AdminUnitCode issuingUnitCode() {
        return AdminUnitCode.of(issuingUnitCode);
    }

    public String number() {
        return number;
    }

    public int year() {
        return year;
    }

    public int sequence() {
        return sequence;
    }

    public LocalDate signedOn() {
        return signedOn;
    }

    public String signer() {
        return signer;
    }

    public String signerName() {
        return signerName;
    }

    public String signerTitle() {
        return signerTitle;
    }

    public String legalBasis() {
        return legalBasis;
    }

    public String subject() {
        return subject;
    }

    public Long personId() {
        return personId;
    }

    public Category category() {
        return category;
    }

    public String disabilityLevel() {
        return disabilityLevel;
    }

    public BigDecimal coefficient() {
        return coefficient;
    }

    public Long standardLevel() {
        return standardLevel;
    }

    public Long monthlyAmount() {
        return monthlyAmount;
    }

    public Long oneTimeAmount() {
        return oneTimeAmount;
    }

    public YearMonth effectiveMonth() {
        return YearMonth.from(effectiveMonth);
    }

    public Long replacesId() {
        return replacesId;
    }

    public String sheetJson() {
        return sheetJson;
    }

    public String eligibilityOverride() {
        return eligibilityOverride;
    }

    /**
     * Before it is stored: the approver decided although conditions fail, for this written reason
     * (kept with the signed decision, never changed after).
     */
    public Decision overridingEligibility(String reason) {
        if (id != null) {
            throw new IllegalStateException("a signed decision is immutable");
        }
        this.eligibilityOverride = reason;
        return this;
    }
}
