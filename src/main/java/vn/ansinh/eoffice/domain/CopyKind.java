package vn.ansinh.eoffice.domain;

/** What a stored PDF copy of a decision carries. */
public enum CopyKind {
    /** Sealed by the application with the issuing unit's key (PAdES B-B). */
    SEALED(CopyRole.ISSUED, "eoffice.copy.sealed"),
    /** Printed without a seal: no key store was configured for the issuing unit when it was first asked for. */
    UNSIGNED(CopyRole.ISSUED, "eoffice.copy.unsigned"),
    /** The issued copy signed by the chairman in a signing client and uploaded back, checked. */
    CHAIRMAN(CopyRole.SIGNED, "eoffice.copy.chairman");

    private final CopyRole role;
    private final String labelKey;

    CopyKind(CopyRole role, String labelKey) {
        this.role = role;
        this.labelKey = labelKey;
    }

    /** The place of the copy: one issued copy and at most one signed copy per decision. */
    public CopyRole role() {
        return role;
    }

    public String labelKey() {
        return labelKey;
    }

    /** A decision's place for a copy: each is filled once and never replaced. */
    public enum CopyRole {
        /** Made once, by the application, the first time the decision's PDF is asked for. */
        ISSUED,
        /** Uploaded back once, signed by the chairman over the issued copy. */
        SIGNED
    }
}
