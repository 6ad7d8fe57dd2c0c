package vn.ansinh.registry.domain;

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
import vn.ansinh.shared.kernel.InvalidValueException;

/** Two registrations that may be one person, waiting for an officer's verdict. */
@Entity
@Table(name = "duplicate_suspect")
public class DuplicateSuspect implements Serializable {

    /** The verdict on a pair. */
    public enum Status {
        OPEN,
        SAME_PERSON,
        DIFFERENT_PEOPLE;

        public String labelKey() {
            return "duplicate.status." + name();
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_a_id", nullable = false, updatable = false)
    private Long personAId;

    @Column(name = "person_b_id", nullable = false, updatable = false)
    private Long personBId;

    @Column(name = "score", nullable = false, updatable = false)
    private int score;

    @Column(name = "province_code", nullable = false, updatable = false)
    private String provinceCode;

    @Column(name = "commune_code", nullable = false, updatable = false)
    private String communeCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private Status status;

    @Column(name = "detected_at", nullable = false, updatable = false)
    private LocalDateTime detectedAt;

    @Column(name = "detected_by", nullable = false, updatable = false)
    private String detectedBy;

    @Column(name = "resolved_at")
    private LocalDateTime resolvedAt;

    @Column(name = "resolved_by")
    private String resolvedBy;

    protected DuplicateSuspect() {
        // for JPA
    }

    /** Suspects {@code existing} and {@code newer} (the one whose commune files the suspicion). */
    public static DuplicateSuspect between(Long existing, Person newer, int score, String by, Instant at) {
        DuplicateSuspect suspect = new DuplicateSuspect();
        suspect.personAId = Math.min(existing, newer.id());
        suspect.personBId = Math.max(existing, newer.id());
        suspect.score = score;
        suspect.provinceCode = newer.provinceCode().value();
        suspect.communeCode = newer.communeCode().value();
        suspect.status = Status.OPEN;
        suspect.detectedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        suspect.detectedBy = by;
        return suspect;
    }

    /** An officer looked at both records and decided. */
    public void resolve(boolean samePerson, String by, Instant at) {
        if (status != Status.OPEN) {
            throw new InvalidValueException("duplicate.error.resolved");
        }
        status = samePerson ? Status.SAME_PERSON : Status.DIFFERENT_PEOPLE;
        resolvedBy = by;
        resolvedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    public Long id() {
        return id;
    }

    public Long personAId() {
        return personAId;
    }

    public Long personBId() {
        return personBId;
    }

    public int score() {
        return score;
    }

    public Status status() {
        return status;
    }

    public AdminUnitCode communeCode() {
        return AdminUnitCode.of(communeCode);
    }
}
