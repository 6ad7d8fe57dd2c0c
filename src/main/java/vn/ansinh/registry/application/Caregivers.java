package vn.ansinh.registry.application;

import jakarta.persistence.EntityManager;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.shared.kernel.InvalidValueException;

/**
 * The one check of a caregiver (người phục vụ) named for a beneficiary, called by every command that sets a
 * case's or a dossier's caregiver: a person of the registry, living, and not the beneficiary. Kept minimal
 * here (issue 10, i10-lists); the caregiver rules of i10-money belong in this method too.
 */
public final class Caregivers {

    private Caregivers() {}

    /** Refuses the caregiver with a message a commune official understands; null (no caregiver) passes. */
    public static void check(EntityManager em, Long beneficiaryPersonId, Long caregiverPersonId) {
        if (caregiverPersonId == null) {
            return;
        }
        Person caregiver = em.find(Person.class, caregiverPersonId);
        if (caregiver == null) {
            throw new InvalidValueException("caregiver.error.unknown", caregiverPersonId);
        }
        if (caregiverPersonId.equals(beneficiaryPersonId)) {
            throw new InvalidValueException("caregiver.error.self");
        }
        if (caregiver.isDeceased()) {
            throw new InvalidValueException("caregiver.error.deceased", caregiver.fullName());
        }
    }
}
