package vn.ansinh.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.ansinh.shared.command.AuditRecord;
import vn.ansinh.shared.command.JurisdictionPolicy;
import vn.ansinh.shared.security.CurrentActor;

/**
 * Reading the audit trail, newest first, paged in SQL. A reader sees the records of units inside
 * their jurisdiction only ({@link AuditQuery}).
 */
@ApplicationScoped
public class AuditTrail {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private JurisdictionPolicy jurisdictions;

    public List<AuditRecord> page(int first, int size) {
        if (currentActor.get().jurisdiction().isEmpty()) {
            return List.of();
        }
        return new AuditQuery(em, jurisdictions).page(currentActor.get().unit(), first, size);
    }

    public int count() {
        if (currentActor.get().jurisdiction().isEmpty()) {
            return 0;
        }
        return new AuditQuery(em, jurisdictions).count(currentActor.get().unit());
    }
}
