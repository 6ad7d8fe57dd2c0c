package vn.ansinh.casework.application;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import vn.ansinh.benefit.domain.EligibilityFacts;
import vn.ansinh.benefit.domain.EligibilityFailure;
import vn.ansinh.benefit.domain.EligibilityRules;
import vn.ansinh.benefit.domain.PovertyRequirement;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.casework.domain.CaseException;
import vn.ansinh.intake.domain.Application;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.PovertyClassification;
import vn.ansinh.shared.command.Label;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.ProgrammeField;

/**
 * Eligibility under the rules of the day ({@link EligibilityRules}), with the facts read from the
 * registry and the dossier: the person's birth date and pension, the household's poverty review that
 * applies that year (held in year N, applies in N + 1), the disability level and the school named in the
 * dossier. Used by the submission and approval commands and by the decision page, so all say the same.
 */
public final class Eligibility {

    private Eligibility() {}

    /** The rules as confirmed at the moment. */
    public static EligibilityRules rules(EntityManager em, Instant asOf) {
        return vn.ansinh.benefit.application.EligibilityRuleRows.load(em, asOf);
    }

    /** The conditions the application's person fails on the day, under the rules confirmed at {@code asOf}. */
    public static List<EligibilityFailure> check(
            EntityManager em, Application application, LocalDate day, Instant asOf) {
        Person person = em.find(Person.class, application.personId());
        return rules(em, asOf)
                .check(facts(em, application.category(), application.disabilityLevel(), person, application, day), day);
    }

    /** The conditions the case's person fails on the day. */
    public static List<EligibilityFailure> check(EntityManager em, BenefitCase c, LocalDate day, Instant asOf) {
        Application application = em.find(Application.class, c.applicationId());
        Person person = em.find(Person.class, c.personId());
        return rules(em, asOf).check(facts(em, c.category(), c.disabilityLevel(), person, application, day), day);
    }

    static EligibilityFacts facts(
            EntityManager em,
            Category category,
            String disabilityLevel,
            Person person,
            Application application,
            LocalDate day) {
        String school = application == null ? null : application.values().get(ProgrammeField.SCHOOL_NAME);
        return new EligibilityFacts(
                category,
                person.birthDate(),
                disabilityLevel,
                poverty(em, person.id(), day),
                person.receivesPension(),
                school != null && !school.isBlank());
    }

    /**
     * The classification of the person's household in the review that applies on the day, or null: the
     * latest review held before that year ({@link PovertyRequirement#reviewYearApplyingOn}: held in year N,
     * applies in N + 1).
     */
    static PovertyClassification poverty(EntityManager em, Long personId, LocalDate day) {
        LocalDate heldBefore = LocalDate.of(PovertyRequirement.reviewYearApplyingOn(day) + 1, 1, 1);
        List<?> rows = em.createNativeQuery("SELECT r.classification FROM household_member m"
                        + " JOIN poverty_review r ON r.household_id = m.household_id WHERE m.person_id = ? AND r.reviewed_on < ?"
                        + " ORDER BY r.reviewed_on DESC, r.id DESC LIMIT 1")
                .setParameter(1, personId)
                .setParameter(2, java.sql.Date.valueOf(heldBefore))
                .getResultList();
        return rows.isEmpty() ? null : PovertyClassification.valueOf(rows.get(0).toString());
    }

    /** Refuses with the first failing condition (a condition not recorded is refused only if {@code strict}). */
    static void refuse(List<EligibilityFailure> failures, boolean strict) {
        failures.stream().filter(f -> strict || !f.unknown()).findFirst().ifPresent(f -> {
            throw new CaseException(f.key(), arguments(f));
        });
    }

    /** A failure's arguments for a message: label keys become {@link Label}s. */
    public static Object[] arguments(EligibilityFailure failure) {
        return failure.arguments().stream()
                .map(a -> a instanceof String s
                                && (s.startsWith("category.")
                                        || s.startsWith("eligibility.")
                                        || s.startsWith("poverty."))
                        ? new Label(s)
                        : a)
                .toArray();
    }

    /** The failures as a line of the audit record, e.g. {@code eligibility.fail.tooOld[category.X, 50, 16]}. */
    static String describe(List<EligibilityFailure> failures) {
        return failures.stream().map(f -> f.key() + f.arguments()).collect(Collectors.joining("; "));
    }
}
