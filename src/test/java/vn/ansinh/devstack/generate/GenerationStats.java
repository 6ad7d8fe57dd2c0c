package vn.ansinh.devstack.generate;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import vn.ansinh.devstack.generate.Rows.Chunk;
import vn.ansinh.devstack.generate.Rows.PersonRow;
import vn.ansinh.devstack.generate.Rows.ReviewRow;
import vn.ansinh.registry.domain.Ethnicity;

/** Shares in the generated people, printed with the summary so the distributions can be checked at a glance. */
final class GenerationStats {

    private long persons;
    private long withPersonalId;
    private long withOldId;
    private long withCard;
    private long withPhone;
    private long yearOnly;
    private long households;
    private long members;
    private final Map<String, Long> familyNames = new HashMap<>();
    private final Map<Ethnicity, Long> ethnicities = new EnumMap<>(Ethnicity.class);
    private final Map<String, Long> classifications = new HashMap<>();

    void add(Chunk chunk) {
        for (PersonRow p : chunk.persons) {
            persons++;
            withPersonalId += p.personalId() != null ? 1 : 0;
            withOldId += p.oldIdNumber() != null ? 1 : 0;
            withCard += p.healthInsuranceNo() != null ? 1 : 0;
            withPhone += p.phone() != null ? 1 : 0;
            yearOnly += p.birthMonth() == null ? 1 : 0;
            familyNames.merge(p.fullName().substring(0, p.fullName().indexOf(' ')), 1L, Long::sum);
            ethnicities.merge(Ethnicity.fromCode(p.ethnicity()), 1L, Long::sum);
        }
        households += chunk.households.size();
        members += chunk.members.size();
        for (ReviewRow r : chunk.reviews) {
            classifications.merge(r.classification(), 1L, Long::sum);
        }
    }

    void print(PrintStream out) {
        if (persons == 0) {
            return;
        }
        out.printf(
                "  people: %.1f%% with a personal ID, %.1f%% an old ID number, %.1f%% a health-insurance card, "
                        + "%.1f%% a phone, %.1f%% born in a known year only%n",
                pct(withPersonalId), pct(withOldId), pct(withCard), pct(withPhone), pct(yearOnly));
        out.println("  family names: "
                + top(
                        familyNames.entrySet().stream()
                                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)),
                        8));
        out.println("  ethnic groups: "
                + top(
                        ethnicities.entrySet().stream()
                                .collect(Collectors.toMap(e -> e.getKey().vietnameseName(), Map.Entry::getValue)),
                        8));
        out.printf(
                "  households: %,d, %.2f people on average (%,d people without a household)%n",
                households, (double) members / Math.max(1, households), persons - members);
        out.println("  poverty reviews " + PovertyReviewer.REVIEW_YEAR + ": " + classifications);
    }

    private String top(Map<String, Long> counts, int n) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .limit(n)
                .map(e -> String.format("%s %.1f%%", e.getKey(), pct(e.getValue())))
                .collect(Collectors.joining(", "));
    }

    private double pct(long count) {
        return 100.0 * count / persons;
    }
}
