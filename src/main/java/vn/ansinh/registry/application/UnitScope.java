package vn.ansinh.registry.application;

import jakarta.persistence.Query;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.security.Actor;

/**
 * What a user may read: the one jurisdiction rule of every read, built on the unit tree as the
 * commands' check is ({@link AdminUnitTree#covers}). National staff see everything; a user whose unit
 * has been abolished sees nothing; anyone else sees their unit and every unit below it, in either list
 * (a province its communes, a pre-2025 district the communes it had).
 *
 * <p>The rule in two forms: {@link #covers} for Java, and a {@link Condition} on a query's columns,
 * for rows placed in one of two ways:
 * <ul>
 * <li>by residence, a commune with its province ({@link #residence}: people, households, cases,
 * alerts, list decisions); a province of the current list reads them by the province column, which the
 * indexes serve, anything else by the commune column;</li>
 * <li>in one unit of any level ({@link #unit}: a payroll run, an audit record, the commune of a
 * transfer request).</li>
 * </ul>
 * {@code UnitScopeIT} runs both forms on the same rows of the real database and unit list.
 */
public final class UnitScope {

    private final AdminUnitTree tree;
    private final AdminUnitCode jurisdiction;
    private Set<String> within;

    private UnitScope(AdminUnitTree tree, AdminUnitCode jurisdiction) {
        this.tree = Objects.requireNonNull(tree, "tree");
        this.jurisdiction = jurisdiction;
    }

    /** What the actor may read: their unit while it exists ({@link Actor#jurisdiction()}), else nothing. */
    public static UnitScope of(Actor actor, AdminUnitTree tree) {
        return new UnitScope(tree, actor.jurisdiction().orElse(null));
    }

    /** What a user of {@code jurisdiction} may read. */
    public static UnitScope of(AdminUnitCode jurisdiction, AdminUnitTree tree) {
        return new UnitScope(tree, Objects.requireNonNull(jurisdiction, "jurisdiction"));
    }

    /** The unit whose data this scope reads; empty when it reads nothing. */
    public Optional<AdminUnitCode> jurisdiction() {
        return Optional.ofNullable(jurisdiction);
    }

    /** Whether nothing at all can be read (an abolished unit, or a code that names no unit). */
    public boolean isEmpty() {
        return jurisdiction == null || !jurisdiction.isNational() && within().isEmpty();
    }

    /** Whether the scope reads the data of this unit (the Java form of the rule). */
    public boolean covers(AdminUnitCode unit) {
        return jurisdiction != null && tree.covers(jurisdiction, unit);
    }

    /** The rule on rows placed by residence: their commune and province columns (or attributes). */
    public Condition residence(String communeColumn, String provinceColumn) {
        if (jurisdiction != null && jurisdiction.isNational()) {
            return Condition.ALL;
        }
        if (jurisdiction != null && tree.isCurrentProvince(jurisdiction)) {
            return new Condition(provinceColumn, List.of(jurisdiction.value()));
        }
        return new Condition(communeColumn, List.copyOf(within()));
    }

    /** The rule on rows placed in one unit of any level: the unit's column (or attribute). */
    public Condition unit(String unitColumn) {
        if (jurisdiction != null && jurisdiction.isNational()) {
            return Condition.ALL;
        }
        return new Condition(unitColumn, List.copyOf(within()));
    }

    /** The codes of the units read (not for the country): the unit and all below it, or none. */
    private Set<String> within() {
        if (within == null) {
            within = jurisdiction == null ? Set.of() : tree.codesWithin(jurisdiction);
        }
        return within;
    }

    @Override
    public String toString() {
        return jurisdiction == null ? "nothing" : jurisdiction.value();
    }

    /**
     * The rule as a condition on one column: always true (the country), always false (nothing),
     * the column equal to one code, or the column in a set of codes. For JPQL with a named parameter
     * ({@link #jpql}, {@link #bind}), or for SQL with positional parameters ({@link #sql},
     * {@link #parameters}).
     */
    public static final class Condition {

        static final Condition ALL = new Condition(null, null);

        private final String column;
        private final List<String> codes;

        Condition(String column, List<String> codes) {
            this.column = column;
            this.codes = codes;
        }

        /** The JPQL condition, naming {@code parameter} when it needs one. */
        public String jpql(String parameter) {
            if (codes == null) {
                return "1 = 1";
            }
            if (codes.isEmpty()) {
                return "1 = 0";
            }
            return column + (codes.size() == 1 ? " = :" : " in :") + parameter;
        }

        /** Sets the parameter that {@link #jpql} named, if it named one. */
        public <Q extends Query> Q bind(Q query, String parameter) {
            if (codes != null && codes.size() == 1) {
                query.setParameter(parameter, codes.get(0));
            } else if (codes != null && !codes.isEmpty()) {
                query.setParameter(parameter, codes);
            }
            return query;
        }

        /** The SQL condition, with a {@code ?} for each of {@link #parameters()}. */
        public String sql() {
            if (codes == null) {
                return "1 = 1";
            }
            if (codes.isEmpty()) {
                return "1 = 0";
            }
            if (codes.size() == 1) {
                return column + " = ?";
            }
            return column + " IN (" + String.join(", ", Collections.nCopies(codes.size(), "?")) + ")";
        }

        /** The values of the {@code ?} of {@link #sql()}, in order. */
        public List<Object> parameters() {
            return codes == null ? List.of() : List.copyOf(codes);
        }

        @Override
        public String toString() {
            return codes == null
                    ? "all"
                    : column + " in " + codes.stream().limit(5).collect(Collectors.joining(",", "[", "]"))
                            + (codes.size() > 5 ? "…" + codes.size() : "");
        }
    }
}
