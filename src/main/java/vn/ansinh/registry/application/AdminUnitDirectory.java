package vn.ansinh.registry.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import vn.ansinh.registry.domain.AdminUnit;
import vn.ansinh.registry.domain.AdminUnitCode;
import vn.ansinh.shared.command.JurisdictionPolicy;

/**
 * The administrative units, held in memory (about 14,000 rows that change only by migration), and
 * the jurisdiction rule built on them: a unit's jurisdiction includes its descendants.
 */
@ApplicationScoped
public class AdminUnitDirectory implements JurisdictionPolicy {

    @PersistenceContext
    private EntityManager em;

    private AdminUnitTree tree;

    @PostConstruct
    void load() {
        tree = AdminUnitTree.of(em.createQuery("select u from AdminUnit u", AdminUnit.class).getResultList());
    }

    /** The unit the code names today (the current list first, then the pre-2025 one). */
    public Optional<AdminUnit> find(AdminUnitCode code) {
        return tree.find(code);
    }

    @Override
    public boolean covers(AdminUnitCode jurisdiction, AdminUnitCode target) {
        return tree.covers(jurisdiction, target);
    }
}
