package vn.ansinh.eoffice.domain;

/** Why a signed PDF uploaded back for a decision is refused. */
public enum SignatureRefusal {
    /** Not a PDF that can be read. */
    NOT_PDF("eoffice.refusal.notPdf"),
    /** A PDF without a signature added over the issued copy. */
    NOT_SIGNED("eoffice.refusal.notSigned"),
    /** Its first revision is not the issued copy of this decision, byte for byte. */
    WRONG_DECISION("eoffice.refusal.wrongDecision"),
    /** Changed after signing: the signature does not cover the whole file, or its digest does not match. */
    ALTERED("eoffice.refusal.altered"),
    /** Signed by a certificate that does not chain to a trusted certification authority. */
    UNTRUSTED("eoffice.refusal.untrusted");

    private final String messageKey;

    SignatureRefusal(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
