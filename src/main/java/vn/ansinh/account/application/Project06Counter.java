package vn.ansinh.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.ansinh.registry.application.AdminUnitDirectory;
import vn.ansinh.registry.domain.AdminUnit;
import vn.ansinh.shared.kernel.AdminUnitCode;

/**
 * Counts one Project 06 report ({@link Project06Query}) in a transaction of its own, so that its reads have a
 * persistence context of their own whichever thread asks: a reader's request, or the managed executor that counts
 * a report again in the background ({@link KeptReports}). Counted there without a transaction, the reads borrowed
 * the persistence context of whatever invocation was on the thread: under the load benchmark (issue 13, run 9) the
 * background recount failed with "closed EntityManager" and Payara's "postInvoke not called with top of the
 * invocation stack", and an officer's home page, which reads the report, answered 500 once.
 */
@ApplicationScoped
public class Project06Counter {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AdminUnitDirectory units;

    @Inject
    private PaidViaAccount paidViaAccount;

    /** The report of the unit for the month, counted now (no access check: the caller's). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Project06Report count(AdminUnitCode scope, YearMonth month) {
        Map<String, String> communes = new LinkedHashMap<>();
        for (AdminUnit commune : units.communesWithin(scope)) {
            communes.put(commune.code().value(), commune.name());
        }
        return new Project06Query(em, paidViaAccount)
                .report(communes, month, Project06Targets.read(em), units.nameOf(scope));
    }
}
