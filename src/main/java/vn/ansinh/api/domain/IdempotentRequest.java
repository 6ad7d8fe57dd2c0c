package vn.ansinh.api.domain;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A creating write of the REST API under an {@code Idempotency-Key}: the caller's key, a hash of what was asked and
 * the answer given, so that a repeated request (a client retrying after a lost answer) gets the same answer and
 * creates nothing twice.
 */
@Entity
@Table(name = "api_idempotency_key")
public class IdempotentRequest {

    @EmbeddedId
    private IdempotencyKey id;

    @Column(name = "request_hash", nullable = false, length = 64)
    private String requestHash;

    @Column(nullable = false)
    private int status;

    @Column(length = 300)
    private String location;

    @Column(nullable = false)
    private String body;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt; // UTC

    protected IdempotentRequest() {}

    public static IdempotentRequest answered(
            IdempotencyKey id, String requestHash, int status, String location, String body, Instant at) {
        IdempotentRequest request = new IdempotentRequest();
        request.id = Objects.requireNonNull(id);
        request.requestHash = Objects.requireNonNull(requestHash);
        request.status = status;
        request.location = location;
        request.body = Objects.requireNonNull(body);
        request.createdAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        return request;
    }

    /** Whether the request is the same one again (the same method, path and body). */
    public boolean sameRequestAs(String hash) {
        return requestHash.equals(hash);
    }

    public boolean isOlderThan(Instant cutoff) {
        return createdAt.isBefore(LocalDateTime.ofInstant(cutoff, ZoneOffset.UTC));
    }

    public int status() {
        return status;
    }

    public String location() {
        return location;
    }

    public String body() {
        return body;
    }
}
