package vn.ansinh.report.application;

import java.io.Serializable;
import java.text.Collator;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.ansinh.report.domain.HealthInsuranceGroup;

/**
 * A unit's list of the people whose health insurance the state budget pays in a month, and the changes since the
 * previous month: new (on this month's list, not the previous one's), stopped (on the previous one's, not this one's,
 * with the reason of the benefit that ended) and group changed (on both, under another code).
 *
 * @param insured this month's list, by group in the law's order and then by name
 */
public record HealthInsuranceList(
        String unitName, YearMonth month, List<InsuredPerson> insured, List<InsuranceChange> changes)
        implements Serializable {

    /** The list of {@code month} and its changes from the list of the month before. */
    public static HealthInsuranceList compare(
            String unitName, YearMonth month, List<InsuredPerson> current, List<InsuredPerson> previous) {
        Map<Long, InsuredPerson> now = byPerson(current);
        Map<Long, InsuredPerson> before = byPerson(previous);
        List<InsuranceChange> changes = new ArrayList<>();
        for (InsuredPerson person : sorted(now.values())) {
            InsuredPerson earlier = before.get(person.personId());
            if (earlier == null) {
                changes.add(new InsuranceChange(InsuranceChange.Kind.NEW, person, month, null));
            } else if (earlier.group() != person.group()) {
                changes.add(new InsuranceChange(InsuranceChange.Kind.GROUP_CHANGED, person, month, null));
            }
        }
        for (InsuredPerson person : sorted(before.values())) {
            if (!now.containsKey(person.personId())) {
                changes.add(new InsuranceChange(
                        InsuranceChange.Kind.STOPPED, person, month.minusMonths(1), person.stopReason()));
            }
        }
        changes.sort(Comparator.comparing(InsuranceChange::kind));
        return new HealthInsuranceList(unitName, month, sorted(now.values()), List.copyOf(changes));
    }

    /** How many people are listed under the group. */
    public long count(HealthInsuranceGroup group) {
        return insured.stream().filter(p -> p.group() == group).count();
    }

    /** How many changes are of the kind. */
    public long count(InsuranceChange.Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).count();
    }

    /** One entry per person, merging their benefits that count in the month. */
    static Map<Long, InsuredPerson> byPerson(List<InsuredPerson> rows) {
        Map<Long, InsuredPerson> people = new LinkedHashMap<>();
        for (InsuredPerson row : rows) {
            people.merge(row.personId(), row, InsuredPerson::with);
        }
        return people;
    }

    private static List<InsuredPerson> sorted(java.util.Collection<InsuredPerson> people) {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("vi"));
        return people.stream()
                .sorted(Comparator.comparing(InsuredPerson::group)
                        .thenComparing(InsuredPerson::communeName, Comparator.nullsLast(collator))
                        .thenComparing(InsuredPerson::fullName, collator)
                        .thenComparing(InsuredPerson::personId))
                .toList();
    }
}
