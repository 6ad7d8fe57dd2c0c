package vn.ansinh.alert.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;

/**
 * An alert on a case, raised by the daily scan (set-based SQL, never through this class) and marked
 * done by a user or, for a decision that is no longer overdue, by the scan itself.
 */
@Entity
@Table(name = "case_alert")
public class CaseAlert {

    @Id
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private AlertKind kind;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(name = "person_id", nullable = false, updatable = false)
    private Long personId;

    @Column(name = "commune_code", nullable = false, updatable = false)
    private String communeCode;

    @Column(name = "province_code", nullable = false, updatable = false)
    private String provinceCode;

    @Column(name = "due_on", nullable = false, updatable = false)
    private LocalDate dueOn;

    @Column(name = "raised_on", nullable = false, updatable = false)
    private LocalDate raisedOn;

    @Column(name = "resolved_at")
    private LocalDateTime resolvedAt;

    @Column(name = "resolved_by")
    private String resolvedBy;

    protected CaseAlert() {
        // for JPA
    }

    /** Marks the alert done; an alert is done once. */
    public void resolve(String by, Instant at) {
        if (!isOpen()) {
            throw new BusinessRuleException("alert.error.resolved", resolvedBy);
        }
        resolvedBy = by;
        resolvedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    public boolean isOpen() {
        return resolvedAt == null;
    }

    public Long id() {
        return id;
    }

    public AlertKind kind() {
        return kind;
    }

    public Long caseId() {
        return caseId;
    }

    public Long personId() {
        return personId;
    }

    public AdminUnitCode communeCode() {
        return AdminUnitCode.of(communeCode);
    }

    public AdminUnitCode provinceCode() {
        return AdminUnitCode.of(provinceCode);
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public LocalDate raisedOn() {
        return raisedOn;
    }

    public LocalDateTime resolvedAt() {
        return resolvedAt;
    }

    public String resolvedBy() {
        return resolvedBy;
    }
}
