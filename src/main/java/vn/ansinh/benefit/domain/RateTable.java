package vn.ansinh.benefit.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.ansinh.registry.domain.PartialDate;
import vn.ansinh.shared.kernel.Category;

/**
 * The rate tables as of now: standard levels and coefficients with their effective dates. The
 * amount for a month uses the rows in force on the first day of that month; a province's own
 * level replaces the national one where it is higher.
 */
public final class RateTable {

    private final List<StandardLevel> levels;
    private final List<BenefitCoefficient> coefficients;

    public RateTable(List<StandardLevel> levels, List<BenefitCoefficient> coefficients) {
        this.levels = levels.stream()
                .sorted(Comparator.comparing(StandardLevel::effectiveFrom).reversed())
                .toList();
        this.coefficients = coefficients.stream()
                .sorted(Comparator.comparing(BenefitCoefficient::effectiveFrom).reversed())
                .toList();
    }

    /** The standard level in force in the month for the province (its own, if higher than the national one). */
    public Optional<Long> standardLevel(Scheme scheme, String provinceCode, YearMonth month) {
        LocalDate day = month.atDay(1);
        Optional<Long> national = latest(scheme, null, day);
        Optional<Long> provincial = provinceCode == null ? Optional.empty() : latest(scheme, provinceCode, day);
        if (provincial.isPresent() && (national.isEmpty() || provincial.get() > national.get())) {
            return provincial;
        }
        return national;
    }

    /**
     * The entitlement of a person of the category in the month, or empty when the category has no
     * amount (rehabilitation, poverty) or no row applies (the person is outside every age band).
     */
    public Optional<Entitlement> entitlement(
            Category category, String disabilityLevel, PartialDate birthDate, String provinceCode, YearMonth month) {
        Optional<Scheme> scheme = Scheme.of(category);
        if (scheme.isEmpty()) {
            return Optional.empty();
        }
        LocalDate day = month.atDay(1);
        int age = AgeOnDay.years(birthDate.year(), birthDate.month(), birthDate.day(), day);
        // the rows in force that day (a later period's bands replace the overlapping old ones), the latest first
        Optional<BenefitCoefficient> row = CoefficientPeriods.inForce(coefficients, day).stream()
                .filter(c -> c.matches(category, age, disabilityLevel))
                .findFirst();
        Optional<Long> level = standardLevel(scheme.get(), provinceCode, month);
        if (row.isEmpty() || level.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal coefficient = row.get().coefficient().stripTrailingZeros();
        long amount = BigDecimal.valueOf(level.get())
                .multiply(coefficient)
                .setScale(0, RoundingMode.HALF_UP)
                .longValueExact();
        return Optional.of(new Entitlement(
                month, scheme.get(), level.get(), coefficient, amount, row.get().legalBasis()));
    }

    private Optional<Long> latest(Scheme scheme, String provinceCode, LocalDate day) {
        return levels.stream()
                .filter(l -> l.scheme() == scheme
                        && java.util.Objects.equals(l.provinceCode(), provinceCode)
                        && !l.effectiveFrom().isAfter(day))
                .map(StandardLevel::amount)
                .findFirst();
    }
}
