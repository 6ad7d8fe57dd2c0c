package vn.ansinh.api.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.ansinh.casework.application.CaseService;
import vn.ansinh.casework.application.SubmitCaseCommand;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.intake.application.IntakeService;
import vn.ansinh.intake.domain.Application;
import vn.ansinh.shared.command.AccessDeniedException;
import vn.ansinh.shared.command.CommandEngine;
import vn.ansinh.shared.kernel.BusinessRuleException;

/**
 * Submits an application for review only at the version the caller read ({@code If-Match}): the application is
 * locked, its version compared, and the pages' submit (the case workflow's command) run in the same transaction, so
 * an edit between the caller's read and the submit is refused as stale ({@code error.staleData}).
 */
@ApplicationScoped
public class ApplicationSubmissions {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private IntakeService intake;

    @Inject
    private CaseService cases;

    @Inject
    private CommandEngine engine;

    /** The submitted application (flushed: its version is the new one) and its case. */
    public record Submitted(Application application, BenefitCase benefitCase) {}

    @Transactional(
            value = Transactional.TxType.REQUIRED,
            rollbackOn = {AccessDeniedException.class, BusinessRuleException.class})
    public Submitted submit(long applicationId, long expectedVersion) {
        Application application = intake.application(applicationId);
        // a caller who may not submit is refused (and audited) by the engine, whatever version she sent
        if (engine.permits(new SubmitCaseCommand(application.id(), application.communeCode()))) {
            em.refresh(application, LockModeType.PESSIMISTIC_WRITE);
            if (application.version() != expectedVersion) {
                throw new BusinessRuleException("error.staleData");
            }
        }
        BenefitCase submitted = cases.submit(application);
        em.flush();
        return new Submitted(application, submitted);
    }
}
