package vn.ansinh.shared.access.domain;

/** Whether a read was served or refused. */
public enum AccessOutcome {
    READ,
    REFUSED;

    public String labelKey() {
        return "access.outcome." + name();
    }
}
