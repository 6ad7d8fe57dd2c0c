package vn.ansinh.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import vn.ansinh.registry.domain.AdminUnitCode;
import vn.ansinh.registry.domain.DuplicateSuspect;
import vn.ansinh.registry.domain.Household;
import vn.ansinh.registry.domain.HouseholdMember;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.PovertyReview;
import vn.ansinh.shared.command.AccessDeniedException;
import vn.ansinh.shared.command.JurisdictionPolicy;
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
        return em.createQuery("select p, m.relationship from HouseholdMember m, Person p "
                        + "where m.householdId = :h and p.id = m.personId order by p.birthYear", Object[].class)
                .setParameter("h", household.id()).getResultList();
    }

    public List<PovertyReview> reviewsOf(Household household) {
        return PovertyReviews.of(em, household.id());
    }

    public List<Person> search(String text, int first, int size) {
        return new PersonSearch(em).page(text, jurisdiction(), first, size);
    }

    public int count(String text) {
        return new PersonSearch(em).count(text, jurisdiction());
    }

    public List<Household> households(int first, int size) {
        AdminUnitCode unit = jurisdiction();
        String where = unit.isNational() ? "" : unit.value().length() == 2 ? " where h.provinceCode = :u" : " where h.communeCode = :u";
        var query = em.createQuery("select h from Household h" + where + " order by h.code", Household.class);
        if (!unit.isNational()) {
            query.setParameter("u", unit.value());
        }
        return query.setFirstResult(first).setMaxResults(size).getResultList();
    }

    public int countHouseholds() {
        AdminUnitCode unit = jurisdiction();
        String where = unit.isNational() ? "" : unit.value().length() == 2 ? " where h.provinceCode = :u" : " where h.communeCode = :u";
        var query = em.createQuery("select count(h) from Household h" + where, Long.class);
        if (!unit.isNational()) {
            query.setParameter("u", unit.value());
        }
        return query.getSingleResult().intValue();
    }

    /** Open suspected duplicate pairs filed in the user's jurisdiction, highest score first. */
    public List<DuplicateSuspect> openDuplicates() {
        AdminUnitCode unit = jurisdiction();
        String where = unit.isNational() ? "" : unit.value().length() == 2 ? " and d.provinceCode = :u" : " and d.communeCode = :u";
        var query = em.createQuery("select d from DuplicateSuspect d where d.status = :s" + where
                + " order by d.score desc, d.id", DuplicateSuspect.class)
                .setParameter("s", DuplicateSuspect.Status.OPEN);
        if (!unit.isNational()) {
            query.setParameter("u", unit.value());
        }
        return query.setMaxResults(500).getResultList();
    }

    public AdminUnitCode jurisdiction() {
        return currentActor.get().unit();
    }

    private void requireCovers(AdminUnitCode unit) {
        if (!jurisdictions.covers(jurisdiction(), unit)) {
            throw new AccessDeniedException("error.access.unit", "outside jurisdiction: " + unit);
        }
    }
}
