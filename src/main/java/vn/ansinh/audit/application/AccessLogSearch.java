package vn.ansinh.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.ansinh.registry.application.AdminUnitDirectory;
import vn.ansinh.registry.application.UnitScope;
import vn.ansinh.shared.access.domain.AccessEntry;
import vn.ansinh.shared.security.CurrentActor;

/** Searching the access log within the reader's jurisdiction ({@link AccessLogQuery}). */
@ApplicationScoped
public class AccessLogSearch {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private AdminUnitDirectory units;

    public List<AccessEntry> page(AccessFilter filter, int first, int size) {
        UnitScope scope = units.scopeOf(currentActor.get());
        return scope.isEmpty() ? List.of() : new AccessLogQuery(em).page(scope, filter, first, size);
    }

    public int count(AccessFilter filter) {
        UnitScope scope = units.scopeOf(currentActor.get());
        return scope.isEmpty() ? 0 : new AccessLogQuery(em).count(scope, filter);
    }
}
