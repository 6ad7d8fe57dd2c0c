package vn.ansinh.intake.domain;

/** What a scanned document in a dossier is. */
public enum DocumentKind {
    APPLICATION_FORM,
    IDENTITY_PAPER,
    RESIDENCE_CONFIRMATION,
    BIRTH_CERTIFICATE,
    DISABILITY_CERTIFICATE,
    DEATH_CERTIFICATE,
    MERIT_CERTIFICATE,
    HOUSEHOLD_REVIEW_FORM,
    OTHER;

    public String labelKey() {
        return "document." + name();
    }
}
