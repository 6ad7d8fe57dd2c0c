package vn.ansinh.eoffice.application;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import vn.ansinh.eoffice.domain.CopyKind;
import vn.ansinh.eoffice.domain.CopyOf;
import vn.ansinh.eoffice.domain.DecisionCopy;
import vn.ansinh.shared.kernel.Jsons;

/** The stored copies of decisions, as the commands and the service read them. */
final class Copies {

    private Copies() {}

    /** The copy in the role of an individual decision ({@code of} DECISION) or of a list decision. */
    static Optional<DecisionCopy> of(EntityManager em, CopyOf of, Long id, CopyKind.CopyRole role) {
        return of == CopyOf.LIST ? ofList(em, id, role) : of(em, id, role);
    }

    static Optional<DecisionCopy> of(EntityManager em, Long decisionId, CopyKind.CopyRole role) {
        return em.createQuery(
                        "select c from DecisionCopy c where c.decisionId = :d and c.role = :r", DecisionCopy.class)
                .setParameter("d", decisionId)
                .setParameter("r", role)
                .getResultStream()
                .findFirst();
    }

    static Optional<DecisionCopy> ofList(EntityManager em, Long listDecisionId, CopyKind.CopyRole role) {
        return em.createQuery(
                        "select c from DecisionCopy c where c.listDecisionId = :l and c.role = :r", DecisionCopy.class)
                .setParameter("l", listDecisionId)
                .setParameter("r", role)
                .getResultStream()
                .findFirst();
    }

    /** The audit record's view of a copy. */
    static String json(DecisionCopy copy) {
        var json = Jsons.createObjectBuilder();
        if (copy.decisionId() != null) {
            json.add("decision", copy.decisionId());
        } else {
            json.add("listDecision", copy.listDecisionId());
        }
        json.add("kind", copy.kind().name()).add("sha256", copy.sha256()).add("size", copy.size());
        if (copy.signerSubject() != null) {
            json.add("signer", copy.signerSubject());
        }
        return json.build().toString();
    }
}
