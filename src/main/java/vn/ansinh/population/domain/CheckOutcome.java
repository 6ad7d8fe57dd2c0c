package vn.ansinh.population.domain;

/**
 * What a check against the population database found. Only {@link #DECEASED} raises an alert, which an officer
 * confirms; no outcome stops a benefit by itself (a data error must not stop a living person's money).
 */
public enum CheckOutcome {
    /** Found, alive, every compared field equal. */
    MATCHED,
    /** Found, alive, at least one field differs: goes to the review list. */
    MISMATCHED,
    /** The database records the person as dead: an alert to the officer, and the review list. */
    DECEASED,
    /** No person with that personal ID: goes to the review list. */
    NOT_FOUND,
    /** The service did not answer usably (timeout, error, unreachable, malformed): nothing is known. */
    UNAVAILABLE;

    /** Whether an officer should look at the person (review list). */
    public boolean needsReview() {
        return this == MISMATCHED || this == DECEASED || this == NOT_FOUND;
    }

    /** Whether the answer raises a "deceased" alert in the officer's worklist. */
    public boolean raisesDeathAlert() {
        return this == DECEASED;
    }

    /** Whether the database answered about the person (anything but {@link #UNAVAILABLE}). */
    public boolean isAnswer() {
        return this != UNAVAILABLE;
    }

    public String labelKey() {
        return "population.outcome." + name();
    }
}
