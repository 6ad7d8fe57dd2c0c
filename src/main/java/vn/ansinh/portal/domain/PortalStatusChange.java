package vn.ansinh.portal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A status of a portal dossier, in its history, and the message that tells the portal (the outbox): pending until
 * the portal accepts it, sent again after a failure with a growing wait, never holding up the officer's work.
 */
@Entity
@Table(name = "portal_status")
public class PortalStatusChange {

    /** The longest wait between two attempts. */
    static final Duration MAX_WAIT = Duration.ofHours(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dossier_id", nullable = false, updatable = false)
    private Long dossierId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, updatable = false)
    private PortalStatus status;

    @Column(name = "reason", updatable = false)
    private String reason;

    @Column(name = "decision_id", updatable = false)
    private Long decisionId;

    @Column(name = "status_at", nullable = false, updatable = false)
    private LocalDateTime statusAt;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private LocalDateTime nextAttemptAt;

    @Column(name = "sent_at")
    private LocalDateTime sentAt;

    @Column(name = "last_error")
    private String lastError;

    protected PortalStatusChange() {
        // for JPA
    }

    /** A new status of the dossier, to be sent at once. */
    public static PortalStatusChange of(
            PortalDossier dossier, PortalStatus status, String reason, Long decisionId, Instant at) {
        if (status == PortalStatus.REFUSED && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("a refusal needs its reason");
        }
        PortalStatusChange change = new PortalStatusChange();
        change.dossierId = dossier.id();
        change.status = status;
        change.reason = reason == null ? null : truncate(reason.strip(), 1000);
        change.decisionId = decisionId;
        change.statusAt = utc(at);
        change.nextAttemptAt = utc(at);
        return change;
    }

    /** The portal accepted the message. */
    public void sent(Instant at) {
        attempts++;
        sentAt = utc(at);
        nextAttemptAt = null;
        lastError = null;
    }

    /** The portal did not accept it: tried again after a wait that doubles with each failure (1 min … 1 h). */
    public void failed(String error, Instant at) {
        attempts++;
        lastError = truncate(error == null ? "?" : error, 500);
        long minutes = Math.min(MAX_WAIT.toMinutes(), 1L << Math.min(attempts - 1, 10));
        nextAttemptAt = utc(at.plus(Duration.ofMinutes(minutes)));
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    public Long id() {
        return id;
    }

    public Long dossierId() {
        return dossierId;
    }

    public PortalStatus status() {
        return status;
    }

    public String reason() {
        return reason;
    }

    public Long decisionId() {
        return decisionId;
    }

    public Instant statusAt() {
        return statusAt.toInstant(ZoneOffset.UTC);
    }

    public int attempts() {
        return attempts;
    }

    public boolean isSent() {
        return sentAt != null;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt == null ? null : nextAttemptAt.toInstant(ZoneOffset.UTC);
    }

    public String lastError() {
        return lastError;
    }
}
