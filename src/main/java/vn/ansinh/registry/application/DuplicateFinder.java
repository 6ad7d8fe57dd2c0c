package vn.ansinh.registry.application;

import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.List;
import vn.ansinh.registry.domain.AdminUnitCode;
import vn.ansinh.registry.domain.DuplicateCandidate;
import vn.ansinh.registry.domain.DuplicateScore;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.PersonDetails;

/**
 * Finds registered people who may be the person described: same province and birth year (one
 * indexed range, a few hundred rows even with millions of people), scored by {@link DuplicateScore}.
 */
public final class DuplicateFinder {

    private final EntityManager em;

    public DuplicateFinder(EntityManager em) {
        this.em = em;
    }

    public List<DuplicateCandidate> candidates(PersonDetails details, AdminUnitCode commune, AdminUnitCode province,
            Long excludeId, int threshold) {
        List<Person> sameYear = em.createQuery("select p from Person p where p.provinceCode = :province "
                        + "and p.birthYear = :year and p.id <> :exclude", Person.class)
                .setParameter("province", province.value())
                .setParameter("year", details.birthDate().year())
                .setParameter("exclude", excludeId == null ? -1L : excludeId)
                .getResultList();
        return sameYear.stream()
                .map(p -> new DuplicateCandidate(p.id(), p.fullName(), p.birthDate().format(), p.communeCode().value(),
                        DuplicateScore.of(details.fullName(), details.birthDate(), details.sex(), commune,
                                p.fullName(), p.birthDate(), p.sex(), p.communeCode())))
                .filter(c -> c.score() >= threshold)
                .sorted(Comparator.comparingInt(DuplicateCandidate::score).reversed())
                .limit(20)
                .toList();
    }
}
