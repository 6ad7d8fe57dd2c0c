package vn.ansinh.portal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** An online dossier of the public-service portal (by its mã hồ sơ), linked to the application it opened. */
@Entity
@Table(name = "portal_dossier")
public class PortalDossier {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dossier_number", nullable = false, updatable = false)
    private String dossierNumber;

    @Column(name = "procedure_code", nullable = false, updatable = false)
    private String procedureCode;

    @Column(name = "application_id", nullable = false, updatable = false)
    private Long applicationId;

    @Column(name = "commune_code", nullable = false, updatable = false)
    private String communeCode;

    @Column(name = "received_at", nullable = false, updatable = false)
    private LocalDateTime receivedAt;

    @Column(name = "applicant_json", nullable = false, updatable = false)
    private String applicantJson;

    @Column(name = "imported_at", nullable = false, updatable = false)
    private LocalDateTime importedAt;

    @Column(name = "imported_by", nullable = false, updatable = false)
    private String importedBy;

    protected PortalDossier() {
        // for JPA
    }

    /** The dossier imported: it opened the application. */
    public static PortalDossier imported(
            String dossierNumber,
            String procedureCode,
            Long applicationId,
            String communeCode,
            Instant receivedAt,
            String applicantJson,
            String by,
            Instant at) {
        PortalDossier dossier = new PortalDossier();
        dossier.dossierNumber = dossierNumber;
        dossier.procedureCode = procedureCode;
        dossier.applicationId = applicationId;
        dossier.communeCode = communeCode;
        dossier.receivedAt = LocalDateTime.ofInstant(receivedAt, ZoneOffset.UTC);
        dossier.applicantJson = applicantJson;
        dossier.importedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        dossier.importedBy = by;
        return dossier;
    }

    public Long id() {
        return id;
    }

    public String dossierNumber() {
        return dossierNumber;
    }

    public String procedureCode() {
        return procedureCode;
    }

    public Long applicationId() {
        return applicationId;
    }

    public String communeCode() {
        return communeCode;
    }
}
