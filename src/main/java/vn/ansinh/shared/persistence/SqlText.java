package vn.ansinh.shared.persistence;

import java.util.regex.Pattern;

/**
 * Code words (enum names, annex row codes) as SQL text literals that compare with the schema's columns on any
 * connection: with the character set and collation every table of the migrations declares ({@link #COLLATION}).
 * A literal written plainly takes the connection's collation; where it becomes a column of a derived table
 * (e.g. {@code (SELECT 'A' AS code UNION ALL …)}), MySQL 8 refuses to compare it with a column of another
 * collation ("Illegal mix of collations"), so such literals carry the schema's collation explicitly.
 */
public final class SqlText {

    /** The collation of the schema's text columns (the migrations' {@code COLLATE = utf8mb4_unicode_ci}). */
    public static final String COLLATION = "utf8mb4_unicode_ci";

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

    private SqlText() {}

    /** A code word (capitals, digits, underscores) as a literal in the schema's collation. */
    public static String code(String code) {
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("not an SQL-safe code: " + code);
        }
        return "_utf8mb4'" + code + "' COLLATE " + COLLATION;
    }
}
