package vn.ansinh.portal.domain;

import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;

/**
 * A portal package refused, with the reason the officer (and the portal) is told: a {@code portal.error.*} key. When
 * the package named its dossier and a current commune, the refusal knows them ({@link #dossier()}), so that the
 * portal can be told.
 */
public class PortalPackageException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    /** What a refused package could tell of itself: its dossier number, procedure code (or null) and commune. */
    public record RefusedDossier(String dossierNumber, String procedureCode, AdminUnitCode commune)
            implements java.io.Serializable {}

    private RefusedDossier dossier;

    public PortalPackageException(String reason, Object... arguments) {
        super("portal.error." + reason, arguments);
    }

    /** The same refusal, knowing the dossier it is about. */
    public PortalPackageException about(RefusedDossier refused) {
        this.dossier = refused;
        return this;
    }

    /** The dossier refused, when the package named it and a current commune; null otherwise. */
    public RefusedDossier dossier() {
        return dossier;
    }

    /** Whether the refusal is that the dossier was imported already (the portal is then not told anything). */
    public boolean isDuplicate() {
        return "portal.error.duplicate".equals(messageKey());
    }
}
