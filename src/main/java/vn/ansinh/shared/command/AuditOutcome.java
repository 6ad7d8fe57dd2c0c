package vn.ansinh.shared.command;

/** Whether the command ran or was refused. */
public enum AuditOutcome {
    SUCCEEDED,
    DENIED
}
