package vn.ansinh.intake.domain;

/**
 * Where an application stands at intake. A READY application goes on to review, approval and
 * decision in the case workflow.
 */
public enum ApplicationStatus {
    /** Being filled in by the commune officer. */
    DRAFT,
    /** Complete, with its documents: handed to the case workflow. */
    READY;

    public boolean mayChange() {
        return this == DRAFT;
    }

    public String labelKey() {
        return "application.status." + name();
    }
}
