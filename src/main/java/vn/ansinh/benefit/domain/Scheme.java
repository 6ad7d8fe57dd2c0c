package vn.ansinh.benefit.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.Programme;

/**
 * The standard level (mức chuẩn) an amount is a multiple of. This enum is the one home of which
 * programme is paid monthly under which scheme: the payroll's SQL is generated from it
 * ({@link #sqlOf(String)}, {@link #paidProgrammesSql(String)}).
 */
public enum Scheme {
    /** Mức chuẩn trợ giúp xã hội (Decree 20/2021; 76/2024; 335/2026). */
    SOCIAL_ASSISTANCE,
    /** Mức chuẩn trợ cấp ưu đãi người có công (Decree 75/2021; 55/2023; 77/2024). */
    MERITORIOUS,
    /** Mức trợ cấp hưu trí xã hội (Law 41/2024, Art. 22; Decree 176/2025: 500,000 from 1 Jul 2025). */
    SOCIAL_PENSION,
    /**
     * Lương cơ sở (Decree 73/2024; 161/2026): the reference level of amounts that derive from it, e.g. the
     * meritorious-person funeral support of 10 times it (Law 41/2024 Art. 85.2). Never a payroll scheme.
     */
    BASE_SALARY;

    /** Whether a monthly payroll pays amounts of the scheme (not the base salary). */
    public boolean isPayrollScheme() {
        return this != BASE_SALARY;
    }

    /** The scheme a programme's monthly allowance is paid under, or empty when the programme pays none monthly. */
    public static Optional<Scheme> ofMonthly(Programme programme) {
        return switch (programme) {
            case SOCIAL_ASSISTANCE -> Optional.of(SOCIAL_ASSISTANCE);
            case SOCIAL_PENSION -> Optional.of(SOCIAL_PENSION);
            case MERITORIOUS_PERSON, MERITORIOUS_RELATIVE -> Optional.of(MERITORIOUS);
            case FUNERAL_SUPPORT, POOR_HOUSEHOLD_SUPPORT, DRUG_REHABILITATION -> Optional.empty();
        };
    }

    /** The scheme of a category, or empty when it has no monthly or one-time amount (rehabilitation, poverty). */
    public static Optional<Scheme> of(Category category) {
        if (category.programme() == Programme.FUNERAL_SUPPORT) {
            return switch (category) {
                case FUNERAL_SOCIAL_ASSISTANCE -> Optional.of(SOCIAL_ASSISTANCE);
                case FUNERAL_SOCIAL_PENSION -> Optional.of(SOCIAL_PENSION);
                case FUNERAL_MERITORIOUS -> Optional.of(BASE_SALARY);
                default -> Optional.empty();
            };
        }
        return ofMonthly(category.programme());
    }

    /** The programmes a monthly payroll pays: those with a monthly scheme. */
    public static List<Programme> paidProgrammes() {
        return Arrays.stream(Programme.values())
                .filter(p -> ofMonthly(p).isPresent())
                .toList();
    }

    /** SQL: the scheme of the monthly allowance of the programme in {@code programmeColumn} (NULL for none). */
    public static String sqlOf(String programmeColumn) {
        return Arrays.stream(Programme.values())
                .filter(p -> ofMonthly(p).isPresent())
                .map(p -> " WHEN '" + p.name() + "' THEN '"
                        + ofMonthly(p).orElseThrow().name() + "'")
                .collect(Collectors.joining("", "CASE " + programmeColumn, " END"));
    }

    /** SQL: whether the programme in {@code programmeColumn} is paid by the monthly payroll. */
    public static String paidProgrammesSql(String programmeColumn) {
        return paidProgrammes().stream()
                .map(p -> "'" + p.name() + "'")
                .collect(Collectors.joining(", ", programmeColumn + " IN (", ")"));
    }

    /** SQL: whether the programme in {@code programmeColumn} is paid monthly under this scheme. */
    public String programmesSql(String programmeColumn) {
        return Arrays.stream(Programme.values())
                .filter(p -> ofMonthly(p).orElse(null) == this)
                .map(p -> "'" + p.name() + "'")
                .collect(Collectors.joining(", ", programmeColumn + " IN (", ")"));
    }
}
