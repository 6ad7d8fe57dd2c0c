package vn.ansinh.audit.application;

import jakarta.persistence.EntityManager;
import java.util.List;
import vn.ansinh.shared.command.AuditRecord;
import vn.ansinh.shared.command.JurisdictionPolicy;
import vn.ansinh.shared.kernel.AdminUnitCode;

/**
 * The audit rows a reader of a unit may see, newest first, paged in SQL. A jurisdiction without any
 * row yet (a province where nobody has worked) is a normal state: an empty page, a count of 0.
 */
public final class AuditQuery {

    private final EntityManager em;
    private final JurisdictionPolicy jurisdictions;

    public AuditQuery(EntityManager em, JurisdictionPolicy jurisdictions) {
        this.em = em;
        this.jurisdictions = jurisdictions;
    }

    public List<AuditRecord> page(AdminUnitCode reader, int first, int size) {
        if (reader.isNational()) {
            return em.createQuery("select a from AuditRecord a order by a.id desc", AuditRecord.class)
                    .setFirstResult(first)
                    .setMaxResults(size)
                    .getResultList();
        }
        List<String> units = unitsWithin(reader);
        if (units.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select a from AuditRecord a where a.unitCode in :units order by a.id desc", AuditRecord.class)
                .setParameter("units", units)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    public int count(AdminUnitCode reader) {
        if (reader.isNational()) {
            return em.createQuery("select count(a) from AuditRecord a", Long.class)
                    .getSingleResult()
                    .intValue();
        }
        List<String> units = unitsWithin(reader);
        if (units.isEmpty()) {
            return 0;
        }
        return em.createQuery("select count(a) from AuditRecord a where a.unitCode in :units", Long.class)
                .setParameter("units", units)
                .getSingleResult()
                .intValue();
    }

    /** The units with audit rows inside the jurisdiction (none yet is normal: an empty {@code IN ()} is not SQL). */
    private List<String> unitsWithin(AdminUnitCode reader) {
        return em.createQuery("select distinct a.unitCode from AuditRecord a", String.class).getResultList().stream()
                .filter(code -> jurisdictions.covers(reader, AdminUnitCode.of(code)))
                .toList();
    }
}
