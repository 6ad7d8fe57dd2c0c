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

/**
 * An online dossier of the public-service portal (by its mã hồ sơ), linked to the application it opened — or, while
 * every package of it was refused at import, to none: the portal was told why, and a corrected package opens the
 * application on this same row.
 */
@Entity
@Table(name = "portal_dossier")
public class PortalDossier {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dossier_number", nullable = false, updatable = false)
    private String dossierNumber;

    @Column(name = "procedure_code")
    private String procedureCode;

    @Column(name = "application_id")
    private Long applicationId;

    @Column(name = "commune_code", nullable = false)
    private String communeCode;

    @Column(name = "received_at")
    private LocalDateTime receivedAt;

    @Column(name = "applicant_json")
    private String applicantJson;

    @Column(name = "imported_at", nullable = false)
    private LocalDateTime importedAt;

    @Column(name = "imported_by", nullable = false)
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

    /**
     * A package of the dossier refused at import, before any application: what could be read of it is kept (the
     * procedure code, if the package named one) so that the portal can be told the reason.
     */
    public static PortalDossier refusedAtImport(
            String dossierNumber, String procedureCode, String communeCode, String by, Instant at) {
        PortalDossier dossier = new PortalDossier();
        dossier.dossierNumber = dossierNumber;
        dossier.procedureCode = procedureCode;
        dossier.communeCode = communeCode;
        dossier.importedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        dossier.importedBy = by;
        return dossier;
    }

    /** A corrected package of a dossier refused before: it opened the application. */
    public void opened(
            Long applicationId,
            String procedureCode,
            String communeCode,
            Instant receivedAt,
            String applicantJson,
            String by,
            Instant at) {
        if (this.applicationId != null) {
            throw new IllegalStateException("dossier " + dossierNumber + " already opened an application");
        }
        this.applicationId = applicationId;
        this.procedureCode = procedureCode;
        this.communeCode = communeCode;
        this.receivedAt = LocalDateTime.ofInstant(receivedAt, ZoneOffset.UTC);
        this.applicantJson = applicantJson;
        this.importedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        this.importedBy = by;
    }

    /** Whether a package of the dossier opened an application (then no other package of it is imported). */
    public boolean isOpen() {
        return applicationId != null;
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
