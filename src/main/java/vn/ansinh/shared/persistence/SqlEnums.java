package vn.ansinh.shared.persistence;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Enum values as SQL, generated from the enum and its rules, never typed into a statement: one value as a
 * string literal ({@link #literal}), the values a rule accepts as the list of an {@code IN} ({@link #list}).
 * A rule used by Java and SQL is stated once, as a predicate on its enum (e.g. {@code CaseStatus::benefitRuns}),
 * and the SQL is generated from that predicate. Only enum names (capitals, digits and underscores) are written,
 * so the text is safe to embed.
 */
public final class SqlEnums {

    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]*");

    private SqlEnums() {}

    /** The value as a SQL string literal, e.g. {@code 'ACTIVE'}. */
    public static String literal(Enum<?> value) {
        String name = value.name();
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not an SQL-safe enum name: " + name);
        }
        return "'" + name + "'";
    }

    /** The values that satisfy the rule, in declaration order. */
    public static <E extends Enum<E>> Set<E> where(Class<E> type, Predicate<? super E> rule) {
        return Arrays.stream(type.getEnumConstants())
                .filter(rule)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(type)));
    }

    /**
     * The values that satisfy the rule as the list of an {@code IN}, e.g. {@code 'ACTIVE', 'TERMINATED'};
     * never empty ({@code IN ()} is not SQL), so a rule no value satisfies is refused.
     */
    public static <E extends Enum<E>> String list(Class<E> type, Predicate<? super E> rule) {
        Set<E> values = where(type, rule);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no " + type.getSimpleName() + " satisfies the rule");
        }
        return values.stream().map(SqlEnums::literal).collect(Collectors.joining(", "));
    }
}
