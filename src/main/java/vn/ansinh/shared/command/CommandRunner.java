package vn.ansinh.shared.command;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.security.Actor;

/**
 * The heart of the command engine, free of the container: authorises a command, runs it and adds
 * its audit record to the same persistence context (hence the same transaction). A refusal, by the
 * role and jurisdiction check or by the command itself, is reported to the {@link DenialLog} and
 * thrown as {@link AccessDeniedException}.
 */
public final class CommandRunner {

    private final EntityManager em;
    private final Authorization authorization;
    private final DenialLog denials;
    private final Clock clock;
    private final JurisdictionPolicy jurisdictions;

    public CommandRunner(EntityManager em, JurisdictionPolicy jurisdictions, DenialLog denials, Clock clock) {
        this.em = em;
        this.authorization = new Authorization(jurisdictions);
        this.jurisdictions = jurisdictions;
        this.denials = denials;
        this.clock = clock;
    }

    public <R> R run(Actor actor, Command<R> command) {
        Authorization.Refusal refusal = authorization.check(actor, command);
        if (refusal != null) {
            denials.record(AuditRecord.denied(
                    actor, command.action(), command.unit(), refusal.detail(), refusal.auditReason(), clock.instant()));
            throw new AccessDeniedException(
                    refusal.messageKey(),
                    refusal.detail(),
                    refusal.auditReason().arguments());
        }
        CommandContext context = new CommandContext(em, actor, clock.instant(), jurisdictions);
        R result;
        try {
            result = command.execute(context);
            for (Object event : context.events()) {
                EventHandler.all().forEach(handler -> handler.handle(event, context));
            }
        } catch (AccessDeniedException e) {
            // a refusal only the command can see (maker-checker, the level of an approver): audited too
            denials.record(AuditRecord.denied(
                    actor, command.action(), command.unit(), e.getMessage(), e.reason(), clock.instant()));
            throw e;
        } catch (BusinessRuleException e) {
            if (e instanceof AuditedRefusal elsewhere) {
                // a refusal about another unit's record: audited on that unit, so its auditors see the attempt
                denials.record(AuditRecord.denied(
                        actor,
                        command.action(),
                        elsewhere.auditUnit(),
                        elsewhere.targetType(),
                        elsewhere.targetId(),
                        elsewhere.auditDetail(),
                        elsewhere.auditReason(),
                        clock.instant()));
            }
            throw e;
        }
        CommandContext.AuditedChange change = context.change();
        em.persist(AuditRecord.succeeded(
                actor,
                command.action(),
                command.unit(),
                change.targetType(),
                change.targetId(),
                change.before(),
                change.after(),
                context.now()));
        em.flush();
        return result;
    }

    public boolean permits(Actor actor, Command<?> command) {
        return authorization.permits(actor, command);
    }
}
