package vn.ansinh.shared.command;

import java.util.Set;
import vn.ansinh.shared.security.Role;

/**
 * A command of the auditors' own work (running checks, marking what they found, verifying the sealed record): run by
 * an auditor or an administrator, and it changes none of AnSinh's records of people or money, which is what lets the
 * read-only auditor run it ({@link Command#changesNoRecords}). A command declares only its action, unit and work.
 */
public interface AuditorsCommand<R> extends Command<R> {

    @Override
    default Set<Role> permittedRoles() {
        return Set.of(Role.AUDITOR, Role.ADMIN);
    }

    @Override
    default boolean changesNoRecords() {
        return true;
    }
}
