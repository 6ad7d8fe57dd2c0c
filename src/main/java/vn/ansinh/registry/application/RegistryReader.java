package vn.ansinh.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import vn.ansinh.registry.domain.DuplicateSuspect;
import vn.ansinh.registry.domain.Household;
import vn.ansinh.registry.domain.HouseholdMember;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.PovertyReview;
import vn.ansinh.shared.command.AccessDeniedException;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.security.CurrentActor;

/**
 * Reading the registry as the logged-in user: everything outside their jurisdiction is refused
 * (an officer cannot open a person of another commune, even by editing the URL).
 */
@ApplicationScoped
public class RegistryReader {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private AdminUnitDirectory units;

    public Person person(Long id) {
        Person person = Optional.ofNullable(id == null ? null : em.find(Person.class, id))
                .orElseThrow(() -> new AccessDeniedException("error.notFound", "no person " + id));
        requireCovers(person.communeCode());
        return person;
    }

    public Household household(Long id) {
        Household household = Optional.ofNullable(id == null ? null : em.find(Household.class, id))
                .orElseThrow(() -> new AccessDeniedException("error.notFound", "no household " + id));
        requireCovers(household.communeCode());
        return household;
    }

    public Optional<HouseholdMember> membershipOf(Person person) {
        return Optional.ofNullable(em.find(HouseholdMember.class, person.id()));
    }

    public List<Object[]> membersOf(Household household) {
        return em.createQuery(
                        "select p, m.relationship from HouseholdMember m, Person p "
                                + "where m.householdId = :h and p.id = m.personId order by p.birthYear",
                        Object[].class)
                .setParameter("h", household.id())
                .getResultList();
    }

    public List<PovertyReview> reviewsOf(Household household) {
        return PovertyReviews.of(em, household.id());
    }

    public List<Person> search(String text, int first, int size) {
        return new PersonSearch(em).page(text, scope(), first, size);
    }

    public int count(String text) {
        return new PersonSearch(em).count(text, scope());
    }

    public List<Household> households(int first, int size) {
        UnitScope.Condition within = scope().residence("h.communeCode", "h.provinceCode");
        var query = em.createQuery(
                "select h from Household h where " + within.jpql("scope") + " order by h.code", Household.class);
        return within.bind(query, "scope")
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    public int countHouseholds() {
        UnitScope.Condition within = scope().residence("h.communeCode", "h.provinceCode");
        var query = em.createQuery("select count(h) from Household h where " + within.jpql("scope"), Long.class);
        return within.bind(query, "scope").getSingleResult().intValue();
    }

    /**
     * Open suspected duplicate pairs whose two people both lie in the user's jurisdiction, highest
     * score first: a pair across two communes goes to someone who may see both (the province, the
     * country), never to the officer of one of them.
     */
    public List<DuplicateSuspect> openDuplicates() {
        return openDuplicatesWithin(em, scope());
    }

    /** {@link #openDuplicates()} for a given jurisdiction. */
    public static List<DuplicateSuspect> openDuplicatesWithin(EntityManager em, UnitScope scope) {
        UnitScope.Condition a = scope.residence("a.communeCode", "a.provinceCode");
        UnitScope.Condition b = scope.residence("b.communeCode", "b.provinceCode");
        var query = em.createQuery(
                        "select d from DuplicateSuspect d, Person a, Person b where d.status = :s"
                                + " and a.id = d.personAId and b.id = d.personBId and " + a.jpql("scopeA") + " and "
                                + b.jpql("scopeB")
                                + " order by d.score desc, d.id",
                        DuplicateSuspect.class)
                .setParameter("s", DuplicateSuspect.Status.OPEN);
        return b.bind(a.bind(query, "scopeA"), "scopeB").setMaxResults(500).getResultList();
    }

    /** The unit the user works in (their jurisdiction while it exists). */
    public AdminUnitCode jurisdiction() {
        return currentActor.get().unit();
    }

    /** What the user may read; nothing once their unit has been abolished. */
    private UnitScope scope() {
        return units.scopeOf(currentActor.get());
    }

    private void requireCovers(AdminUnitCode unit) {
        if (!scope().covers(unit)) {
            throw new AccessDeniedException("error.access.unit", "outside jurisdiction: " + unit).about(unit);
        }
    }
}
