package vn.ansinh.account.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** One step in the history of a person's social-security account (table {@code ss_account_event}). Never changed. */
@Entity
@Table(name = "ss_account_event")
public class AccountEvent implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private Long personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false)
    private AccountStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false)
    private AccountStatus toStatus;

    @Column(name = "happened_on", nullable = false, updatable = false)
    private LocalDate happenedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, updatable = false)
    private AccountEventSource source;

    @Column(name = "actor", nullable = false, updatable = false)
    private String actor;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private LocalDateTime recordedAt;

    @Column(name = "note", updatable = false)
    private String note;

    protected AccountEvent() {
        // for JPA
    }

    static AccountEvent of(
            Long personId, AccountStatus from, AccountStatus to, LocalDate on, StepRecord record, String detail) {
        AccountEvent event = new AccountEvent();
        event.personId = personId;
        event.fromStatus = from;
        event.toStatus = to;
        event.happenedOn = on;
        event.source = record.source();
        event.actor = record.actor();
        event.recordedAt = LocalDateTime.ofInstant(record.recordedAt(), ZoneOffset.UTC);
        String note = detail == null ? record.note() : record.note() == null ? detail : detail + " · " + record.note();
        event.note = note == null ? null : note.substring(0, Math.min(note.length(), StepRecord.MAX_NOTE_LENGTH));
        return event;
    }

    /** The step this event records (each step leads to its own status). */
    public AccountStep step() {
        for (AccountStep step : AccountStep.values()) {
            if (step.target() == toStatus) {
                return step;
            }
        }
        throw new IllegalStateException("no step leads to " + toStatus);
    }

    public Long id() {
        return id;
    }

    public Long personId() {
        return personId;
    }

    public AccountStatus fromStatus() {
        return fromStatus;
    }

    public AccountStatus toStatus() {
        return toStatus;
    }

    public LocalDate happenedOn() {
        return happenedOn;
    }

    public AccountEventSource source() {
        return source;
    }

    public String actor() {
        return actor;
    }

    public LocalDateTime recordedAt() {
        return recordedAt;
    }

    public String note() {
        return note;
    }
}
