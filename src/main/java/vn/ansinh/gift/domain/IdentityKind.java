package vn.ansinh.gift.domain;

import java.util.regex.Pattern;
import vn.ansinh.shared.persistence.SqlEnums;

/**
 * How a person is keyed in a one-off list: "one entry per person, by personal ID, else old ID-card number"
 * (the 2025 gift rules: không bỏ sót, không trùng lặp). A person with neither is keyed by their record and
 * listed to resolve.
 */
public enum IdentityKind {
    PERSONAL_ID,
    OLD_ID,
    NONE;

    private static final Pattern ALIAS = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    public boolean identifies() {
        return this != NONE;
    }

    /** The kind of a person with these numbers (either may be null). */
    public static IdentityKind of(String personalId, String oldIdNumber) {
        return personalId != null ? PERSONAL_ID : oldIdNumber != null ? OLD_ID : NONE;
    }

    /** The key of a person with these numbers: the personal ID, else the old ID number, else {@code #} and the id. */
    public static String key(String personalId, String oldIdNumber, long personId) {
        return switch (of(personalId, oldIdNumber)) {
            case PERSONAL_ID -> personalId;
            case OLD_ID -> "CMND" + oldIdNumber;
            case NONE -> "#" + personId;
        };
    }

    /** {@link #key} as SQL on a {@code person} row of alias {@code p}. */
    public static String keySql(String p) {
        check(p);
        return "COALESCE(" + p + ".personal_id, CONCAT('CMND', " + p + ".old_id_number), CONCAT('#', " + p + ".id))";
    }

    /** {@link #of} as SQL on a {@code person} row of alias {@code p}. */
    public static String kindSql(String p) {
        check(p);
        return "CASE WHEN " + p + ".personal_id IS NOT NULL THEN " + SqlEnums.literal(PERSONAL_ID) + " WHEN " + p
                + ".old_id_number IS NOT NULL THEN " + SqlEnums.literal(OLD_ID) + " ELSE " + SqlEnums.literal(NONE)
                + " END";
    }

    /** {@link EntryResolution#drawn} as SQL on a {@code person} row of alias {@code p}. */
    public static String resolutionSql(String p) {
        check(p);
        return "CASE WHEN " + p + ".personal_id IS NULL AND " + p + ".old_id_number IS NULL THEN "
                + SqlEnums.literal(EntryResolution.drawn(NONE)) + " ELSE "
                + SqlEnums.literal(EntryResolution.drawn(PERSONAL_ID)) + " END";
    }

    private static void check(String alias) {
        if (alias == null || !ALIAS.matcher(alias).matches()) {
            throw new IllegalArgumentException("not a table alias: " + alias);
        }
    }

    public String labelKey() {
        return "gift.identity." + name();
    }
}
