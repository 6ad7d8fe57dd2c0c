package vn.ansinh.shared.access.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import vn.ansinh.shared.kernel.AdminUnitCode;

/**
 * One read of personal data, or one refused read (nhật ký truy cập): who read what of whose data, when. Not part of
 * the audit trail: kept for the retention the administrator sets, then purged. Immutable.
 */
@Entity
@Table(name = "access_log")
public class AccessEntry implements Serializable {

    private static final int TARGET_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private LocalDateTime occurredAt;

    @Column(name = "reader", nullable = false, updatable = false)
    private String reader;

    @Column(name = "reader_unit", nullable = false, updatable = false)
    private String readerUnit;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private AccessKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, updatable = false)
    private AccessOutcome outcome;

    @Column(name = "unit_code", nullable = false, updatable = false)
    private String unitCode;

    @Column(name = "person_id", updatable = false)
    private Long personId;

    @Column(name = "target", updatable = false)
    private String target;

    protected AccessEntry() {
        // for JPA
    }

    /**
     * A read (or a refused read) by {@code reader} of {@code readerUnit}, of data of {@code unit} (for a refusal
     * about a record nobody named, the reader's own unit), about one person or none.
     */
    public AccessEntry(
            String reader,
            AdminUnitCode readerUnit,
            AccessKind kind,
            AccessOutcome outcome,
            AdminUnitCode unit,
            Long personId,
            String target,
            Instant at) {
        this.occurredAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        this.reader = reader;
        this.readerUnit = readerUnit.value();
        this.kind = kind;
        this.outcome = outcome;
        this.unitCode = unit.value();
        this.personId = personId;
        this.target = target == null || target.length() <= TARGET_MAX ? target : target.substring(0, TARGET_MAX);
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getReader() {
        return reader;
    }

    public String getReaderUnit() {
        return readerUnit;
    }

    public AccessKind getKind() {
        return kind;
    }

    public AccessOutcome getOutcome() {
        return outcome;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public Long getPersonId() {
        return personId;
    }

    public String getTarget() {
        return target;
    }
}
