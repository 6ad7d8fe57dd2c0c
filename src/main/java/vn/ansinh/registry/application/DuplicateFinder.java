package vn.ansinh.registry.application;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ansinh.registry.domain.DuplicateCandidate;
import vn.ansinh.registry.domain.DuplicateScore;
import vn.ansinh.registry.domain.PartialDate;
import vn.ansinh.registry.domain.PersonDetails;
import vn.ansinh.registry.domain.Sex;
import vn.ansinh.shared.kernel.AdminUnitCode;

/**
 * Finds registered people who may be the person described: same province and birth year (one
 * indexed range, a few hundred rows even with millions of people), scored by {@link DuplicateScore}.
 * Reads only the columns the score needs, so that a bulk import does not fill the persistence
 * context with people it does not change.
 */
public final class DuplicateFinder {

    /** The most candidates reported for one person, best first. */
    static final int MAX_CANDIDATES = 20;

    private final EntityManager em;

    public DuplicateFinder(EntityManager em) {
        this.em = em;
    }

    public List<DuplicateCandidate> candidates(
            PersonDetails details, AdminUnitCode commune, AdminUnitCode province, Long excludeId, int threshold) {
        List<Registered> sameYear = registered(province, details.birthDate().year());
        return best(details, commune, sameYear, excludeId, threshold);
    }

    /**
     * The candidates of each of many people at once, as {@link #candidates} would give them one by
     * one (list {@code i} belongs to {@code people.get(i)}), reading the registered people of each
     * birth year once.
     */
    public List<List<DuplicateCandidate>> candidatesForEach(
            List<PersonDetails> people, AdminUnitCode commune, AdminUnitCode province, int threshold) {
        Map<Integer, List<Integer>> byYear = new LinkedHashMap<>();
        for (int i = 0; i < people.size(); i++) {
            byYear.computeIfAbsent(people.get(i).birthDate().year(), y -> new ArrayList<>())
                    .add(i);
        }
        List<List<DuplicateCandidate>> result =
                new ArrayList<>(java.util.Collections.nCopies(people.size(), List.of()));
        for (Map.Entry<Integer, List<Integer>> year : byYear.entrySet()) {
            List<Registered> sameYear = registered(province, year.getKey());
            for (int i : year.getValue()) {
                result.set(i, best(people.get(i), commune, sameYear, null, threshold));
            }
        }
        return result;
    }

    private List<Registered> registered(AdminUnitCode province, int birthYear) {
        return em
                .createQuery(
                        "select p.id, p.fullName, p.birthYear, p.birthMonth, p.birthDay, p.sex, p.communeCode "
                                + "from Person p where p.provinceCode = :province and p.birthYear = :year",
                        Object[].class)
                .setParameter("province", province.value())
                .setParameter("year", birthYear)
                .getResultList()
                .stream()
                .map(Registered::of)
                .toList();
    }

    private static List<DuplicateCandidate> best(
            PersonDetails details, AdminUnitCode commune, List<Registered> sameYear, Long excludeId, int threshold) {
        return sameYear.stream()
                .filter(p -> !p.id().equals(excludeId))
                .map(p -> new DuplicateCandidate(
                        p.id(),
                        p.fullName(),
                        p.birthDate().format(),
                        p.commune().value(),
                        DuplicateScore.of(
                                details.fullName(),
                                details.birthDate(),
                                details.sex(),
                                commune,
                                p.fullName(),
                                p.birthDate(),
                                p.sex(),
                                p.commune())))
                .filter(c -> c.score() >= threshold)
                .sorted(Comparator.comparingInt(DuplicateCandidate::score).reversed())
                .limit(MAX_CANDIDATES)
                .toList();
    }

    /** What the score needs of a registered person. */
    private record Registered(Long id, String fullName, PartialDate birthDate, Sex sex, AdminUnitCode commune) {

        static Registered of(Object[] row) {
            int year = ((Number) row[2]).intValue();
            Integer month = row[3] == null ? null : ((Number) row[3]).intValue();
            Integer day = row[4] == null ? null : ((Number) row[4]).intValue();
            return new Registered(
                    ((Number) row[0]).longValue(),
                    (String) row[1],
                    new PartialDate(year, month, day),
                    Sex.valueOf((String) row[5]),
                    AdminUnitCode.of((String) row[6]));
        }
    }
}
