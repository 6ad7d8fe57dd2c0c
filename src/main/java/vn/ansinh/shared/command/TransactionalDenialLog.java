package vn.ansinh.shared.command;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Writes refusals in a transaction of their own, so they outlive the refused command's rollback. */
@ApplicationScoped
public class TransactionalDenialLog implements DenialLog {

    @PersistenceContext
    private EntityManager em;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(AuditRecord denial) {
        em.persist(denial);
    }
}
