package vn.ansinh.shared.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The stamps of a record people edit (a person, a household, an application): who created it and when, when it
 * last changed (times in UTC), and its optimistic-lock version, which a form sends back to refuse a stale edit.
 */
@MappedSuperclass
public abstract class StampedEntity implements Serializable {

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** Who created the record and when. */
    protected void stampCreated(String by, Instant at) {
        createdAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        createdBy = by;
    }

    /** When the record last changed. */
    protected void stampUpdated(Instant at) {
        updatedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    public String createdBy() {
        return createdBy;
    }

    public long version() {
        return version;
    }
}
