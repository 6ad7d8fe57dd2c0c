package vn.ansinh.shared.command;

import vn.ansinh.shared.security.Actor;
import vn.ansinh.shared.security.Role;

/** The one rule that decides whether an actor may run a command. */
public final class Authorization {

    private final JurisdictionPolicy jurisdictions;

    public Authorization(JurisdictionPolicy jurisdictions) {
        this.jurisdictions = jurisdictions;
    }

    /** Why the actor may not run the command, or {@code null} when they may. */
    public Refusal check(Actor actor, Command<?> command) {
        boolean roleAllowed = command.permittedRoles().stream()
                .anyMatch(role -> actor.has(role) && (role.mayWrite() || command.changesNoRecords()));
        if (!roleAllowed) {
            return new Refusal(
                    "error.access.role",
                    "role " + actor.roleIds() + " may not run " + command.action(),
                    RefusalReason.of("audit.refusal.role", actor.roleIds()));
        }
        if (actor.jurisdiction().isEmpty()) {
            return new Refusal(
                    "error.access.unitAbolished",
                    "unit " + actor.unit() + " abolished on " + actor.unitAbolishedOn() + ": may not run "
                            + command.action(),
                    RefusalReason.of(
                            "audit.refusal.unitAbolished",
                            actor.unit().value(),
                            String.valueOf(actor.unitAbolishedOn())));
        }
        if (!jurisdictions.covers(actor.unit(), command.unit())) {
            return new Refusal(
                    "error.access.unit",
                    "unit " + actor.unit() + " does not cover " + command.unit() + " for " + command.action(),
                    RefusalReason.of(
                            "audit.refusal.unit",
                            actor.unit().value(),
                            command.unit().value()));
        }
        return null;
    }

    public boolean permits(Actor actor, Command<?> command) {
        return check(actor, command) == null;
    }

    /** Whether the actor holds a role that may write and is listed. Used by pages to show or hide a button. */
    public static boolean hasAnyWriteRole(Actor actor, Iterable<Role> roles) {
        for (Role role : roles) {
            if (actor.has(role) && role.mayWrite()) {
                return true;
            }
        }
        return false;
    }

    /** A refusal: the message key for the user, a detail in English for the server log, the reason for the audit page. */
    public record Refusal(String messageKey, String detail, RefusalReason auditReason) {}
}
