package vn.ansinh.registry.domain;

import vn.ansinh.shared.kernel.AdminUnitCode;

/**
 * How likely two registrations are the same person, 0–100. Candidates already share the birth year
 * and the province (communes of one province count as neighbours: the lists carry no adjacency).
 * Name similarity (diacritics-insensitive, word-order tolerant) weighs 70, the same birth year 15,
 * the same commune 15 (another commune of the province 8); two full birth dates that differ take
 * 25 off, and the same sex is required.
 */
public final class DuplicateScore {

    private DuplicateScore() {}

    public static int of(
            String nameA,
            PartialDate birthA,
            Sex sexA,
            AdminUnitCode communeA,
            String nameB,
            PartialDate birthB,
            Sex sexB,
            AdminUnitCode communeB) {
        if (sexA != sexB || birthA.year() != birthB.year()) {
            return 0;
        }
        double score = NameSimilarity.score(nameA, nameB) * 70 + 15;
        score += communeA.equals(communeB) ? 15 : 8;
        if (birthA.day() != null && birthB.day() != null && !birthA.equals(birthB)) {
            score -= 25;
        }
        return (int) Math.max(0, Math.min(100, Math.round(score)));
    }
}
