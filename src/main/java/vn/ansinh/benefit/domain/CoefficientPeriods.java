package vn.ansinh.benefit.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Which coefficient rows are in force on a day: <b>a row stops counting from the day a later row of the
 * same category starts whose age band overlaps its own</b> (and whose disability level overlaps: equal,
 * or either row for every level). A new row of the same band replaces the old one, as before; a decree
 * that re-bands a category (Decree 335/2026: 60–75 / 75+ where 20/2021 had 60–80 / 80+) replaces every
 * old band its new bands touch, so that 60–80 never counts beside 75+ after the change, whatever the
 * person's age. The rows given are the ones that count at the moment asked ({@link ConfirmedRates}).
 */
public final class CoefficientPeriods {

    private static final java.util.regex.Pattern ALIAS = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final java.util.regex.Pattern DAY = java.util.regex.Pattern.compile(
            "[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*|\\?\\d{0,3}|DATE '\\d{4}-\\d{2}-\\d{2}'");

    private CoefficientPeriods() {}

    /**
     * The rule as SQL, for a query over {@code benefit_coefficient}: the row of alias {@code alias}, started
     * on or before {@code day}, is not replaced by a later counting row ({@link ConfirmedRates} at
     * {@code moment}) started on or before {@code day}. E.g. the arrears' coefficient lookup:
     * {@code … AND b.effective_from <= cm.month_start AND <ConfirmedRates.condition("b", t)>
     * AND <CoefficientPeriods.condition("b", "cm.month_start", t)>}.
     *
     * @param day a column ({@code cm.month_start}), a parameter or a literal {@code DATE 'yyyy-mm-dd'}
     * @param moment as for {@link ConfirmedRates#condition}
     */
    public static String condition(String alias, String day, String moment) {
        if (alias == null || !ALIAS.matcher(alias).matches() || "n".equals(alias)) {
            throw new IllegalArgumentException("not a table alias: " + alias);
        }
        if (day == null || !DAY.matcher(day).matches()) {
            throw new IllegalArgumentException("not a day column, parameter or literal: " + day);
        }
        String max = String.valueOf(Integer.MAX_VALUE);
        return ("NOT EXISTS (SELECT 1 FROM benefit_coefficient n WHERE n.category = {A}.category"
                        + " AND n.effective_from > {A}.effective_from AND n.effective_from <= {D}"
                        + " AND " + ConfirmedRates.condition("n", moment)
                        + " AND COALESCE(n.min_age, 0) < COALESCE({A}.max_age, " + max + ")"
                        + " AND COALESCE({A}.min_age, 0) < COALESCE(n.max_age, " + max + ")"
                        + " AND (n.disability_level IS NULL OR {A}.disability_level IS NULL OR n.disability_level = {A}.disability_level))")
                .replace("{A}", alias)
                .replace("{D}", day);
    }

    /** The rows in force on the day. */
    public static List<BenefitCoefficient> inForce(List<BenefitCoefficient> rows, LocalDate day) {
        List<BenefitCoefficient> started =
                rows.stream().filter(r -> !r.effectiveFrom().isAfter(day)).toList();
        return started.stream()
                .filter(r -> started.stream().noneMatch(later -> replaces(later, r)))
                .toList();
    }

    /** Whether {@code later} replaces {@code earlier} from its own start. */
    static boolean replaces(BenefitCoefficient later, BenefitCoefficient earlier) {
        return later.category() == earlier.category()
                && later.effectiveFrom().isAfter(earlier.effectiveFrom())
                && bandsOverlap(later, earlier)
                && (later.disabilityLevel() == null
                        || earlier.disabilityLevel() == null
                        || Objects.equals(later.disabilityLevel(), earlier.disabilityLevel()));
    }

    private static boolean bandsOverlap(BenefitCoefficient a, BenefitCoefficient b) {
        int aMin = a.minAge() == null ? 0 : a.minAge();
        int aMax = a.maxAge() == null ? Integer.MAX_VALUE : a.maxAge();
        int bMin = b.minAge() == null ? 0 : b.minAge();
        int bMax = b.maxAge() == null ? Integer.MAX_VALUE : b.maxAge();
        return aMin < bMax && bMin < aMax;
    }
}
