package vn.ansinh.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.ansinh.registry.application.AdminUnitDirectory;
import vn.ansinh.registry.application.UnitScope;
import vn.ansinh.shared.command.AuditRecord;
import vn.ansinh.shared.security.CurrentActor;

/**
 * Reading the audit trail, filtered, newest first, paged in SQL. A reader sees the records of units inside
 * their jurisdiction only ({@link AuditQuery}).
 */
@ApplicationScoped
public class AuditTrail {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private AdminUnitDirectory units;

    public List<AuditRecord> page(AuditFilter filter, int first, int size) {
        UnitScope scope = units.scopeOf(currentActor.get());
        return scope.isEmpty() ? List.of() : new AuditQuery(em, units.tree()).page(scope, filter, first, size);
    }

    public int count(AuditFilter filter) {
        UnitScope scope = units.scopeOf(currentActor.get());
        return scope.isEmpty() ? 0 : new AuditQuery(em, units.tree()).count(scope, filter);
    }

    /** The actions found in the reader's rows: the choices of the action filter. */
    public List<String> actions() {
        UnitScope scope = units.scopeOf(currentActor.get());
        return scope.isEmpty() ? List.of() : new AuditQuery(em, units.tree()).actions(scope);
    }
}
