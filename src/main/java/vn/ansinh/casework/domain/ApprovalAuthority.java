package vn.ansinh.casework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.ansinh.registry.domain.AdminUnitLevel;
import vn.ansinh.shared.kernel.Programme;

/**
 * Who decides a programme's cases from a given date (cơ quan có thẩm quyền), within what time
 * limit and after how long a public posting. Configuration with effective dates, loaded by
 * migration: the law changes by adding a row, never by changing code.
 */
@Entity
@Table(name = "approval_authority")
public class ApprovalAuthority {

    @Id
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "programme", nullable = false)
    private Programme programme;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Enumerated(EnumType.STRING)
    @Column(name = "approving_level", nullable = false)
    private AdminUnitLevel level;

    @Column(name = "issuing_body", nullable = false)
    private String issuingBody;

    @Column(name = "document_symbol", nullable = false)
    private String documentSymbol;

    @Column(name = "signer_title", nullable = false)
    private String signerTitle;

    @Column(name = "time_limit_days", nullable = false)
    private int timeLimitDays;

    @Column(name = "posting_days", nullable = false)
    private int postingDays;

    @Column(name = "legal_basis", nullable = false)
    private String legalBasis;

    protected ApprovalAuthority() {
        // for JPA
    }

    /** A rule built in code, for tests and tools. */
    public ApprovalAuthority(
            Programme programme,
            LocalDate effectiveFrom,
            AdminUnitLevel level,
            String issuingBody,
            String documentSymbol,
            String signerTitle,
            int timeLimitDays,
            int postingDays,
            String legalBasis) {
        this.programme = programme;
        this.effectiveFrom = effectiveFrom;
        this.level = level;
        this.issuingBody = issuingBody;
        this.documentSymbol = documentSymbol;
        this.signerTitle = signerTitle;
        this.timeLimitDays = timeLimitDays;
        this.postingDays = postingDays;
        this.legalBasis = legalBasis;
    }

    public Programme programme() {
        return programme;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    /** The level of the unit whose approver signs: commune, district or province. */
    public AdminUnitLevel level() {
        return level;
    }

    /** e.g. "Ủy ban nhân dân", "Sở Nội vụ". */
    public String issuingBody() {
        return issuingBody;
    }

    /** e.g. "QĐ-UBND". */
    public String documentSymbol() {
        return documentSymbol;
    }

    /** e.g. "Chủ tịch", "Giám đốc". */
    public String signerTitle() {
        return signerTitle;
    }

    public int timeLimitDays() {
        return timeLimitDays;
    }

    public int postingDays() {
        return postingDays;
    }

    public boolean requiresPosting() {
        return postingDays > 0;
    }

    public String legalBasis() {
        return legalBasis;
    }

    /** Whether the issuing body is the people's committee itself (not one of its departments). */
    public boolean isPeoplesCommittee() {
        return issuingBody.equalsIgnoreCase("Ủy ban nhân dân");
    }
}
