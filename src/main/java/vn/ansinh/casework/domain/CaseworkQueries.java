package vn.ansinh.casework.domain;

import jakarta.persistence.EntityManager;
import java.util.List;

/** Queries the casework commands share. */
public final class CaseworkQueries {

    private CaseworkQueries() {}

    /** The case an application's dossier belongs to, or null before it was first submitted. */
    public static BenefitCase caseOfApplication(EntityManager em, Long applicationId) {
        List<BenefitCase> cases = em.createQuery(
                        "select c from BenefitCase c where c.applicationId = :a order by c.id", BenefitCase.class)
                .setParameter("a", applicationId)
                .getResultList();
        return cases.isEmpty() ? null : cases.get(0);
    }

    /** A person's cases that still run (a benefit or a rehabilitation), or still wait for a decision. */
    public static List<BenefitCase> openCasesOf(EntityManager em, Long personId) {
        return em
                .createQuery("select c from BenefitCase c where c.personId = :p order by c.id", BenefitCase.class)
                .setParameter("p", personId)
                .getResultList()
                .stream()
                .filter(c -> c.status().isRunning()
                        || c.status().awaitsDecision()
                        || c.status().isEditable())
                .toList();
    }
}
