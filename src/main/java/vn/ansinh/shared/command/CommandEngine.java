package vn.ansinh.shared.command;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.security.Actor;
import vn.ansinh.shared.security.CurrentActor;

/**
 * The single entry point for every write. It runs a command in a transaction as the logged-in
 * user: checks role and jurisdiction, executes, and writes the audit row in that same transaction.
 */
@ApplicationScoped
public class CommandEngine {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private JurisdictionPolicy jurisdictions;

    @Inject
    private TransactionalDenialLog denials;

    @Inject
    private Clock clock;

    @Transactional(
            value = Transactional.TxType.REQUIRED,
            rollbackOn = {AccessDeniedException.class, BusinessRuleException.class})
    public <R> R submit(Command<R> command) {
        return runner().run(currentActor.get(), command);
    }

    /**
     * Runs a command as the system ({@link Actor#SYSTEM}): the nightly jobs and the payroll batch, which act
     * for no logged-in user. In the caller's transaction (or a new one), with its audit row, like any command.
     */
    @Transactional(
            value = Transactional.TxType.REQUIRED,
            rollbackOn = {AccessDeniedException.class, BusinessRuleException.class})
    public <R> R runAsSystem(Command<R> command) {
        return runner().run(Actor.SYSTEM, command);
    }

    /**
     * Runs a command for a user whose request started background work that outlives it (the population check of a
     * whole commune): the service that started the work took the actor from the request and checked the user may run
     * the command; the role and jurisdiction are checked again here, as for {@link #submit}, and the audit row names
     * that user.
     */
    @Transactional(
            value = Transactional.TxType.REQUIRED,
            rollbackOn = {AccessDeniedException.class, BusinessRuleException.class})
    public <R> R submitFor(Actor actor, Command<R> command) {
        return runner().run(actor, command);
    }

    /** Whether the logged-in user may run the command: pages ask this before showing a button. */
    public boolean permits(Command<?> command) {
        return runner().permits(currentActor.get(), command);
    }

    private CommandRunner runner() {
        return new CommandRunner(em, jurisdictions, denials, clock);
    }
}
