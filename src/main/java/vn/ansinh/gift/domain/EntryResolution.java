package vn.ansinh.gift.domain;

import java.util.function.Predicate;
import vn.ansinh.shared.persistence.SqlEnums;

/**
 * Whether an entry may be paid as drawn. A person drawn with neither a personal ID nor an old ID-card number is
 * listed TO_RESOLVE, never dropped silently: the commune officer checks them in person and keeps or drops them.
 */
public enum EntryResolution {
    /** Drawn with an identity number. */
    CLEAR,
    /** Drawn without an identity number: the officer must decide. */
    TO_RESOLVE,
    /** Checked by the officer and kept. */
    KEPT,
    /** Checked by the officer and dropped (not the person, or not eligible). */
    DROPPED;

    /** The entry counts in the planned amount and may be paid. */
    public boolean payable() {
        return this == CLEAR || this == KEPT;
    }

    /** The status an entry is drawn in, by whether the person has an identity number. */
    public static EntryResolution drawn(IdentityKind kind) {
        return kind.identifies() ? CLEAR : TO_RESOLVE;
    }

    public static String sqlSet(Predicate<EntryResolution> rule) {
        return SqlEnums.list(EntryResolution.class, rule);
    }

    public String labelKey() {
        return "gift.resolution." + name();
    }
}
