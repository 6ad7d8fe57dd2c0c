package vn.ansinh.casework.domain;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.ansinh.shared.persistence.SqlEnums;

/**
 * The maker-checker rule of a case: whoever had a hand in its dossier may not decide it (approve,
 * return, reject, or sign any decision on it). A hand is: creating the application, changing its
 * fields, attaching any of its documents, writing the case's assessment notes, opening the case or
 * submitting it (any time, not only the last); a dossier a decision opened (a poverty re-classification)
 * has no creator or opener in this sense. One person holding both roles (an officer who is also
 * the chairman) is refused however the work was shared with a colleague.
 */
public final class DossierMakers {

    /** What a person did to the dossier, in the order a refusal names them. */
    public enum Hand {
        CREATED,
        EDITED,
        DOCUMENT,
        REVIEW_NOTES,
        SUBMITTED,
        OPENED,
        /** Proposed the stop, suspension or reinstatement being decided: the proposer never signs it. */
        PROPOSED;

        /** The message shown to the refused approver, saying what they did. */
        public String refusalKey() {
            return "case.error.makerChecker." + name();
        }
    }

    /** One person's hand in the dossier. */
    public record Contribution(String actor, Hand hand) {}

    private final List<Contribution> contributions;

    public DossierMakers(List<Contribution> contributions) {
        this.contributions = List.copyOf(contributions);
    }

    /** Everything the records say about who made the case's dossier. */
    public static DossierMakers of(EntityManager em, BenefitCase c) {
        List<Contribution> all = new ArrayList<>();
        boolean byDecision = c.origin() != null && c.origin().openedByDecision();
        if (!byDecision) {
            all.add(new Contribution(c.openedBy(), Hand.OPENED));
        }
        if (c.submittedBy() != null) {
            all.add(new Contribution(c.submittedBy(), Hand.SUBMITTED));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT created_by, " + SqlEnums.literal(Hand.CREATED)
                        + " FROM application WHERE id = ?"
                        + " UNION SELECT uploaded_by, " + SqlEnums.literal(Hand.DOCUMENT)
                        + " FROM application_document WHERE application_id = ?"
                        + " UNION SELECT actor, kind FROM dossier_contribution WHERE application_id = ?"
                        + " UNION SELECT actor, " + SqlEnums.literal(Hand.SUBMITTED)
                        + " FROM case_event WHERE case_id = ? AND transition = "
                        + SqlEnums.literal(CaseTransition.SUBMIT))
                .setParameter(1, c.applicationId())
                .setParameter(2, c.applicationId())
                .setParameter(3, c.applicationId())
                .setParameter(4, c.id())
                .getResultList();
        rows.stream()
                .map(r -> new Contribution((String) r[0], Hand.valueOf((String) r[1])))
                .filter(made -> !(byDecision && made.hand() == Hand.CREATED))
                .forEach(all::add);
        return new DossierMakers(all);
    }

    /** These makers and one more (the proposer of the decision being signed). */
    public DossierMakers with(Contribution more) {
        List<Contribution> all = new ArrayList<>(contributions);
        all.add(more);
        return new DossierMakers(all);
    }

    /** What the person did to the dossier (the first in {@link Hand}'s order), or empty if nothing. */
    public Optional<Hand> handOf(String username) {
        return contributions.stream()
                .filter(c -> c.actor().equals(username))
                .map(Contribution::hand)
                .min(Comparator.naturalOrder());
    }

    /** Whether the rule forbids this person to decide the case. */
    public boolean made(String username) {
        return handOf(username).isPresent();
    }

    public List<Contribution> contributions() {
        return contributions;
    }
}
