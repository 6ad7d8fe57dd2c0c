package vn.ansinh.benefit.domain;

import java.util.Optional;
import vn.ansinh.intake.domain.Category;

/** The standard level (mức chuẩn) an amount is a multiple of. */
public enum Scheme {
    /** Mức chuẩn trợ giúp xã hội (Decree 20/2021; 76/2024). */
    SOCIAL_ASSISTANCE,
    /** Mức chuẩn trợ cấp ưu đãi người có công (Decree 75/2021; 55/2023; 77/2024). */
    MERITORIOUS;

    /** The scheme of a category, or empty when it has no monthly or one-time amount (rehabilitation, poverty). */
    public static Optional<Scheme> of(Category category) {
        return switch (category.programme()) {
            case SOCIAL_ASSISTANCE -> Optional.of(SOCIAL_ASSISTANCE);
            case MERITORIOUS_PERSON, MERITORIOUS_RELATIVE -> Optional.of(MERITORIOUS);
            case FUNERAL_SUPPORT -> category == Category.FUNERAL_SOCIAL_ASSISTANCE
                    ? Optional.of(SOCIAL_ASSISTANCE) : Optional.empty();
            case POOR_HOUSEHOLD_SUPPORT, DRUG_REHABILITATION -> Optional.empty();
        };
    }
}
