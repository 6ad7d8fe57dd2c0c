package vn.ansinh.benefit.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.ansinh.shared.kernel.Category;

/**
 * The one home of "is this person eligible for the category on this day": the category must exist in
 * law on the day ({@link CategoryPeriod}) and the person must meet the conditions of the rule in force
 * ({@link EligibilityRule}). Free of the container; the rows given are the ones that count
 * ({@link ConfirmedRates}). A category with no period row or no rule is not restricted by it.
 */
public final class EligibilityRules {

    private final List<CategoryPeriod> periods;
    private final List<EligibilityRule> rules;

    public EligibilityRules(List<CategoryPeriod> periods, List<EligibilityRule> rules) {
        this.periods = periods.stream()
                .sorted(Comparator.comparing(CategoryPeriod::effectiveFrom).reversed())
                .toList();
        this.rules = rules.stream()
                .sorted(Comparator.comparing(EligibilityRule::effectiveFrom).reversed())
                .toList();
    }

    /** Whether the category exists in law on the day. */
    public boolean exists(Category category, LocalDate day) {
        return periods.stream()
                .filter(p -> p.category() == category && !p.effectiveFrom().isAfter(day))
                .findFirst()
                .map(CategoryPeriod::available)
                // no row on or before the day: restricted only if the category's first row starts later
                .orElseGet(() -> periods.stream().noneMatch(p -> p.category() == category));
    }

    /** The first day after {@code from} on which the category no longer exists, if a counting row ends it. */
    public Optional<LocalDate> endAfter(Category category, LocalDate from) {
        if (!exists(category, from)) {
            return periods.stream()
                    .filter(p -> p.category() == category && !p.effectiveFrom().isAfter(from))
                    .findFirst()
                    .map(CategoryPeriod::effectiveFrom);
        }
        return periods.stream()
                .filter(p -> p.category() == category && p.effectiveFrom().isAfter(from) && !p.available())
                .min(Comparator.comparing(CategoryPeriod::effectiveFrom))
                .map(CategoryPeriod::effectiveFrom);
    }

    /** The rule of the category in force on the day. */
    public Optional<EligibilityRule> ruleOn(Category category, LocalDate day) {
        return rules.stream()
                .filter(r -> r.category() == category && !r.effectiveFrom().isAfter(day))
                .findFirst();
    }

    /** The conditions not met on the day, in a fixed order; empty when the person is eligible. */
    public List<EligibilityFailure> check(EligibilityFacts facts, LocalDate day) {
        List<EligibilityFailure> failures = new ArrayList<>();
        Category category = facts.category();
        String categoryLabel = "category." + category.name();
        if (!exists(category, day)) {
            failures.add(EligibilityFailure.failed("eligibility.fail.categoryEnded", categoryLabel));
            return failures;
        }
        Optional<EligibilityRule> found = ruleOn(category, day);
        if (found.isEmpty()) {
            return failures;
        }
        EligibilityRule rule = found.get();
        int age = AgeOnDay.years(
                facts.birthDate().year(),
                facts.birthDate().month(),
                facts.birthDate().day(),
                day);
        if (rule.minAge() != null && age < rule.minAge()) {
            failures.add(EligibilityFailure.failed("eligibility.fail.tooYoung", categoryLabel, age, rule.minAge()));
        }
        if (rule.maxAge() != null && age >= rule.maxAge()) {
            failures.add(EligibilityFailure.failed("eligibility.fail.tooOld", categoryLabel, age, rule.maxAge()));
        }
        if (rule.povertyStatus() != null) {
            String year = String.valueOf(PovertyRequirement.reviewYearApplyingOn(day));
            if (facts.poverty() == null) {
                failures.add(EligibilityFailure.notRecorded(
                        "eligibility.fail.povertyUnknown",
                        categoryLabel,
                        rule.povertyStatus().labelKey(),
                        year));
            } else if (!rule.povertyStatus().acceptedBy(facts.poverty())) {
                failures.add(EligibilityFailure.failed(
                        "eligibility.fail.poverty",
                        categoryLabel,
                        rule.povertyStatus().labelKey(),
                        facts.poverty().labelKey(),
                        year));
            }
        }
        List<String> levels = rule.disabilityLevels();
        if (!levels.isEmpty() && (facts.disabilityLevel() == null || !levels.contains(facts.disabilityLevel()))) {
            failures.add(EligibilityFailure.failed("eligibility.fail.disability", categoryLabel));
        }
        if (rule.requiresNoPension()) {
            if (facts.receivesPension() == null) {
                failures.add(EligibilityFailure.notRecorded("eligibility.fail.pensionUnknown", categoryLabel));
            } else if (facts.receivesPension()) {
                failures.add(EligibilityFailure.failed("eligibility.fail.pension", categoryLabel));
            }
        }
        if (rule.requiresInSchool() && !facts.inSchool()) {
            failures.add(EligibilityFailure.failed("eligibility.fail.notInSchool", categoryLabel));
        }
        return failures;
    }
}
