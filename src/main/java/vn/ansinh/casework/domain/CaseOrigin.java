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

    /**
     * Whether the case's dossier was opened by a decision rather than prepared by someone: a poverty
     * review's re-classification opens the new class's dossier for the officer to complete and submit,
     * so the approver who decided the review did not make it (maker-checker, {@link DossierMakers}).
     */
    public boolean openedByDecision() {
        return this == RECLASSIFICATION;
    }

    public String labelKey() {
        return "case.origin." + name();
    }
}
