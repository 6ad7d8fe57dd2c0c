package vn.ansinh.audit.application;

import jakarta.persistence.EntityManager;
import java.util.List;
import vn.ansinh.registry.application.AdminUnitTree;
import vn.ansinh.registry.application.UnitScope;
import vn.ansinh.shared.command.AuditRecord;
import vn.ansinh.shared.kernel.AdminUnitCode;

/**
 * The audit rows a reader of a unit may see ({@link UnitScope}: rows of their unit and of every unit
 * below it), newest first, paged in SQL. A jurisdiction without any row yet (a province where nobody
 * has worked) is a normal state: an empty page, a count of 0.
 */
public final class AuditQuery {

    private final EntityManager em;
    private final AdminUnitTree units;

    public AuditQuery(EntityManager em, AdminUnitTree units) {
        this.em = em;
        this.units = units;
    }

    public List<AuditRecord> page(AdminUnitCode reader, int first, int size) {
        return page(UnitScope.of(reader, units), first, size);
    }

    public int count(AdminUnitCode reader) {
        return count(UnitScope.of(reader, units));
    }

    public List<AuditRecord> page(UnitScope scope, int first, int size) {
        UnitScope.Condition within = scope.unit("a.unitCode");
        return within.bind(
                        em.createQuery(
                                "select a from AuditRecord a where " + within.jpql("scope") + " order by a.id desc",
                                AuditRecord.class),
                        "scope")
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    public int count(UnitScope scope) {
        UnitScope.Condition within = scope.unit("a.unitCode");
        return within.bind(
                        em.createQuery("select count(a) from AuditRecord a where " + within.jpql("scope"), Long.class),
                        "scope")
                .getSingleResult()
                .intValue();
    }
}
