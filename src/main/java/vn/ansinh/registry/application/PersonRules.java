package vn.ansinh.registry.application;

import jakarta.persistence.EntityManager;
import java.util.List;
import vn.ansinh.registry.domain.DuplicatePersonalIdException;
import vn.ansinh.registry.domain.PersonDetails;

/** Rules about people that need the database. */
final class PersonRules {

    private PersonRules() {
    }

    /** Refuses a personal ID that another person already has. */
    static void requireUniquePersonalId(EntityManager em, PersonDetails details, Long self) {
        if (details.personalId() == null) {
            return;
        }
        List<Long> holders = em.createQuery("select p.id from Person p where p.personalId = :id", Long.class)
                .setParameter("id", details.personalId().value())
                .getResultList();
        holders.stream().filter(id -> !id.equals(self)).findFirst().ifPresent(id -> {
            throw new DuplicatePersonalIdException(id);
        });
    }
}
