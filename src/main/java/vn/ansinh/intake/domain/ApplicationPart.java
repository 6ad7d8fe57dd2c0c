package vn.ansinh.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.io.Serializable;

/** An append-only row that belongs to one application (a scanned document, a hand in the dossier). */
@MappedSuperclass
public abstract class ApplicationPart implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false, updatable = false)
    private Long applicationId;

    protected ApplicationPart() {
        // for JPA
    }

    protected ApplicationPart(Long applicationId) {
        this.applicationId = applicationId;
    }

    public Long id() {
        return id;
    }

    public Long applicationId() {
        return applicationId;
    }
}
