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
import vn.ansinh.shared.command.JurisdictionPolicy;
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
    private JurisdictionPolicy jurisdictions;

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
        return scope().map(unit -> new PersonSearch(em).page(text, unit, first, size))
                .orElse(List.of());
    }

    public int count(String text) {
        return scope().map(unit -> new PersonSearch(em).count(text, unit)).orElse(0);
    }

    public List<Household> households(int first, int size) {
        if (scope().isEmpty()) {
            return List.of();
        }
        AdminUnitCode unit = scope().get();
        var query = em.createQuery(
                "select h from Household h where " + within("h", unit) + " order by h.code", Household.class);
        return bind(query, unit).setFirstResult(first).setMaxResults(size).getResultList();
    }

    public int countHouseholds() {
        if (scope().isEmpty()) {
            return 0;
        }
        AdminUnitCode unit = scope().get();
        var query = em.createQuery("select count(h) from Household h where " + within("h", unit), Long.class);
        return bind(query, unit).getSingleResult().intValue();
    }

    /**
     * Open suspected duplicate pairs whose two people both lie in the user's jurisdiction, highest
     * score first: a pair across two communes goes to someone who may see both (the province, the
     * country), never to the officer of one of them.
     */
    public List<DuplicateSuspect> openDuplicates() {
        return scope().map(unit -> openDuplicatesWithin(em, unit)).orElse(List.of());
    }

    /** {@link #openDuplicates()} for a given jurisdiction. */
    public static List<DuplicateSuspect> openDuplicatesWithin(EntityManager em, AdminUnitCode unit) {
        var query = em.createQuery(
                        "select d from DuplicateSuspect d, Person a, Person b where d.status = :s"
                                + " and a.id = d.personAId and b.id = d.personBId and " + within("a", unit) + " and "
                                + within("b", unit)
                                + " order by d.score desc, d.id",
                        DuplicateSuspect.class)
                .setParameter("s", DuplicateSuspect.Status.OPEN);
        return bind(query, unit).setMaxResults(500).getResultList();
    }

    /** The unit the user works in (their jurisdiction while it exists). */
    public AdminUnitCode jurisdiction() {
        return currentActor.get().unit();
    }

    /** The user's jurisdiction for reading; empty once their unit has been abolished. */
    private Optional<AdminUnitCode> scope() {
        return currentActor.get().jurisdiction();
    }

    /** The jurisdiction as a condition on an entity with {@code communeCode} and {@code provinceCode}. */
    private static String within(String alias, AdminUnitCode unit) {
        if (unit.isNational()) {
            return "1 = 1";
        }
        return alias + (unit.value().length() == 2 ? ".provinceCode = :u" : ".communeCode = :u");
    }

    private static <T> jakarta.persistence.TypedQuery<T> bind(
            jakarta.persistence.TypedQuery<T> query, AdminUnitCode unit) {
        return unit.isNational() ? query : query.setParameter("u", unit.value());
    }

    private void requireCovers(AdminUnitCode unit) {
        if (!jurisdictions.covers(currentActor.get(), unit)) {
            throw new AccessDeniedException("error.access.unit", "outside jurisdiction: " + unit);
        }
    }
}
