package vn.ansinh.portal.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import vn.ansinh.portal.domain.PortalDossier;
import vn.ansinh.portal.domain.PortalPackageException;

/** The dossier a package names, as the commands that record it find it: locked, and never one already received. */
final class KnownDossiers {

    private KnownDossiers() {}

    /**
     * The dossier of that number whose packages were all refused so far (locked until the transaction ends), or empty
     * for a dossier never seen; a dossier that opened an application is a duplicate.
     */
    static Optional<PortalDossier> notYetReceived(EntityManager em, String dossierNumber) {
        List<PortalDossier> known = em.createQuery(
                        "select d from PortalDossier d where d.dossierNumber = :n", PortalDossier.class)
                .setParameter("n", dossierNumber)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        if (!known.isEmpty() && known.get(0).isOpen()) {
            throw new PortalPackageException("duplicate", dossierNumber);
        }
        return known.stream().findFirst();
    }
}
