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

    private CoefficientPeriods() {
    }

    /** The rows in force on the day. */
    public static List<BenefitCoefficient> inForce(List<BenefitCoefficient> rows, LocalDate day) {
        List<BenefitCoefficient> started = rows.stream().filter(r -> !r.effectiveFrom().isAfter(day)).toList();
        return started.stream().filter(r -> started.stream().noneMatch(later -> replaces(later, r))).toList();
    }

    /** Whether {@code later} replaces {@code earlier} from its own start. */
    static boolean replaces(BenefitCoefficient later, BenefitCoefficient earlier) {
        return later.category() == earlier.category() && later.effectiveFrom().isAfter(earlier.effectiveFrom())
                && bandsOverlap(later, earlier)
                && (later.disabilityLevel() == null || earlier.disabilityLevel() == null
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
