package vn.ansinh.benefit.domain;

import java.util.Optional;
import vn.ansinh.intake.domain.Category;

/** The standard level (mức chuẩn) an amount is a multiple of. */
public enum Scheme {
    /** Mức chuẩn trợ giúp xã hội (Decree 20/2021; 76/2024). */
    SOCIAL_ASSISTANCE,
    /** Mức chuẩn trợ cấp ưu đãi người có công (Decree 75/2021; 55/2023; 77/2024). */
    MERITORIOUS,
    /**
     * Lương cơ sở (Decree 73/2024; 161/2026): the reference level of amounts that derive from it, e.g. the
     * meritorious-person funeral support of 10 times it (Law 41/2024 Art. 85.2). Never a payroll scheme.
     */
    BASE_SALARY;

    /** Whether a monthly payroll pays amounts of the scheme (not the base salary). */
    public boolean isPayrollScheme() {
        return this != BASE_SALARY;
    }

    /** The scheme of a category, or empty when it has no monthly or one-time amount (rehabilitation, poverty). */
    public static Optional<Scheme> of(Category category) {
        return switch (category.programme()) {
            case SOCIAL_ASSISTANCE -> Optional.of(SOCIAL_ASSISTANCE);
            case MERITORIOUS_PERSON, MERITORIOUS_RELATIVE -> Optional.of(MERITORIOUS);
            case FUNERAL_SUPPORT -> Optional.of(category == Category.FUNERAL_SOCIAL_ASSISTANCE ? SOCIAL_ASSISTANCE : BASE_SALARY);
            case POOR_HOUSEHOLD_SUPPORT, DRUG_REHABILITATION -> Optional.empty();
        };
    }
}
