package vn.ansinh.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** A scanned document attached to an application; the bytes live in the document store by their hash. */
@Entity
@Table(name = "application_document")
public class ApplicationDocument extends ApplicationPart {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private DocumentKind kind;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "media_type", nullable = false, updatable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(name = "sha256", nullable = false, updatable = false)
    private String sha256;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private LocalDateTime uploadedAt;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private String uploadedBy;

    protected ApplicationDocument() {
        // for JPA
    }

    private ApplicationDocument(Long applicationId) {
        super(applicationId);
    }

    public ApplicationDocument(Application application, DocumentKind kind, StoredFile file, String by, Instant at) {
        super(application.id());
        if (!application.status().mayChange()) {
            throw new IntakeException("application.error.notDraft");
        }
        this.kind = kind;
        this.fileName = file.safeName();
        this.mediaType = file.mediaType().contentType();
        this.sizeBytes = file.size();
        this.sha256 = file.sha256();
        this.uploadedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        this.uploadedBy = by;
    }

    /** The same scanned file in a dossier sent on to another commune (the content is shared). */
    public ApplicationDocument copyTo(Application other) {
        ApplicationDocument copy = new ApplicationDocument(other.id());
        copy.kind = kind;
        copy.fileName = fileName;
        copy.mediaType = mediaType;
        copy.sizeBytes = sizeBytes;
        copy.sha256 = sha256;
        copy.uploadedAt = uploadedAt;
        copy.uploadedBy = uploadedBy;
        return copy;
    }

    public DocumentKind kind() {
        return kind;
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public LocalDateTime uploadedAt() {
        return uploadedAt;
    }
}
