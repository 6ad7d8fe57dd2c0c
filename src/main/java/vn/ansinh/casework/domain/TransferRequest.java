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
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.Jsons;

/**
 * A commune asks the commune that holds a person's file to transfer it (the person now lives in the
 * requesting commune). The person's commune accepts, and the move procedure runs, or refuses with a
 * reason. The requesting commune learns nothing about the person until the file is theirs.
 */
@Entity
@Table(name = "transfer_request")
public class TransferRequest {

    static final int REASON_MIN = 3;
    static final int REASON_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private Long personId;

    @Column(name = "from_commune_code", nullable = false, updatable = false)
    private String fromCommuneCode;

    @Column(name = "to_commune_code", nullable = false, updatable = false)
    private String toCommuneCode;

    @Column(name = "reason", nullable = false, updatable = false)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private TransferRequestStatus status;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private LocalDateTime requestedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    @Column(name = "refusal_reason")
    private String refusalReason;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected TransferRequest() {
        // for JPA
    }

    /** The requesting commune asks the person's commune for the file. */
    public static TransferRequest ask(
            Long personId,
            AdminUnitCode personCommune,
            AdminUnitCode requestingCommune,
            String reason,
            String by,
            Instant at) {
        if (personCommune.equals(requestingCommune)) {
            throw new CaseException("transfer.error.sameCommune");
        }
        TransferRequest request = new TransferRequest();
        request.personId = personId;
        request.fromCommuneCode = personCommune.value();
        request.toCommuneCode = requestingCommune.value();
        request.reason = requireReason(reason, "transfer.error.reason");
        request.status = TransferRequestStatus.PENDING;
        request.requestedBy = by;
        request.requestedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        return request;
    }

    /** The person's commune accepts: the caller then runs the move to {@link #toCommune()}. */
    public void accept(String by, Instant at) {
        status = status.accept();
        decided(by, at);
    }

    /** The person's commune refuses, saying why. */
    public void refuse(String why, String by, Instant at) {
        String checked = requireReason(why, "transfer.error.refusalReason");
        status = status.refuse();
        refusalReason = checked;
        decided(by, at);
    }

    private void decided(String by, Instant at) {
        decidedBy = by;
        decidedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static String requireReason(String text, String key) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.length() < REASON_MIN || stripped.length() > REASON_MAX) {
            throw new CaseException(key, REASON_MIN, REASON_MAX);
        }
        return stripped;
    }

    public Long id() {
        return id;
    }

    public Long personId() {
        return personId;
    }

    public AdminUnitCode fromCommune() {
        return AdminUnitCode.of(fromCommuneCode);
    }

    public AdminUnitCode toCommune() {
        return AdminUnitCode.of(toCommuneCode);
    }

    public String reason() {
        return reason;
    }

    public TransferRequestStatus status() {
        return status;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public LocalDateTime requestedAt() {
        return requestedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public String refusalReason() {
        return refusalReason;
    }

    /** For the audit record. */
    public String json() {
        return Jsons.createObjectBuilder()
                .add("person", personId)
                .add("from", fromCommuneCode)
                .add("to", toCommuneCode)
                .add("status", status.name())
                .add("reason", reason)
                .add("refusalReason", refusalReason == null ? "" : refusalReason)
                .build()
                .toString();
    }
}
