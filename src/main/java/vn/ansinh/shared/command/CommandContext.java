package vn.ansinh.shared.command;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import vn.ansinh.shared.security.Actor;
import vn.ansinh.shared.time.VietnamTime;

/** What a running command may use: the persistence context, the actor, the time, and the audit change it reports. */
public final class CommandContext {

    private final EntityManager em;
    private final Actor actor;
    private final Instant now;
    private final JurisdictionPolicy jurisdictions;
    private AuditedChange change = AuditedChange.NONE;
    private final java.util.List<Object> events = new java.util.ArrayList<>();

    CommandContext(EntityManager em, Actor actor, Instant now, JurisdictionPolicy jurisdictions) {
        this.em = em;
        this.actor = actor;
        this.now = now;
        this.jurisdictions = jurisdictions;
    }

    public EntityManager em() {
        return em;
    }

    public Actor actor() {
        return actor;
    }

    /**
     * Whether the actor may see data of the unit: a command that meets another unit's record (a
     * personal ID registered elsewhere, a possible duplicate) asks this before saying anything about it.
     */
    public boolean actorCovers(vn.ansinh.shared.kernel.AdminUnitCode unit) {
        return jurisdictions.covers(actor, unit);
    }

    /** The moment the command runs; every timestamp it writes uses this one. */
    public Instant now() {
        return now;
    }

    /** Today in Vietnam (Asia/Ho_Chi_Minh), the day the command's dates refer to. */
    public java.time.LocalDate today() {
        return VietnamTime.dayOf(now);
    }

    /** Records what the command changed, for the audit row (values as JSON or plain text). */
    public void recordChange(String targetType, String targetId, String before, String after) {
        this.change = new AuditedChange(targetType, targetId, before, after);
    }

    /**
     * Publishes something that happened, for the {@link EventHandler}s to follow up in this same
     * command and transaction (after {@link Command#execute} returns, before the audit row).
     */
    public void publish(Object event) {
        events.add(java.util.Objects.requireNonNull(event, "event"));
    }

    java.util.List<Object> events() {
        return java.util.List.copyOf(events);
    }

    AuditedChange change() {
        return change;
    }

    record AuditedChange(String targetType, String targetId, String before, String after) {
        static final AuditedChange NONE = new AuditedChange(null, null, null, null);
    }
}
