package vn.ansinh.registry.application;

import jakarta.persistence.EntityManager;
import vn.ansinh.registry.domain.HouseholdMember;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.shared.kernel.BusinessRuleException;

/** A person belongs to one household at a time. */
final class Memberships {

    private Memberships() {}

    static void requireNotMember(EntityManager em, Person person) {
        HouseholdMember existing = em.find(HouseholdMember.class, person.id());
        if (existing != null) {
            throw new BusinessRuleException("household.error.alreadyMember", person.fullName());
        }
    }
}
