package vn.ansinh.seal.domain;

/** What the verifier can find wrong; each kind has its message (key {@code seal.problem.<NAME>}). */
public enum Problem {
    /** A sealed row's content no longer gives its content hash: a column was edited. */
    CHANGED,
    /** A sealed row is gone: deleted, or the table truncated. */
    MISSING,
    /** A row at or below the sealed head that no seal covers: inserted after sealing. */
    INSERTED,
    /** A seal's chain hash does not follow from the previous one, or seals are missing or out of order. */
    CHAIN_BROKEN,
    /** A column of a sealed table that the canonical form does not cover. */
    UNCOVERED_COLUMN,
    /** A checkpoint's count and head hash are not in the chain any more: the chain was cut or rewritten. */
    CHECKPOINT_MISMATCH,
    /** A checkpoint file whose signature does not verify with the configured public key. */
    SIGNATURE_INVALID,
    /** A checkpoint file without a signature while a public key is configured. */
    SIGNATURE_MISSING;

    public String messageKey() {
        return "seal.problem." + name();
    }
}
