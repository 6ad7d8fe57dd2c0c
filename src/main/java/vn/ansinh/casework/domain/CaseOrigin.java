package vn.ansinh.casework.domain;

/** How a case came to be. */
public enum CaseOrigin {
    /** From an application filed at the commune. */
    APPLICATION,
    /** Continues a benefit of someone who moved here from another commune. */
    TRANSFER,
    /** Funeral support opened when a beneficiary's death was recorded. */
    FUNERAL,
    /** A new rehabilitation after a relapse or a violation. */
    RELAPSE,
    /** A household re-classified at a poverty review. */
    RECLASSIFICATION;

    public String labelKey() {
        return "case.origin." + name();
    }
}
