package vn.ansinh.casework.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.casework.domain.CaseEvent;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;

/** Loading a case for a write, locked, and only in the commune the command declared. */
final class Cases {

    private Cases() {}

    static BenefitCase locked(EntityManager em, Long id, AdminUnitCode commune) {
        BenefitCase c = id == null ? null : em.find(BenefitCase.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (c == null || !c.communeCode().equals(commune)) {
            throw new BusinessRuleException("case.error.notFound");
        }
        return c;
    }

    /** Stores a new case and the event that opened or moved it. */
    static void store(EntityManager em, BenefitCase c, CaseEvent... events) {
        em.persist(c);
        em.flush();
        for (CaseEvent event : events) {
            em.persist(event.forStoredCase());
        }
    }
}
