package vn.ansinh.portal.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.ansinh.intake.domain.DocumentKind;
import vn.ansinh.intake.domain.ScanMediaType;
import vn.ansinh.portal.domain.PortalProcedure;
import vn.ansinh.registry.domain.Ethnicity;
import vn.ansinh.registry.domain.PartialDate;
import vn.ansinh.registry.domain.PersonalId;
import vn.ansinh.registry.domain.Sex;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.ProgrammeField;

/**
 * A portal package as read and checked by {@link DossierPackageReader}: the dossier's metadata and its attached
 * files, each of an accepted scan type and with the hash the portal announced.
 */
public record DossierPackage(
        String fileName,
        String dossierNumber,
        String procedureCode,
        PortalProcedure procedure,
        Category category,
        Map<ProgrammeField, String> fields,
        Instant receivedAt,
        AdminUnitCode commune,
        PortalPerson applicant,
        PortalPerson beneficiary,
        List<Attachment> attachments) {

    /** A person as the portal describes them; ethnicity is null when the dossier does not give it. */
    public record PortalPerson(
            PersonalId personalId,
            String fullName,
            PartialDate birthDate,
            Sex sex,
            String address,
            Ethnicity ethnicity) {}

    /** An attached file of the package. */
    public record Attachment(String fileName, DocumentKind kind, String sha256, ScanMediaType type, byte[] content) {}

    /** The person the application is for: the beneficiary when the dossier names one, otherwise the applicant. */
    public PortalPerson person() {
        return beneficiary != null ? beneficiary : applicant;
    }
}
