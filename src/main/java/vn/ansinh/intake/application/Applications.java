package vn.ansinh.intake.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import vn.ansinh.intake.domain.Application;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;

/** Loading an application for a write, locked, and only in the commune the command declared. */
final class Applications {

    private Applications() {}

    static Application inCommune(EntityManager em, Long id, AdminUnitCode commune) {
        Application application = em.find(Application.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (application == null || !application.communeCode().equals(commune)) {
            throw new BusinessRuleException("application.error.notFound");
        }
        return application;
    }
}
