package vn.ansinh.registry.domain;

/** Sex (giới tính) as recorded in the civil-status and population registers. */
public enum Sex {
    /** Nam. */
    MALE,
    /** Nữ. */
    FEMALE;

    /** Resource-bundle key of the display name (Nam, Nữ). */
    public String labelKey() {
        return "person.sex." + name();
    }
}
