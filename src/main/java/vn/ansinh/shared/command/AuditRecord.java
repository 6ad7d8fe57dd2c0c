package vn.ansinh.shared.command;

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
import vn.ansinh.shared.security.Actor;

/** One line of the audit trail (nhật ký kiểm tra): who ran which command on which unit, and what changed. Immutable. */
@Entity
@Table(name = "audit_record")
public class AuditRecord implements Serializable {

    private static final int REASON_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private LocalDateTime occurredAt;

    @Column(name = "actor", nullable = false, updatable = false)
    private String actor;

    @Column(name = "actor_roles", nullable = false, updatable = false)
    private String actorRoles;

    @Column(name = "actor_unit", nullable = false, updatable = false)
    private String actorUnit;

    @Column(name = "action", nullable = false, updatable = false)
    private String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, updatable = false)
    private AuditOutcome outcome;

    @Column(name = "unit_code", nullable = false, updatable = false)
    private String unitCode;

    @Column(name = "target_type", updatable = false)
    private String targetType;

    @Column(name = "target_id", updatable = false)
    private String targetId;

    @Column(name = "before_value", updatable = false)
    private String beforeValue;

    @Column(name = "after_value", updatable = false)
    private String afterValue;

    @Column(name = "reason", updatable = false)
    private String reason;

    @Column(name = "reason_key", updatable = false)
    private String reasonKey;

    @Column(name = "reason_args", updatable = false)
    private String reasonArgs;

    protected AuditRecord() {
        // for JPA
    }

    private AuditRecord(Actor actor, String action, AuditOutcome outcome, AdminUnitCode unit, Instant at) {
        this.occurredAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        this.actor = actor.username();
        this.actorRoles = actor.roleIds();
        this.actorUnit = actor.unit().value();
        this.action = action;
        this.outcome = outcome;
        this.unitCode = unit.value();
    }

    public static AuditRecord succeeded(
            Actor actor,
            String action,
            AdminUnitCode unit,
            String targetType,
            String targetId,
            String before,
            String after,
            Instant at) {
        AuditRecord record = new AuditRecord(actor, action, AuditOutcome.SUCCEEDED, unit, at);
        record.targetType = targetType;
        record.targetId = targetId;
        record.beforeValue = before;
        record.afterValue = after;
        return record;
    }

    /**
     * A refusal: {@code reason} in English (kept as older rows have it), {@code translated} the message key and
     * parameters the audit page shows in the reader's language.
     */
    public static AuditRecord denied(
            Actor actor, String action, AdminUnitCode unit, String reason, RefusalReason translated, Instant at) {
        AuditRecord record = new AuditRecord(actor, action, AuditOutcome.DENIED, unit, at);
        record.reason = reason.length() > REASON_MAX ? reason.substring(0, REASON_MAX) : reason;
        if (translated != null) {
            String arguments = translated.argumentsJson();
            if (arguments == null || arguments.length() <= REASON_MAX) {
                record.reasonKey = translated.key();
                record.reasonArgs = arguments;
            }
        }
        return record;
    }

    /** A refusal about a given record (e.g. a personal ID of another commune's person). */
    public static AuditRecord denied(
            Actor actor,
            String action,
            AdminUnitCode unit,
            String targetType,
            String targetId,
            String reason,
            RefusalReason translated,
            Instant at) {
        AuditRecord record = denied(actor, action, unit, reason, translated, at);
        record.targetType = targetType;
        record.targetId = targetId;
        return record;
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getActorRoles() {
        return actorRoles;
    }

    public String getActorUnit() {
        return actorUnit;
    }

    public String getAction() {
        return action;
    }

    public AuditOutcome getOutcome() {
        return outcome;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public String getTargetType() {
        return targetType;
    }

    public String getTargetId() {
        return targetId;
    }

    public String getBeforeValue() {
        return beforeValue;
    }

    public String getAfterValue() {
        return afterValue;
    }

    public String getReason() {
        return reason;
    }

    /** The translated reason of a refusal, or {@code null} for a row written before reasons had keys. */
    public RefusalReason getReasonKeyed() {
        return reasonKey == null ? null : new RefusalReason(reasonKey, RefusalReason.parseArguments(reasonArgs));
    }
}
