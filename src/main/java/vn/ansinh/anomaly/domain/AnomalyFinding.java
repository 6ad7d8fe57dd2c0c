package vn.ansinh.anomaly.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;

/**
 * A finding of an anomaly rule. The checks write findings set-based (never through this class); an auditor
 * marks one explained or referred, with a note, through this class only.
 */
@Entity
@Table(name = "anomaly_finding")
public class AnomalyFinding {

    /** The longest note kept. */
    public static final int NOTE_MAX = 2000;

    @Id
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "rule", nullable = false, updatable = false)
    private AnomalyRule rule;

    @Column(name = "subject_key", nullable = false, updatable = false)
    private String subjectKey;

    @Column(name = "commune_code", nullable = false, updatable = false)
    private String communeCode;

    @Column(name = "province_code", nullable = false, updatable = false)
    private String provinceCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private FindingStatus status;

    @Column(name = "note")
    private String note;

    @Column(name = "marked_by")
    private String markedBy;

    @Column(name = "marked_at")
    private LocalDateTime markedAt;

    @Version
    @Column(name = "version")
    private long version;

    protected AnomalyFinding() {
        // for JPA
    }

    /** An auditor's mark: explained or referred, with a note that says why or to whom. */
    public void mark(FindingStatus target, String withNote, String by, Instant at) {
        if (target == null || !status.canBeMarkedAs(target)) {
            throw new BusinessRuleException("anomaly.error.mark", status.name());
        }
        String trimmed = withNote == null ? "" : withNote.strip();
        if (trimmed.isEmpty()) {
            throw new BusinessRuleException("anomaly.error.noteRequired");
        }
        if (trimmed.length() > NOTE_MAX) {
            throw new BusinessRuleException("anomaly.error.noteTooLong", NOTE_MAX);
        }
        status = target;
        note = trimmed;
        markedBy = by;
        markedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    public Long id() {
        return id;
    }

    public AnomalyRule rule() {
        return rule;
    }

    public String subjectKey() {
        return subjectKey;
    }

    public AdminUnitCode communeCode() {
        return AdminUnitCode.of(communeCode);
    }

    public AdminUnitCode provinceCode() {
        return AdminUnitCode.of(provinceCode);
    }

    public FindingStatus status() {
        return status;
    }

    public String note() {
        return note;
    }

    public String markedBy() {
        return markedBy;
    }
}
