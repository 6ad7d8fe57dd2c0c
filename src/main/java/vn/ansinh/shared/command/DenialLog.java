package vn.ansinh.shared.command;

/**
 * Where refused commands are recorded. The record must survive the rollback of the refused
 * command's transaction, so implementations write it in a transaction of its own.
 */
@FunctionalInterface
public interface DenialLog {

    void record(AuditRecord denial);
}
