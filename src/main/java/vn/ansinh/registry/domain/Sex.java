package vn.ansinh.registry.domain;

import vn.ansinh.shared.kernel.InvalidValueException;

/** Sex (giới tính) as recorded in the civil-status and population registers. */
public enum Sex {
    /** Nam. */
    MALE("nam"),
    /** Nữ. */
    FEMALE("nu");

    private final String folded;

    Sex(String folded) {
        this.folded = folded;
    }

    /** Resource-bundle key of the display name (Nam, Nữ). */
    public String labelKey() {
        return "person.sex." + name();
    }

    /**
     * The sex written in Vietnamese, as in a list kept in Excel: {@code Nam} or {@code Nữ}, ignoring
     * case, diacritics and surrounding spaces ({@code NỮ}, {@code nu}).
     */
    public static Sex fromVietnamese(String text) {
        String key = VietnameseNames.fold(text);
        for (Sex sex : values()) {
            if (sex.folded.equals(key)) {
                return sex;
            }
        }
        throw new InvalidValueException("person.error.sex");
    }
}
