package vn.ansinh.shared.access.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.ansinh.shared.access.domain.AccessEntry;

/** Writes a batch of access-log entries in a transaction of its own. */
@ApplicationScoped
public class AccessLogWriter {

    @PersistenceContext
    private EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void write(List<AccessEntry> batch) {
        batch.forEach(em::persist);
        em.flush();
    }
}
