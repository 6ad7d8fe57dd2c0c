package vn.ansinh.shared.command;

import java.util.Set;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.security.Role;

/**
 * A write to AnSinh's data. Every write is one command: it says who may run it and on which unit it
 * acts, and the {@link CommandEngine} checks both, runs it and writes its audit record in the same
 * transaction.
 *
 * @param <R> what the command returns
 */
public interface Command<R> {

    /** The audit name of the action, e.g. {@code setting.change}. */
    String action();

    /**
     * The roles that may run this command. A role that may not write (the auditor) is ignored here
     * unless the command {@link #changesNoRecords() changes no records}.
     */
    Set<Role> permittedRoles();

    /**
     * Whether the command changes none of AnSinh's records and only leaves a trace of itself (its
     * audit row and its own scratch rows, e.g. a payroll comparison): then a read-only role it
     * lists, the auditor, may run it.
     */
    default boolean changesNoRecords() {
        return false;
    }

    /** The administrative unit whose data the command touches ({@link AdminUnitCode#NATIONAL} for system-wide data). */
    AdminUnitCode unit();

    /** Does the work. Records what changed through {@link CommandContext#recordChange}. */
    R execute(CommandContext context);
}
