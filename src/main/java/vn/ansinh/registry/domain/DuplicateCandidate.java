package vn.ansinh.registry.domain;

import java.io.Serializable;

/**
 * An already registered person who may be the same as the one being registered, with a score 0–100.
 * A candidate outside the user's jurisdiction is {@linkplain #withoutIdentity() withheld}: only its score is
 * kept, and it is shown as "a possible duplicate in another unit".
 */
public record DuplicateCandidate(Long personId, String fullName, String birthDate, String communeCode, int score)
        implements Serializable {

    /** The same candidate with nothing that identifies the person. */
    public DuplicateCandidate withoutIdentity() {
        return new DuplicateCandidate(null, null, null, null, score);
    }

    /** Whether the person's identity was withheld (they live outside the user's jurisdiction). */
    public boolean isWithheld() {
        return personId == null;
    }
}
