package vn.ansinh.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.ansinh.audit.domain.AuditRecord;
import vn.ansinh.registry.domain.AdminUnitCode;
import vn.ansinh.shared.command.JurisdictionPolicy;
import vn.ansinh.shared.security.CurrentActor;

/**
 * Reading the audit trail, newest first, paged in SQL. A reader sees the records of units inside
 * their jurisdiction only.
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
        AdminUnitCode unit = currentActor.get().unit();
        if (unit.isNational()) {
            return em.createQuery("select a from AuditRecord a order by a.id desc", AuditRecord.class)
                    .setFirstResult(first).setMaxResults(size).getResultList();
        }
        return em.createQuery("select a from AuditRecord a where a.unitCode in :units order by a.id desc", AuditRecord.class)
                .setParameter("units", unitsWithin(unit))
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    public int count() {
        if (currentActor.get().jurisdiction().isEmpty()) {
            return 0;
        }
        AdminUnitCode unit = currentActor.get().unit();
        if (unit.isNational()) {
            return em.createQuery("select count(a) from AuditRecord a", Long.class).getSingleResult().intValue();
        }
        return em.createQuery("select count(a) from AuditRecord a where a.unitCode in :units", Long.class)
                .setParameter("units", unitsWithin(unit)).getSingleResult().intValue();
    }

    private List<String> unitsWithin(AdminUnitCode unit) {
        List<String> codes = em.createQuery("select distinct a.unitCode from AuditRecord a", String.class).getResultList();
        return codes.stream().filter(code -> jurisdictions.covers(unit, AdminUnitCode.of(code))).toList();
    }
}
