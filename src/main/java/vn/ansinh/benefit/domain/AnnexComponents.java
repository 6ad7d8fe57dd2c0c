// Long because it holds the annex table rules of Decree 75/2021, one per legal row.
package vn.ansinh.benefit.domain;

import static vn.ansinh.shared.kernel.Category.ARMED_FORCES_HERO;
import static vn.ansinh.shared.kernel.Category.AUGUST_1945_REVOLUTIONARY;
import static vn.ansinh.shared.kernel.Category.HEROIC_MOTHER;
import static vn.ansinh.shared.kernel.Category.HEROIC_MOTHER_CAREGIVER;
import static vn.ansinh.shared.kernel.Category.IMPRISONED_ACTIVIST;
import static vn.ansinh.shared.kernel.Category.INVALID_RELATIVE;
import static vn.ansinh.shared.kernel.Category.MARTYR_RELATIVE;
import static vn.ansinh.shared.kernel.Category.PRE_1945_REVOLUTIONARY;
import static vn.ansinh.shared.kernel.Category.RESISTANCE_LABOUR_HERO;
import static vn.ansinh.shared.kernel.Category.REVOLUTION_HELPER;
import static vn.ansinh.shared.kernel.Category.SICK_SOLDIER;
import static vn.ansinh.shared.kernel.Category.TOXIC_CHEMICAL_VICTIM;
import static vn.ansinh.shared.kernel.Category.TREATED_AS_WAR_INVALID;
import static vn.ansinh.shared.kernel.Category.WAR_INVALID;
import static vn.ansinh.shared.kernel.Category.WAR_INVALID_CLASS_B;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.persistence.SqlText;

/**
 * The one home of "which annex rows a meritorious person's case is paid each month" (Ordinance
 * 02/2020/UBTVQH14 and Decree 75/2021/NĐ-CP, Phụ lục I–III, as amended): a list of rules, each naming the
 * categories it applies to, the annex row code, and the facts of the case it needs. {@link #of} applies
 * them in Java; {@link #match} and the helpers write the same rules as SQL for the payroll's monthly and
 * arrears statements; AnnexComponentsIT checks both agree on the same cases.
 *
 * <p>Each matching rule is one payroll line (its component is the row code). Notes [R] (to confirm):
 * <ul>
 * <li>the ≥81 % supplement and the "especially severe" one are alternatives (the severe one instead of
 *     the plain one), as the caregiver allowances are;</li>
 * <li>a pre-1945 revolutionary with years of seniority is diện thoát ly (allowance + supplement per year);
 *     without, diện không thoát ly;</li>
 * <li>INVALID_RELATIVE is read as the survivor of a deceased invalid of 61 % or more (trợ cấp tuất);</li>
 * <li>RESISTANCE_ACTIVIST has no monthly amount in Phụ lục I (one-time, per year of seniority: Phụ lục IV).</li>
 * </ul>
 * A person in two meritorious categories (two cases) is paid each case's components: Ordinance 02/2020,
 * [R: the article — Art. 5 on concurrent entitlements — to be confirmed] — the highest-coefficient rule is only social assistance's.
 */
public final class AnnexComponents {

    /** The facts of a case the rules read (the columns of {@code benefit_case}). */
    public record Facts(
            Category category,
            Integer impairmentPercent,
            Integer martyrCount,
            Integer seniorityYears,
            boolean livesAlone,
            boolean severe,
            String helperAward,
            boolean hasCaregiver) {}

    /** One rule: a row code paid to cases of the categories whose facts meet every condition given. */
    public record Rule(
            Set<Category> categories,
            String rowCode,
            boolean byPercent,
            int minPercent,
            int maxPercent,
            Boolean severe,
            boolean livesAlone,
            int minMartyrs,
            int maxMartyrs,
            Boolean fullTime,
            Set<String> awards,
            boolean toCaregiver,
            boolean perSeniorityYear) {

        boolean applies(Facts f) {
            if (!categories.contains(f.category())) {
                return false;
            }
            int percent = f.impairmentPercent() == null ? -1 : f.impairmentPercent();
            if ((byPercent || minPercent > 0) && (percent < minPercent || percent > maxPercent)) {
                return false;
            }
            if (severe != null && severe != f.severe()) {
                return false;
            }
            if (livesAlone && !f.livesAlone()) {
                return false;
            }
            int martyrs = f.martyrCount() == null ? 0 : f.martyrCount();
            if (minMartyrs > 0 && (martyrs < minMartyrs || martyrs > maxMartyrs)) {
                return false;
            }
            boolean isFullTime = f.seniorityYears() != null && f.seniorityYears() > 0;
            if (fullTime != null && fullTime != isFullTime) {
                return false;
            }
            if (!awards.isEmpty() && !awards.contains(f.helperAward())) {
                return false;
            }
            return !toCaregiver || f.hasCaregiver();
        }

        /** The rule as an SQL condition on a case {@code c} and an annex row {@code r}. */
        String sql(String c, String r) {
            StringBuilder s = new StringBuilder("(")
                    .append(c)
                    .append(".category IN (")
                    .append(categories.stream()
                            .map(k -> "'" + k.name() + "'")
                            .sorted()
                            .collect(Collectors.joining(", ")))
                    .append(") AND ")
                    .append(r)
                    .append(".row_code = '")
                    .append(rowCode)
                    .append("'");
            s.append(" AND COALESCE(")
                    .append(r)
                    .append(".impairment_percent, 0) = ")
                    .append(byPercent ? c + ".impairment_percent" : "0");
            if (byPercent || minPercent > 0) {
                s.append(" AND ")
                        .append(c)
                        .append(".impairment_percent BETWEEN ")
                        .append(minPercent)
                        .append(" AND ")
                        .append(maxPercent);
            }
            if (severe != null) {
                s.append(" AND ").append(c).append(".severe_wounds = ").append(severe ? 1 : 0);
            }
            if (livesAlone) {
                s.append(" AND ").append(c).append(".lives_alone = 1");
            }
            if (minMartyrs > 0) {
                s.append(" AND ")
                        .append(c)
                        .append(".martyr_count BETWEEN ")
                        .append(minMartyrs)
                        .append(" AND ")
                        .append(maxMartyrs);
            }
            if (fullTime != null) {
                s.append(
                        fullTime
                                ? " AND " + c + ".seniority_years > 0"
                                : " AND COALESCE(" + c + ".seniority_years, 0) = 0");
            }
            if (!awards.isEmpty()) {
                s.append(" AND ")
                        .append(c)
                        .append(".helper_award IN (")
                        .append(awards.stream().sorted().map(a -> "'" + a + "'").collect(Collectors.joining(", ")))
                        .append(")");
            }
            if (toCaregiver) {
                s.append(" AND ").append(c).append(".caregiver_person_id IS NOT NULL");
            }
            return s.append(")").toString();
        }
    }

    private static final Set<Category> INVALIDS = EnumSet.of(WAR_INVALID, TREATED_AS_WAR_INVALID, WAR_INVALID_CLASS_B);

    /** The rules, in the order of Phụ lục I. */
    public static final List<Rule> RULES = rules();

    private AnnexComponents() {}

    /** The row codes a case with these facts is paid, one line each. */
    public static List<Rule> of(Facts facts) {
        return RULES.stream().filter(rule -> rule.applies(facts)).toList();
    }

    /** How many times the row's amount a line pays: the years of seniority for a per-year row, else once. */
    public static int times(Rule rule, Facts facts) {
        return rule.perSeniorityYear() ? facts.seniorityYears() : 1;
    }

    /**
     * The SQL condition that annex row {@code r} is one of the components of case {@code c} (aliases of
     * {@code benefit_case} and of an annex table with {@code row_code}, {@code impairment_percent}).
     */
    public static String match(String c, String r) {
        return "(" + RULES.stream().map(rule -> rule.sql(c, r)).collect(Collectors.joining(" OR ")) + ")";
    }

    /**
     * The SQL derived table {@code (category, row_code)} of the distinct pairs of a category and a row code that
     * a rule pays. A statement joins it to the case's category and then an annex table's row code (by its index)
     * before {@link #match} decides, so the database looks at each case's few candidate rows instead of testing
     * every rule against every annex row: for a commune of 1,700 meritorious cases and 210 annex rows that was
     * 374,000 rule tests and 9 s of the month's payroll ({@code casework.md}, the demo timing).
     */
    public static String pairs() {
        Set<String> rows = new LinkedHashSet<>();
        for (Rule rule : RULES) {
            rule.categories().stream()
                    .sorted()
                    .forEach(category -> rows.add(SqlText.code(category.name()) + " AS category, "
                            + SqlText.code(rule.rowCode()) + " AS row_code"));
        }
        return rows.stream().map(row -> "SELECT " + row).collect(Collectors.joining(" UNION ALL ", "(", ")"));
    }

    /** The SQL multiplier of the row's amount: years of seniority for a per-year row, else 1. */
    public static String times(String c, String r) {
        String codes = RULES.stream()
                .filter(Rule::perSeniorityYear)
                .map(rule -> "'" + rule.rowCode() + "'")
                .distinct()
                .collect(Collectors.joining(", "));
        return "(CASE WHEN " + r + ".row_code IN (" + codes + ") THEN " + c + ".seniority_years ELSE 1 END)";
    }

    /** The SQL person who receives the line: the caregiver for a caregiver's component, else NULL (the beneficiary). */
    public static String payee(String c, String r) {
        String toCaregiver = RULES.stream()
                .filter(Rule::toCaregiver)
                .map(rule -> rule.sql(c, r))
                .collect(Collectors.joining(" OR "));
        return "(CASE WHEN " + toCaregiver + " THEN " + c + ".caregiver_person_id END)";
    }

    /** The categories priced from the annex rows (SQL list). */
    public static Set<Category> categories() {
        Set<Category> all = EnumSet.noneOf(Category.class);
        RULES.forEach(rule -> all.addAll(rule.categories()));
        return all;
    }

    private static List<Rule> rules() {
        List<Rule> r = new ArrayList<>();
        r.add(plain(PRE_1945_REVOLUTIONARY, "PRE1945_FULLTIME").fullTime(true).build());
        r.add(plain(PRE_1945_REVOLUTIONARY, "PRE1945_FULLTIME_SENIORITY_SUPPLEMENT")
                .fullTime(true)
                .perYear()
                .build());
        r.add(plain(PRE_1945_REVOLUTIONARY, "PRE1945_NON_FULLTIME")
                .fullTime(false)
                .build());
        r.add(plain(AUGUST_1945_REVOLUTIONARY, "REV1945").build());
        r.add(plain(MARTYR_RELATIVE, "MARTYR_RELATIVE_1").martyrs(1, 1).build());
        r.add(plain(MARTYR_RELATIVE, "MARTYR_RELATIVE_2").martyrs(2, 2).build());
        r.add(plain(MARTYR_RELATIVE, "MARTYR_RELATIVE_3_PLUS").martyrs(3, 999).build());
        r.add(plain(MARTYR_RELATIVE, "MARTYR_RELATIVE_NURTURE_EXTRA").alone().build());
        r.add(plain(HEROIC_MOTHER, "HEROIC_MOTHER_ALLOWANCE").build());
        r.add(plain(HEROIC_MOTHER, "HEROIC_MOTHER_SUPPLEMENT").build());
        r.add(plain(HEROIC_MOTHER, "HEROIC_MOTHER_CAREGIVER").caregiver().build());
        r.add(plain(HEROIC_MOTHER_CAREGIVER, "HEROIC_MOTHER_CAREGIVER").build());
        r.add(new Builder(EnumSet.of(ARMED_FORCES_HERO, RESISTANCE_LABOUR_HERO), "HERO_ALLOWANCE").build());
        r.add(new Builder(EnumSet.of(WAR_INVALID, TREATED_AS_WAR_INVALID), "WAR_INVALID")
                .byPercent(21, 100)
                .build());
        r.add(plain(WAR_INVALID_CLASS_B, "WAR_INVALID_CLASS_B")
                .byPercent(21, 100)
                .build());
        r.add(new Builder(INVALIDS, "INVALID_81_PLUS_SUPPLEMENT")
                .percent(81, 100)
                .severe(false)
                .build());
        r.add(new Builder(INVALIDS, "INVALID_81_PLUS_SEVERE_SUPPLEMENT")
                .percent(81, 100)
                .severe(true)
                .build());
        r.add(new Builder(INVALIDS, "INVALID_81_PLUS_CAREGIVER")
                .percent(81, 100)
                .severe(false)
                .caregiver()
                .build());
        r.add(new Builder(INVALIDS, "INVALID_81_PLUS_SEVERE_CAREGIVER")
                .percent(81, 100)
                .severe(true)
                .caregiver()
                .build());
        r.add(plain(INVALID_RELATIVE, "INVALID_61_PLUS_SURVIVOR").build());
        r.add(plain(INVALID_RELATIVE, "INVALID_61_PLUS_SURVIVOR_NURTURE_EXTRA")
                .alone()
                .build());
        int[][] sick = {{41, 50}, {51, 60}, {61, 70}, {71, 80}, {81, 90}, {91, 100}};
        for (int[] band : sick) {
            r.add(plain(SICK_SOLDIER, "SICK_SOLDIER_" + band[0] + "_" + band[1])
                    .percent(band[0], band[1])
                    .build());
        }
        r.add(plain(SICK_SOLDIER, "SICK_SOLDIER_81_PLUS_SUPPLEMENT")
                .percent(81, 100)
                .severe(false)
                .build());
        r.add(plain(SICK_SOLDIER, "SICK_SOLDIER_81_PLUS_SEVERE_SUPPLEMENT")
                .percent(81, 100)
                .severe(true)
                .build());
        r.add(plain(SICK_SOLDIER, "SICK_SOLDIER_81_PLUS_CAREGIVER")
                .percent(81, 100)
                .severe(false)
                .caregiver()
                .build());
        r.add(plain(SICK_SOLDIER, "SICK_SOLDIER_81_PLUS_SEVERE_CAREGIVER")
                .percent(81, 100)
                .severe(true)
                .caregiver()
                .build());
        r.add(plain(TOXIC_CHEMICAL_VICTIM, "TOXIC_CHEMICAL_21_40")
                .percent(21, 40)
                .build());
        r.add(plain(TOXIC_CHEMICAL_VICTIM, "TOXIC_CHEMICAL_41_60")
                .percent(41, 60)
                .build());
        r.add(plain(TOXIC_CHEMICAL_VICTIM, "TOXIC_CHEMICAL_61_80")
                .percent(61, 80)
                .build());
        r.add(plain(TOXIC_CHEMICAL_VICTIM, "TOXIC_CHEMICAL_81_PLUS")
                .percent(81, 100)
                .build());
        r.add(plain(TOXIC_CHEMICAL_VICTIM, "TOXIC_CHEMICAL_81_PLUS_SUPPLEMENT")
                .percent(81, 100)
                .severe(false)
                .build());
        r.add(plain(TOXIC_CHEMICAL_VICTIM, "TOXIC_CHEMICAL_81_PLUS_SEVERE_SUPPLEMENT")
                .percent(81, 100)
                .severe(true)
                .build());
        r.add(plain(TOXIC_CHEMICAL_VICTIM, "TOXIC_CHEMICAL_81_PLUS_CAREGIVER")
                .percent(81, 100)
                .caregiver()
                .build());
        r.add(plain(IMPRISONED_ACTIVIST, "IMPRISONED_ACTIVIST").build());
        r.add(plain(REVOLUTION_HELPER, "REVOLUTION_HELPER_PRE1945_AWARD")
                .awards("PRE1945_AWARD")
                .build());
        r.add(plain(REVOLUTION_HELPER, "REVOLUTION_HELPER_RESISTANCE_ORDER")
                .awards("RESISTANCE_ORDER")
                .build());
        r.add(plain(REVOLUTION_HELPER, "REVOLUTION_HELPER_NURTURE_EXTRA")
                .awards("PRE1945_AWARD", "RESISTANCE_ORDER")
                .alone()
                .build());
        return List.copyOf(r);
    }

    private static Builder plain(Category category, String rowCode) {
        return new Builder(EnumSet.of(category), rowCode);
    }

    private static final class Builder {
        private final Set<Category> categories;
        private final String rowCode;
        private boolean byPercent;
        private int minPercent;
        private int maxPercent;
        private Boolean severe;
        private boolean alone;
        private int minMartyrs;
        private int maxMartyrs;
        private Boolean fullTime;
        private Set<String> awards = Set.of();
        private boolean caregiver;
        private boolean perYear;

        Builder(Set<Category> categories, String rowCode) {
            this.categories = Set.copyOf(categories);
            this.rowCode = rowCode;
        }

        Builder byPercent(int min, int max) {
            byPercent = true;
            return percent(min, max);
        }

        Builder percent(int min, int max) {
            minPercent = min;
            maxPercent = max;
            return this;
        }

        Builder severe(boolean value) {
            severe = value;
            return this;
        }

        Builder alone() {
            alone = true;
            return this;
        }

        Builder martyrs(int min, int max) {
            minMartyrs = min;
            maxMartyrs = max;
            return this;
        }

        Builder fullTime(boolean value) {
            fullTime = value;
            return this;
        }

        Builder awards(String... values) {
            awards = Set.of(values);
            return this;
        }

        Builder caregiver() {
            caregiver = true;
            return this;
        }

        Builder perYear() {
            perYear = true;
            return this;
        }

        Rule build() {
            return new Rule(
                    categories,
                    rowCode,
                    byPercent,
                    minPercent,
                    maxPercent,
                    severe,
                    alone,
                    minMartyrs,
                    maxMartyrs,
                    fullTime,
                    awards,
                    caregiver,
                    perYear);
        }
    }
}
