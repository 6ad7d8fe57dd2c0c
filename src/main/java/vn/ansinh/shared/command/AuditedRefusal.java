package vn.ansinh.shared.command;

import vn.ansinh.shared.kernel.AdminUnitCode;

/**
 * A business refusal that concerns a record of another unit (a personal ID registered in another
 * commune): the user is told nothing about that record, but the attempt is audited on the record's
 * unit, in a transaction of its own, so that the auditors of that unit see who tried.
 */
public interface AuditedRefusal {

    /** The unit whose record the refusal concerns (the audit row's unit). */
    AdminUnitCode auditUnit();

    String targetType();

    String targetId();

    /** What the audit row says in English, for the server log (never shown to the user who was refused). */
    String auditDetail();

    /** What the audit page shows, translated: a message key and its parameters. */
    RefusalReason auditReason();
}
