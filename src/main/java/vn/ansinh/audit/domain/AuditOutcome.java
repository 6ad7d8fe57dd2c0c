package vn.ansinh.audit.domain;

/** Whether the command ran or was refused. */
public enum AuditOutcome {
    SUCCEEDED,
    DENIED
}
