package vn.ansinh.casework.application;

import java.util.EnumSet;
import java.util.Set;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.casework.domain.CaseEvent;
import vn.ansinh.casework.domain.CaseException;
import vn.ansinh.casework.domain.CaseProgressed;
import vn.ansinh.casework.domain.CaseTransition;
import vn.ansinh.intake.domain.Application;
import vn.ansinh.registry.application.AdminUnitTree;
import vn.ansinh.shared.command.Command;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.command.Label;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.security.Role;

/**
 * A transition that needs nothing but (for some) a written reason: withdraw, post publicly,
 * return to the officer, reject, complete or break off a rehabilitation, close. Suspending and
 * reinstating an allowance are decisions on a proposal ({@link ProposeStopCommand}, {@link SignStopDecisionCommand}). Who may make it is the transition's.
 */
public record CaseTransitionCommand(
        Long caseId, AdminUnitCode commune, CaseTransition transition, String note, AdminUnitTree units)
        implements Command<BenefitCase> {

    private static final Set<CaseTransition> SIMPLE = EnumSet.of(
            CaseTransition.WITHDRAW,
            CaseTransition.START_POSTING,
            CaseTransition.RETURN,
            CaseTransition.REJECT,
            CaseTransition.COMPLETE,
            CaseTransition.RECORD_VIOLATION,
            CaseTransition.CLOSE,
            CaseTransition.ACTIVATE);

    /** Whether this command makes the transition (the others have commands of their own). */
    public static boolean handles(CaseTransition transition) {
        return SIMPLE.contains(transition);
    }

    public CaseTransitionCommand {
        if (!SIMPLE.contains(transition)) {
            throw new IllegalArgumentException(transition + " has its own command");
        }
    }

    @Override
    public String action() {
        return "case." + transition.name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public Set<Role> permittedRoles() {
        return transition.roles();
    }

    @Override
    public AdminUnitCode unit() {
        return commune;
    }

    @Override
    public BenefitCase execute(CommandContext context) {
        BenefitCase c = Cases.locked(context.em(), caseId, commune);
        String before = CaseJson.of(c);
        if (!c.lifecycle().allows(transition, c.status())) {
            throw new CaseException(
                    "case.error.transition",
                    new Label(transition.labelKey()),
                    new Label(c.status().labelKey()));
        }
        CaseEvent event = switch (transition) {
            case WITHDRAW -> c.withdraw(note, context.actor(), context.now());
            case START_POSTING -> {
                CaseworkRules rules = CaseworkRules.load(context.em(), context.now());
                yield c.startPosting(
                        rules.authorities().ruleFor(c.programme(), context.today()),
                        rules.calendar(),
                        context.today(),
                        context.actor(),
                        context.now());
            }
            case RETURN -> {
                requireCompetent(context, c);
                CaseEvent returned = c.returnToOfficer(note, context.actor(), context.now());
                context.em().find(Application.class, c.applicationId()).reopen(context.now());
                yield returned;
            }
            case REJECT -> {
                requireCompetent(context, c);
                CaseEvent rejected = c.reject(note, context.today(), context.actor(), context.now());
                context.publish(new CaseProgressed(c.id(), c.applicationId(), c.status(), null, note));
                yield rejected;
            }
            case COMPLETE -> c.completeRehabilitation(context.actor(), context.now());
            case RECORD_VIOLATION -> c.recordViolation(note, context.actor(), context.now());
            case CLOSE -> c.close(note, context.actor(), context.now());
            case ACTIVATE -> c.activate(context.actor(), context.now());
            default -> throw new IllegalStateException(transition.name());
        };
        context.em().persist(event);
        context.recordChange("Case", caseId.toString(), before, CaseJson.of(c));
        return c;
    }

    /** Returning and rejecting are decisions: only the competent authority, never the maker. */
    private void requireCompetent(CommandContext context, BenefitCase c) {
        DecisionIssuer.signing(context, units, c);
    }
}
